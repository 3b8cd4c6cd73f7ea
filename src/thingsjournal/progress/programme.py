"""The programme at a glance: progress through the Things, which capabilities and core learning
elements the journal covers, and this declaration year's CPL. Home shows it; nothing here
knows about screens."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from thingsjournal.journal.filter import entry_date
from thingsjournal.journal.status import DONE
from thingsjournal.progress.cpl import DeclarationYear, year_of

if TYPE_CHECKING:
    from datetime import date

    from thingsjournal.catalog.cache import Named
    from thingsjournal.journal.view import JournalView, ThingRow


class Overview(NamedTuple):
    rows: list[ThingRow]
    statuses: Counter[str]
    capabilities: list[tuple[Named, int]]
    elements: list[tuple[Named, int]]
    year: DeclarationYear
    year_entries: int
    year_minutes: int

    @property
    def done(self) -> int:
        return sum(self.statuses[status] for status in DONE)


def overview(view: JournalView, today: date, registration: date | None) -> Overview:
    """Progress, coverage and the learning of the CPL year containing `today` (see
    `progress.cpl`), from the journal's summaries."""
    rows = view.thing_rows()
    entries = view.listing.entries
    capability_counts: Counter[str] = Counter()
    element_counts: Counter[str] = Counter()
    capabilities = view.index.capabilities()
    for entry in entries:
        capability_counts.update(view.capabilities_evidenced(entry))
        element_counts.update(set(entry.elements))
    year = year_of(today, registration)
    in_year = [entry for entry in entries if year.holds(entry_date(entry))]
    return Overview(
        rows=rows,
        statuses=Counter(row.status for row in rows),
        capabilities=[(capability, capability_counts[capability.id]) for capability in capabilities],
        elements=[(element, element_counts[element.id]) for element in view.index.learning_elements()],
        year=year,
        year_entries=len(in_year),
        year_minutes=sum(entry.minutes or 0 for entry in in_year),
    )


def start_with(numbers: tuple[int, ...]) -> str:
    """ "Start with Things 1-4" (or "Thing 1"), or "" when the programme advises none."""
    if not numbers:
        return ""
    return f"Start with Thing {numbers[0]}" if len(numbers) == 1 else f"Start with Things {numbers[0]}-{numbers[-1]}"
