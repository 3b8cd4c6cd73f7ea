"""The Markdown of every export but the plain statements: one entry or several (a badge
application, a post), or a portfolio for the CPL declaration with its cover and summary.

The user's text is escaped only where Markdown would otherwise change the document's structure
or run it as HTML (see `text.markdown`), so it reads as written once rendered; a statement's
headings (`text.sections`) are headings. Every document that shows programme or framework
content ends with its attribution.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from thingsjournal.catalog import logic_model
from thingsjournal.journal.filter import entry_date
from thingsjournal.journal.status import DONE, in_words, status_of
from thingsjournal.text.dates import show_date, show_minutes
from thingsjournal.text.markdown import escape_block, escape_inline
from thingsjournal.text.wordcount import count_words

if TYPE_CHECKING:
    from collections.abc import Mapping

    from thingsjournal.catalog.models import Catalog, Programme, Thing
    from thingsjournal.export.render import Period
    from thingsjournal.journal.entries import AnyEntry as Entry
    from thingsjournal.journal.entries import CapabilityRating, LearningRecord, Reflection, SelfAssessment
    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.journal.view import JournalView


class Writer:
    """Builds one Markdown document; `level` shifts every heading (a portfolio nests entries)."""

    def __init__(self, view: JournalView) -> None:
        self.view = view
        self.catalog: Catalog = view.index.catalog
        self.parts: list[str] = []
        self.programmes: set[str] = set()
        self.frameworks: set[str] = set()

    def heading(self, level: int, text: str) -> None:
        self.parts.append(f"{'#' * min(level, 6)} {escape_inline(text)}")

    def line(self, text: str) -> None:
        self.parts.append(text)

    def user_text(self, text: str) -> None:
        self.parts.append(escape_block(text))

    def bullets(self, items: list[str]) -> None:
        self.parts.append("\n".join(f"- {escape_inline(item)}" for item in items))

    def entry(self, entry: Entry, level: int) -> None:
        from thingsjournal.journal.entries import CapabilityRating, LearningRecord, Reflection, SelfAssessment

        if isinstance(entry, Reflection):
            self._reflection(entry, level)
        elif isinstance(entry, LearningRecord):
            self._learning(entry, level)
        elif isinstance(entry, SelfAssessment):
            self._assessment(entry, level)
        elif isinstance(entry, CapabilityRating):
            self._rating(entry, level)

    def _assessment(self, entry: SelfAssessment, level: int) -> None:
        """For a supervision meeting: where the user stands on each element, and the plan."""
        framework = self.catalog.assessments().get(entry.framework)
        self.heading(level, f"Self-assessment: {framework.title if framework else entry.framework}")
        facts = [f"Date: {show_date(entry.learning_date or entry.created.date())}"]
        if framework is None:
            self.line("  \n".join(facts))
            return
        self.frameworks.add("self-assessment")
        levels = {item.id: item.name for item in framework.levels}
        facts.append(f"Level: {escape_inline(levels.get(entry.level, entry.level))}")
        self.line("  \n".join(facts))
        names = {}
        assessed = {
            element
            for element, standing in entry.standings.items()
            if standing.standing or standing.evidence or standing.entries
        }
        for dimension in framework.dimensions_for(entry.level, assessed):
            self.heading(level + 1, f"{dimension.number}. {dimension.name}")
            for element in dimension.elements:
                names[element.id] = element.name
                standing = entry.standings.get(element.id)
                marked = standing.standing if standing and standing.standing else "not assessed"
                self.line(f"**{escape_inline(element.name)}**: {marked}")
                if standing and standing.evidence:
                    self.user_text(standing.evidence)
                if standing and standing.entries:
                    listed = {summary.id: summary for summary in self.view.listing.entries}
                    titles = [
                        self.view.title_of(listed[entry_id]) for entry_id in standing.entries if entry_id in listed
                    ]
                    if titles:
                        self.line("Evidence in the journal:")
                        self.bullets(titles)
        if entry.actions:
            self.heading(level + 1, "Action plan")
            for action in entry.actions:
                self.heading(level + 2, names.get(action.element, action.element) + (" (done)" if action.done else ""))
                for label, text in (
                    ("Goal", action.goal),
                    ("Actions", action.actions),
                    ("Support needed", action.support),
                    ("Review", action.review),
                ):
                    if text:
                        self.line(f"{label}:")
                        self.user_text(text)
                if action.target:
                    self.line(f"Target date: {show_date(action.target)}")

    def _rating(self, entry: CapabilityRating, level: int) -> None:
        self.heading(level, f"Capability ratings: {show_date(entry.learning_date or entry.created.date())}")
        self.frameworks.add("capabilities")
        lines = []
        for capability in self.catalog.capabilities().values():
            if capability.id in entry.ratings:
                lines.append(f"{capability.name}: {entry.ratings[capability.id]} of 5")
            lines += [
                f"{capability.name}, {sub.name}: {entry.ratings[sub.id]} of 5"
                for sub in capability.subs
                if sub.id in entry.ratings
            ]
        if lines:
            self.bullets(lines)
        if entry.notes:
            self.user_text(entry.notes)

    def _reflection(self, entry: Reflection, level: int) -> None:
        programme = self.catalog.programme(entry.programme)
        thing = programme.thing(entry.thing) if programme else None
        if programme is not None:
            self.programmes.add(programme.id)
        self.heading(level, _thing_title(entry, thing))
        facts = []
        if thing is not None and thing.badge:
            facts.append(f"Open Badge: {escape_inline(thing.badge)}")
        if programme is not None:
            facts.append(f"Programme: {escape_inline(programme.title)}")
        facts += self._when(entry)
        words = entry.words()
        minimum = thing.statement.min_words if thing else None
        facts.append(f"Status: {status_of(words, minimum, entry.status).replace('-', ' ')}")
        self.line("  \n".join(facts))
        questions = {prompt.id: prompt.question for prompt in thing.prompts} if thing else {}
        for prompt_id in list(questions) + sorted(set(entry.answers) - set(questions)):
            if entry.answers.get(prompt_id):
                self.heading(level + 1, questions.get(prompt_id, prompt_id))
                self.user_text(entry.answers[prompt_id])
        self._logic_model(entry, level + 1)
        self._evidence(entry.capabilities, entry.sub_capabilities, entry.elements, level + 1)
        counted = f"{words} words" + (f" (minimum {minimum})" if minimum else "")
        self.heading(level + 1, f"Statement: {counted}")
        if thing is not None:
            self._criteria(thing, entry)
        self._statement(entry.statement, level + 2)

    def _criteria(self, thing: Thing, entry: Reflection) -> None:
        """The points the statement must cover, with the user's own ticks (the app judges none)."""
        from thingsjournal.journal.compose import ThingPoints, criterion_states

        states = criterion_states(ThingPoints.of(thing), entry.statement, entry.covered)
        if states:
            ticked = sum(state.ticked for state in states)
            self.line(
                f"Points to cover (the pack’s words for the SSSC’s questions), ticked by the writer: {ticked} of {len(states)}"
            )
            self.bullets([f"{'✓ covered' if s.ticked else '☐ not ticked'}: {s.point.question}" for s in states])

    def _statement(self, statement: str, level: int) -> None:
        """The statement; the headings it is written under, as headings (`text.sections`)."""
        from thingsjournal.text.sections import sections

        found = sections(statement)
        if not found:
            self.user_text("(not written yet)")
        for section in found:
            if section.heading is not None:
                self.heading(level, section.heading)
            if section.body.strip():
                self.user_text(section.body)

    def _learning(self, entry: LearningRecord, level: int) -> None:
        self.heading(level, entry.title or "Untitled learning record")
        facts = [f"Learning-log record: {escape_inline(entry.activity)}" if entry.activity else "Learning-log record"]
        facts += self._when(entry)
        self.line("  \n".join(facts))
        for question, text in (("What I learned", entry.learned), ("How it will change my practice", entry.practice)):
            if text:
                self.heading(level + 1, f"{question} ({count_words(text)} words)")
                self.user_text(text)
        self._evidence((), (), entry.elements, level + 1)

    def _when(self, entry: Entry) -> list[str]:
        facts = []
        if entry.learning_date:
            facts.append(f"Learning date: {show_date(entry.learning_date)}")
        if entry.minutes:
            facts.append(f"Time spent: {show_minutes(entry.minutes)}")
        return facts

    def _logic_model(self, entry: Reflection, level: int) -> None:
        notes = [(name, entry.headings[name]) for name in logic_model.HEADINGS if entry.headings.get(name)]
        if not notes:
            return
        headings = self.catalog.headings()
        self.frameworks.add("headings")
        self.heading(level, logic_model.TITLE)
        for name, text in notes:
            self.heading(level + 1, headings[name].label if name in headings else name)
            self.user_text(text)

    def _evidence(
        self, capabilities: tuple[str, ...], subs: tuple[str, ...], elements: tuple[str, ...], level: int
    ) -> None:
        if not (capabilities or subs or elements):
            return
        self.heading(level, "Evidence")
        known = self.catalog.capabilities()
        names = []
        for capability in known.values():
            chosen_subs = [sub.name for sub in capability.subs if sub.id in subs]
            if capability.id in capabilities or chosen_subs:
                names.append(capability.name + (f": {', '.join(chosen_subs)}" if chosen_subs else ""))
        if names:
            self.frameworks.add("capabilities")
            self.line("Leadership capabilities:")
            self.bullets(names)
        learning = [
            element.name for element_id, element in self.catalog.learning_elements().items() if element_id in elements
        ]
        if learning:
            self.frameworks.add("elements")
            self.line("Core learning elements:")
            self.bullets(learning)

    def footer(self) -> None:
        """The attribution of every programme and framework the document shows."""
        from thingsjournal.catalog.models import (
            AssessmentFramework,
            CapabilitiesFramework,
            ElementsFramework,
            HeadingsFramework,
        )

        kinds = {
            "headings": HeadingsFramework,
            "capabilities": CapabilitiesFramework,
            "elements": ElementsFramework,
            "self-assessment": AssessmentFramework,
        }
        sources = []
        for programme_id in sorted(self.programmes):
            programme: Programme | None = self.catalog.programme(programme_id)
            if programme is not None:
                sources.append(_licensed(programme.attribution, programme.licence, programme.licence_url))
        for framework in self.catalog.frameworks:
            if any(isinstance(framework, kinds[kind]) for kind in self.frameworks):
                sources.append(f"{framework.title}: {framework.source}.")
        if sources:
            self.line("---")
            self.line("  \n".join(escape_inline(source) for source in ["Exported from thingsjournal.", *sources]))

    def text(self) -> str:
        """The parts, a blank line between each, joined in one go (a very long entry is then
        copied once, not twice)."""
        ends = ["\n\n"] * (len(self.parts) - 1) + ["\n"]
        return "".join(piece for part_and_end in zip(self.parts, ends, strict=True) for piece in part_and_end)


def entries_markdown(view: JournalView, entries: list[Entry]) -> str:
    """One entry, or several one after another, with the attribution footer."""
    writer = Writer(view)
    for entry in entries:
        writer.entry(entry, 1)
    writer.footer()
    return writer.text()


def portfolio_markdown(
    view: JournalView,
    summaries: list[EntrySummary],
    entries: list[Entry],
    period: Period,
    settings: Mapping[str, object],
) -> str:
    """A portfolio of learning for the CPL declaration: a cover (who from `settings`, as read), a
    summary, then every entry."""
    writer = Writer(view)
    writer.heading(1, "Portfolio of learning")
    cover = [
        ("Name", settings.get("name")),
        ("SSSC registration number", settings.get("registration_number")),
        ("Register part", settings.get("register_part")),
        ("Period", period.shown(summaries)),
    ]
    writer.line("  \n".join(f"{label}: {escape_inline(str(value))}" for label, value in cover if value))
    writer.heading(2, "Summary")
    _summary(writer, view, summaries)
    writer.heading(2, "Entries")
    for entry in entries:
        writer.entry(entry, 3)
    writer.footer()
    return writer.text()


def _summary(writer: Writer, view: JournalView, summaries: list[EntrySummary]) -> None:
    reflections = [entry for entry in summaries if entry.kind == "reflection"]
    records = [entry for entry in summaries if entry.kind == "learning"]
    done = [entry for entry in reflections if view.status(entry) in DONE]
    writer.line(f"Things completed: {len(done)} of {len(reflections)} reflections in this portfolio")
    if reflections:
        writer.bullets(
            [
                f"{view.title_of(entry)}: {in_words(view.status(entry) or '')}, "
                f"{entry.words} words{_ticked(writer.catalog, entry)}, {show_date(entry_date(entry))}"
                for entry in reflections
            ]
        )
    minutes = sum(entry.minutes or 0 for entry in summaries)
    writer.line(f"Learning-log records: {len(records)}  \nTime spent: {show_minutes(minutes) or '0m'}")
    if records:
        writer.bullets([f"{entry.title or 'Untitled'}: {show_date(entry_date(entry))}" for entry in records])
    capabilities: Counter[str] = Counter()
    elements: Counter[str] = Counter()
    for entry in summaries:
        capabilities.update(view.capabilities_evidenced(entry))
        elements.update(set(entry.elements))
    for title, named, counts in (
        ("Leadership capabilities", view.index.capabilities(), capabilities),
        ("Core learning elements", view.index.learning_elements(), elements),
    ):
        covered = [item.name for item in named if counts[item.id]]
        missing = [item.name for item in named if not counts[item.id]]
        writer.line(
            f"{title} covered ({len(covered)} of {len(named)}): {escape_inline(', '.join(covered) or 'none yet')}"
        )
        writer.line(f"Not yet covered: {escape_inline(', '.join(missing) or 'none')}")
        writer.frameworks.add("capabilities" if title.startswith("Leadership") else "elements")


def _ticked(catalog: Catalog, entry: EntrySummary) -> str:
    """ ", 3 of 4 points ticked", where the Thing lists the points its statement covers."""
    from thingsjournal.journal.compose import ThingPoints

    programme = catalog.programme(entry.programme or "")
    thing = programme.thing(entry.thing or 0) if programme else None
    points = {point.id for point in ThingPoints.of(thing).criteria()} if thing else set()
    return f", {len(points & set(entry.covered))} of {len(points)} points ticked" if points else ""


def _thing_title(entry: Reflection, thing: Thing | None) -> str:
    return f"Thing {entry.thing}: {thing.title}" if thing else f"Thing {entry.thing} of {entry.programme}"


def title_of_entry(view: JournalView, entry: Entry) -> str:
    from thingsjournal.journal.entries import LearningRecord, Reflection

    if isinstance(entry, Reflection):
        programme = view.index.catalog.programme(entry.programme)
        return _thing_title(entry, programme.thing(entry.thing) if programme else None)
    if isinstance(entry, LearningRecord):
        return entry.title or "Untitled learning record"
    return entry.title


def _licensed(attribution: str, licence: str, url: str | None) -> str:
    """The credit line: "Licensed under CC BY 4.0 (link)." where there is a licence to link to,
    else the pack's own words about its terms."""
    return f"{attribution} Licensed under {licence} ({url})." if url else f"{attribution} Licence: {licence}."
