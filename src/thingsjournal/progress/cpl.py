"""The annual CPL declaration: the year it covers, when it is due, and what the year's entries
cover of the core learning elements and of the learning expected of everyone.

The rules are the SSSC's (sources in the README's "The CPL declaration"); the elements and the
expected topics are content (`catalog.models.ElementsFramework`), so a change by the SSSC is a
change of the packaged framework, not of this code.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from thingsjournal.errors import UserError
from thingsjournal.journal.filter import entry_date
from thingsjournal.text.dates import anniversary, months_later, show_date, show_minutes
from thingsjournal.text.plural import counted

if TYPE_CHECKING:
    from thingsjournal.catalog.cache import ElementSet, ExpectedTopic, Named
    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.journal.view import JournalView

NOTICE_MONTHS = 1  # Home says the declaration is coming a month before it is due


class DeclarationYear(NamedTuple):
    """One CPL year: from a registration date's anniversary (else 1 January) to the day before
    the next. The SSSC asks for the declaration "around the time of your registration date" and
    emails a month before it is due: it is due on the anniversary that ends the year."""

    start: date
    end: date  # the day after the last
    registered: bool

    @property
    def last(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def due(self) -> date:
        return self.end

    @property
    def notice_from(self) -> date:
        return months_later(self.due, -NOTICE_MONTHS)

    def days_left(self, today: date) -> int:
        return (self.due - today).days

    def shown(self) -> str:
        return f"{show_date(self.start)} to {show_date(self.last)}"

    def holds(self, day: date) -> bool:
        return self.start <= day < self.end


def year_starting(year: int, registration: date | None) -> DeclarationYear:
    """The declaration year that starts in calendar year `year`."""
    if registration is None:
        return DeclarationYear(date(year, 1, 1), date(year + 1, 1, 1), registered=False)
    return DeclarationYear(anniversary(registration, year), anniversary(registration, year + 1), registered=True)


def year_of(today: date, registration: date | None) -> DeclarationYear:
    """The declaration year containing `today`."""
    this = year_starting(today.year, registration)
    return this if this.start <= today else year_starting(today.year - 1, registration)


def chosen_year(text: str, today: date, registration: date | None) -> DeclarationYear:
    """The year a user named: `this`, `last`, or the calendar year in which it starts."""
    current = year_of(today, registration)
    wanted = text.strip().casefold()
    if wanted == "this":
        return current
    if wanted == "last":
        return year_starting(current.start.year - 1, registration)
    if wanted.isdigit() and 1900 <= int(wanted) <= 9999:
        return year_starting(int(wanted), registration)
    raise UserError(
        f"'{text}' is not a CPL year: give the year it starts in (such as {current.start.year}), this or last"
    )


class Evidence(NamedTuple):
    """One entry of the year, as the declaration lists it."""

    entry: EntrySummary
    title: str
    day: date

    @property
    def minutes(self) -> int:
        return self.entry.minutes or 0


class Covered(NamedTuple):
    """An element or an expected topic, and the year's entries that evidence it."""

    id: str
    name: str
    evidence: tuple[Evidence, ...]


class Coverage(NamedTuple):
    """What a declaration year's entries cover. `elements` is empty, and `not_packaged` names the
    Register part, where no packaged framework holds that part's elements."""

    year: DeclarationYear
    register_part: str
    element_set: ElementSet | None
    elements: tuple[Covered, ...]
    topics: tuple[Covered, ...]
    entries: tuple[Evidence, ...]

    @property
    def not_packaged(self) -> bool:
        return self.element_set is None

    @property
    def uncovered(self) -> list[Covered]:
        return [covered for covered in self.elements if not covered.evidence]

    @property
    def topics_missing(self) -> list[Covered]:
        return [topic for topic in self.topics if not topic.evidence]

    @property
    def minutes(self) -> int:
        return sum(evidence.minutes for evidence in self.entries)

    @property
    def ready(self) -> bool:
        return not (self.not_packaged or self.uncovered or self.topics_missing)


def element_set_for(sets: list[ElementSet], register_part: str) -> ElementSet | None:
    """The elements of the user's Register part: the framework that names it, else (with no
    part set) the first that names any part; None for a part no framework names."""
    declared = [element_set for element_set in sets if element_set.register_parts]
    if not register_part.strip():
        return declared[0] if declared else None
    return next((element_set for element_set in declared if element_set.applies_to(register_part)), None)


def coverage(view: JournalView, year: DeclarationYear, register_part: str) -> Coverage:
    """The year's entries (by learning date, else the day they were made), per element of the
    user's Register part and per expected topic."""
    index = view.index
    element_set = element_set_for(index.element_sets(), register_part)
    in_year = sorted(
        (
            Evidence(entry, view.title_of(entry), entry_date(entry))
            for entry in view.listing.entries
            if not entry.conflict_of and year.holds(entry_date(entry))
        ),
        key=lambda evidence: (evidence.day, evidence.title),
    )
    elements = element_set.elements if element_set else ()
    return Coverage(
        year=year,
        register_part=register_part.strip(),
        element_set=element_set,
        elements=tuple(_covering(element, in_year) for element in elements),
        topics=tuple(_topic(topic, in_year) for topic in index.expected_topics()),
        entries=tuple(in_year),
    )


def _covering(element: Named, entries: list[Evidence]) -> Covered:
    found = tuple(evidence for evidence in entries if element.id in evidence.entry.elements)
    return Covered(element.id, element.name, found)


def _topic(topic: ExpectedTopic, entries: list[Evidence]) -> Covered:
    found = tuple(
        evidence
        for evidence in entries
        if topic.id in evidence.entry.topics or set(topic.elements) & set(evidence.entry.elements)
    )
    return Covered(topic.id, topic.name, found)


def year_said(year: DeclarationYear, today: date) -> str:
    """The year and when its declaration is due, in words."""
    if not year.registered:
        return f"CPL year {year.shown()}: the calendar year, as no registration date is set"
    left = year.days_left(today)
    if left > 0:
        when = f"due around {show_date(year.due)}, in {counted(left, 'day')}"
    elif left == 0:
        when = f"due around today, {show_date(year.due)}"
    else:
        when = f"was due around {show_date(year.due)}, {counted(-left, 'day')} ago"
    return f"CPL year {year.shown()}: the declaration is {when}"


def report(found: Coverage, today: date) -> list[str]:
    """What the declaration view and `thingsjournal cpl` say, a line each: the year, each element
    with the entries that evidence it, the learning expected of everyone, the time spent."""
    lines = [year_said(found.year, today)]
    if not found.year.registered:
        lines.append("  Set your registration date in Settings (S on Home) for your own year and due date.")
    if found.element_set is None:
        part = found.register_part or "your Register part"
        lines += [
            "",
            f"The core learning elements of {part} are not packaged yet: an organisation's content pack can add them.",
        ]
    else:
        workforce = f" ({found.element_set.workforce})" if found.element_set.workforce else ""
        lines += [
            "",
            f"Core learning elements{workforce}: {len(found.elements) - len(found.uncovered)} of {len(found.elements)} covered",
        ]
        if not found.register_part:
            lines.append("  (Your Register part is not set in Settings: these are the packaged elements.)")
        lines += _covered_lines(found.elements)
    if found.topics:
        lines += ["", "Expected of everyone:"]
        lines += _covered_lines(found.topics)
    lines += [
        "",
        f"Time spent: {show_minutes(found.minutes) or '0m'} in {counted(len(found.entries), 'entry', 'entries')}",
    ]
    return lines


def _covered_lines(items: tuple[Covered, ...]) -> list[str]:
    lines = []
    for item in items:
        lines.append(f"{'✓' if item.evidence else '✗'} {item.name}" + ("" if item.evidence else ": nothing yet"))
        lines += [
            f"    {show_date(e.day)}  {e.title}" + (f"  ({show_minutes(e.minutes)})" if e.minutes else "")
            for e in item.evidence
        ]
    return lines


def verdict(found: Coverage) -> str:
    """One line: ready to declare, or what is still missing."""
    if found.ready:
        return "Ready to declare: every element and the learning expected of everyone are covered."
    missing = [covered.name for covered in (*found.uncovered, *found.topics_missing)]
    if found.not_packaged:
        return "Not ready to check: your Register part's elements are not packaged yet."
    return f"Not covered yet: {', '.join(missing)}."


def as_json(found: Coverage, today: date) -> dict[str, object]:
    """`thingsjournal cpl --json` (fields named in DESIGN.md)."""
    year = found.year

    def entries(items: tuple[Evidence, ...]) -> list[dict[str, object]]:
        return [{"id": e.entry.id, "date": e.day.isoformat(), "title": e.title, "minutes": e.minutes} for e in items]

    topics = {topic.id: entries(topic.evidence) for topic in found.topics}
    return {
        "year_start": year.start.isoformat(),
        "year_end": year.last.isoformat(),
        "registered": year.registered,
        "due": year.due.isoformat() if year.registered else None,
        "days_left": year.days_left(today) if year.registered else None,
        "register_part": found.register_part,
        "elements_packaged": not found.not_packaged,
        "elements": [{"id": item.id, "name": item.name, "entries": entries(item.evidence)} for item in found.elements],
        "uncovered": [item.id for item in found.uncovered],
        "trauma": topics.get("trauma", []),
        "protection": topics.get("protection", []),
        "minutes": found.minutes,
        "ready": found.ready,
    }
