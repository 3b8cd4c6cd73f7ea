"""The Markdown of every export but the plain statements: one entry or several (a badge
application, a post), or a portfolio for the CPL declaration with its cover and summary.

The user's text is escaped only where Markdown would otherwise change the document's structure
or run it as HTML (see `text.markdown`), so it reads as written once rendered; a statement's
headings (`text.sections`) are headings. Every document that shows programme or framework
content ends with its attribution.

Entries are rendered from their data as the cache of entries holds it (`entry_cache`), never
through the entry models, and the content from the content cache's data: an export of a
thousand cached entries then imports and validates nothing (a self-assessment alone asks the
content models, for the dimensions its level assesses). A portfolio is made entry by entry (`portfolio_chunks`), so its writer never holds
more than one entry's text.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from typing import TYPE_CHECKING

from thingsjournal.catalog import logic_model
from thingsjournal.journal.filter import entry_date
from thingsjournal.journal.status import DONE, in_words, status_of
from thingsjournal.text.dates import show_date, show_minutes
from thingsjournal.text.markdown import escape_block, escape_inline
from thingsjournal.text.wordcount import count_words

LONG_PART = 1_000_000  # characters of one block past which it is written on its own (`Writer.pieces`)

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator, Mapping

    from thingsjournal.catalog.cache import ContentIndex
    from thingsjournal.export.render import Period
    from thingsjournal.journal.entry_cache import Data
    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.journal.view import JournalView


def entry_day(entry: Data) -> date:
    """The day an entry is of: its learning date, else the day it was created."""
    given = entry.get("learning_date")
    return date.fromisoformat(given) if given else datetime.fromisoformat(entry["created"]).date()


class Writer:
    """Builds one Markdown document; `level` shifts every heading (a portfolio nests entries)."""

    SEPARATOR, LAST = "\n\n", "\n"  # after each block, and after the document's last

    def __init__(self, view: JournalView) -> None:
        self.view = view
        self.index: ContentIndex = view.index
        self.parts: list[str] = []
        self.programmes: set[str] = set()
        self.frameworks: set[str] = set()

    def heading(self, level: int, text: str) -> None:
        self.parts.append(f"{'#' * min(level, 6)} {escape_inline(text)}")

    def line(self, text: str) -> None:
        """A line of the app's own text with any of the user's or a pack's in it, as written."""
        self.parts.append(escape_inline(text))

    def facts(self, lines: list[str]) -> None:
        """Short lines of facts ("Date: ..."), one under another in one paragraph."""
        self.parts.append("  \n".join(map(escape_inline, lines)))

    def labelled(self, label: str, text: str) -> None:
        """A line that starts with its label in bold: "**Element**: developing"."""
        self.parts.append(f"**{escape_inline(label)}**: {escape_inline(text)}")

    def rule(self) -> None:
        self.parts.append("---")

    def user_text(self, text: str) -> None:
        self.parts.append(escape_block(text))

    def bullets(self, items: list[str]) -> None:
        self.parts.append("\n".join(f"- {escape_inline(item)}" for item in items))

    def entry(self, entry: Data, level: int) -> None:
        kind = entry["kind"]
        if kind == "reflection":
            self._reflection(entry, level)
        elif kind == "learning":
            self._learning(entry, level)
        elif kind == "assessment":
            self._assessment(entry, level)
        elif kind == "rating":
            self._rating(entry, level)

    def _assessment(self, entry: Data, level: int) -> None:
        """For a supervision meeting: where the user stands on each element, and the plan."""
        framework = self.index.catalog.assessments().get(entry["framework"])
        self.heading(level, f"Self-assessment: {framework.title if framework else entry['framework']}")
        facts = [f"Date: {show_date(entry_day(entry))}"]
        if framework is None:
            self.facts(facts)
            return
        self.frameworks.add("self-assessment")
        levels = {item.id: item.name for item in framework.levels}
        facts.append(f"Level: {levels.get(entry['level'], entry['level'])}")
        self.facts(facts)
        names = {}
        standings: dict[str, Data] = entry.get("standings", {})
        assessed = {
            element
            for element, standing in standings.items()
            if standing.get("standing") or standing.get("evidence") or standing.get("entries")
        }
        for dimension in framework.dimensions_for(entry["level"], assessed):
            self.heading(level + 1, f"{dimension.number}. {dimension.name}")
            for element in dimension.elements:
                names[element.id] = element.name
                standing = standings.get(element.id, {})
                self.labelled(element.name, standing.get("standing") or "not assessed")
                if standing.get("evidence"):
                    self.user_text(standing["evidence"])
                if standing.get("entries"):
                    listed = {summary.id: summary for summary in self.view.listing.entries}
                    titles = [
                        self.view.title_of(listed[entry_id]) for entry_id in standing["entries"] if entry_id in listed
                    ]
                    if titles:
                        self.line("Evidence in the journal:")
                        self.bullets(titles)
        if entry.get("actions"):
            self.heading(level + 1, "Action plan")
            for action in entry["actions"]:
                element = action["element"]
                self.heading(level + 2, names.get(element, element) + (" (done)" if action.get("done") else ""))
                for label, field in (
                    ("Goal", "goal"),
                    ("Actions", "actions"),
                    ("Support needed", "support"),
                    ("Review", "review"),
                ):
                    if action.get(field):
                        self.line(f"{label}:")
                        self.user_text(action[field])
                if action.get("target"):
                    self.line(f"Target date: {show_date(date.fromisoformat(action['target']))}")

    def _rating(self, entry: Data, level: int) -> None:
        self.heading(level, f"Capability ratings: {show_date(entry_day(entry))}")
        self.frameworks.add("capabilities")
        ratings: dict[str, int] = entry.get("ratings", {})
        lines = []
        for capability in {capability.id: capability for capability in self.index.capabilities()}.values():
            if capability.id in ratings:
                lines.append(f"{capability.name}: {ratings[capability.id]} of 5")
            lines += [
                f"{capability.name}, {sub.name}: {ratings[sub.id]} of 5" for sub in capability.subs if sub.id in ratings
            ]
        if lines:
            self.bullets(lines)
        if entry.get("notes"):
            self.user_text(entry["notes"])

    def _reflection(self, entry: Data, level: int) -> None:
        from thingsjournal.text.sections import statement_words

        programme = self.index.programme_data(entry["programme"])
        thing = self.index.thing_data(entry["programme"], entry["thing"])
        if programme is not None:
            self.programmes.add(programme["id"])
        self.heading(level, _thing_title(entry, thing))
        facts = []
        if thing is not None and thing.get("badge"):
            facts.append(f"Open Badge: {thing['badge']}")
        if programme is not None:
            facts.append(f"Programme: {programme['title']}")
        facts += self._when(entry)
        statement: str = entry.get("statement", "")
        words = statement_words(statement)
        minimum = thing["statement"].get("min_words") if thing else None
        facts.append(f"Status: {status_of(words, minimum, entry.get('status')).replace('-', ' ')}")
        self.facts(facts)
        answers: dict[str, str] = entry.get("answers", {})
        questions = {prompt["id"]: prompt["question"] for prompt in thing.get("prompts", ())} if thing else {}
        for prompt_id in list(questions) + sorted(set(answers) - set(questions)):
            if answers.get(prompt_id):
                self.heading(level + 1, questions.get(prompt_id, prompt_id))
                self.user_text(answers[prompt_id])
        self._logic_model(entry.get("headings", {}), level + 1)
        self._evidence(
            entry.get("capabilities", ()), entry.get("sub_capabilities", ()), entry.get("elements", ()), level + 1
        )
        counted = f"{words} words" + (f" (minimum {minimum})" if minimum else "")
        self.heading(level + 1, f"Statement: {counted}")
        if thing is not None:
            self._criteria(thing, set(entry.get("covered", ())))
        self._statement(statement, level + 2)

    def _criteria(self, thing: Data, covered: set[str]) -> None:
        """The points the statement must cover, with the user's own ticks (the app judges none)."""
        from thingsjournal.journal.compose import ThingPoints

        points = ThingPoints.of_data(thing).criteria()
        if points:
            ticked = sum(point.id in covered for point in points)
            self.line(
                f"Points to cover (the pack’s words for the SSSC’s questions), ticked by the writer: {ticked} of {len(points)}"
            )
            self.bullets([f"{'✓ covered' if p.id in covered else '☐ not ticked'}: {p.question}" for p in points])

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

    def _learning(self, entry: Data, level: int) -> None:
        self.heading(level, entry.get("title") or "Untitled learning record")
        activity = entry.get("activity")
        facts = [f"Learning-log record: {activity}" if activity else "Learning-log record"]
        facts += self._when(entry)
        self.facts(facts)
        for question, field in (("What I learned", "learned"), ("How it will change my practice", "practice")):
            text = entry.get(field)
            if text:
                self.heading(level + 1, f"{question} ({count_words(text)} words)")
                self.user_text(text)
        self._evidence((), (), entry.get("elements", ()), level + 1)

    def _when(self, entry: Data) -> list[str]:
        facts = []
        if entry.get("learning_date"):
            facts.append(f"Learning date: {show_date(date.fromisoformat(entry['learning_date']))}")
        if entry.get("minutes"):
            facts.append(f"Time spent: {show_minutes(entry['minutes'])}")
        return facts

    def _logic_model(self, headings_noted: Mapping[str, str], level: int) -> None:
        notes = [(name, headings_noted[name]) for name in logic_model.HEADINGS if headings_noted.get(name)]
        if not notes:
            return
        headings = self.index.heading_labels()
        self.frameworks.add("headings")
        self.heading(level, logic_model.TITLE)
        for name, text in notes:
            self.heading(level + 1, headings.get(name, name))
            self.user_text(text)

    def _evidence(
        self, capabilities: Collection[str], subs: Collection[str], elements: Collection[str], level: int
    ) -> None:
        if not (capabilities or subs or elements):
            return
        self.heading(level, "Evidence")
        known = {capability.id: capability for capability in self.index.capabilities()}
        names = []
        for capability in known.values():
            chosen_subs = [sub.name for sub in capability.subs if sub.id in subs]
            if capability.id in capabilities or chosen_subs:
                names.append(capability.name + (f": {', '.join(chosen_subs)}" if chosen_subs else ""))
        if names:
            self.frameworks.add("capabilities")
            self.line("Leadership capabilities:")
            self.bullets(names)
        known_elements = {element.id: element.name for element in self.index.learning_elements()}
        learning = [name for element_id, name in known_elements.items() if element_id in elements]
        if learning:
            self.frameworks.add("elements")
            self.line("Core learning elements:")
            self.bullets(learning)

    def footer(self) -> None:
        """The attribution of every programme and framework the document shows."""
        sources = []
        for programme_id in sorted(self.programmes):
            programme = self.index.programme_data(programme_id)
            if programme is not None:
                sources.append(_licensed(programme["attribution"], programme["licence"], programme.get("licence_url")))
        for framework in self.index.data["catalog"]["frameworks"]:
            if framework["kind"] in self.frameworks:
                sources.append(f"{framework['title']}: {framework['source']}.")
        if sources:
            self.rule()
            self.facts(["Exported from thingsjournal.", *sources])

    def pieces(self, last: bool = True) -> list[str]:
        """The parts written since the last call, a blank line after each (one newline after the
        very last), joined into as few strings as can be without copying a very long text: a
        part over `LONG_PART` is a piece of its own, so a 50 MB statement is never copied into
        a document string before it is written."""
        parts, self.parts = self.parts, []
        ends = [self.SEPARATOR] * len(parts)
        if last and ends:
            ends[-1] = self.LAST
        found: list[str] = []
        group: list[str] = []
        for part, end in zip(parts, ends, strict=True):
            if len(part) > LONG_PART:
                found += ["".join(group), part] if group else [part]
                group = [end]
            else:
                group += (part, end)
        return [*found, "".join(group)] if group else found

    def take(self, last: bool = True) -> str:
        """The parts written since the last take, as one string (see `pieces`)."""
        return "".join(self.pieces(last))


def entries_document(writer: Writer, entries: Iterable[Data]) -> str:
    """One entry, or several one after another, with the attribution footer."""
    for entry in entries:
        writer.entry(entry, 1)
    writer.footer()
    return writer.take()


def portfolio_chunks(
    writer: Writer,
    summaries: list[EntrySummary],
    entries: Iterable[Data],
    period: Period,
    settings: Mapping[str, object],
) -> Iterator[str]:
    """A portfolio of learning for the CPL declaration, a piece at a time: a cover (who from
    `settings`, as read) and a summary, then each entry, then the attribution. `entries` may be
    read one by one as they are asked for."""
    writer.heading(1, "Portfolio of learning")
    cover = [
        ("Name", settings.get("name")),
        ("SSSC registration number", settings.get("registration_number")),
        ("Register part", settings.get("register_part")),
        ("Period", period.shown(summaries)),
    ]
    writer.facts([f"{label}: {value}" for label, value in cover if value])
    writer.heading(2, "Summary")
    _summary(writer, summaries)
    writer.heading(2, "Entries")
    for entry in entries:
        yield from writer.pieces(last=False)
        writer.entry(entry, 3)
    writer.footer()
    yield from writer.pieces()


def _summary(writer: Writer, summaries: list[EntrySummary]) -> None:
    view = writer.view
    reflections = [entry for entry in summaries if entry.kind == "reflection"]
    records = [entry for entry in summaries if entry.kind == "learning"]
    done = [entry for entry in reflections if view.status(entry) in DONE]
    writer.line(f"Things completed: {len(done)} of {len(reflections)} reflections in this portfolio")
    if reflections:
        writer.bullets(
            [
                f"{view.title_of(entry)}: {in_words(view.status(entry) or '')}, "
                f"{entry.words} words{_ticked(writer.index, entry)}, {show_date(entry_date(entry))}"
                for entry in reflections
            ]
        )
    minutes = sum(entry.minutes or 0 for entry in summaries)
    writer.facts([f"Learning-log records: {len(records)}", f"Time spent: {show_minutes(minutes) or '0m'}"])
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
        writer.line(f"{title} covered ({len(covered)} of {len(named)}): {', '.join(covered) or 'none yet'}")
        writer.line(f"Not yet covered: {', '.join(missing) or 'none'}")
        writer.frameworks.add("capabilities" if title.startswith("Leadership") else "elements")


def _ticked(index: ContentIndex, entry: EntrySummary) -> str:
    """ ", 3 of 4 points ticked", where the Thing lists the points its statement covers."""
    from thingsjournal.journal.compose import ThingPoints

    thing = index.thing_data(entry.programme or "", entry.thing or 0)
    points = {point.id for point in ThingPoints.of_data(thing).criteria()} if thing else set()
    return f", {len(points & set(entry.covered))} of {len(points)} points ticked" if points else ""


def _thing_title(entry: Data, thing: Data | None) -> str:
    return f"Thing {entry['thing']}: {thing['title']}" if thing else f"Thing {entry['thing']} of {entry['programme']}"


def title_of_entry(view: JournalView, entry: Data) -> str:
    """An entry's title line, as the entry models give it."""
    kind = entry["kind"]
    if kind == "reflection":
        return _thing_title(entry, view.index.thing_data(entry["programme"], entry["thing"]))
    if kind == "learning":
        return entry.get("title") or "Untitled learning record"
    what = "Self-assessment" if kind == "assessment" else "Capability ratings"
    return f"{what}, {show_date(entry_day(entry))}"


def _licensed(attribution: str, licence: str, url: str | None) -> str:
    """The credit line: "Licensed under CC BY 4.0 (link)." where there is a licence to link to,
    else the pack's own words about its terms."""
    return f"{attribution} Licensed under {licence} ({url})." if url else f"{attribution} Licence: {licence}."
