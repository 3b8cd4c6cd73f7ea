"""Which entries a search and its filters select, newest first: the journal screen's list."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from thingsjournal.journal.search import fold, matches, query_words

if TYPE_CHECKING:
    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.journal.view import JournalView

LEARNING = "learning"  # the `thing` filter's value for learning-log records


class EntryFilter(NamedTuple):
    """Every part is optional; an entry is selected when it passes all that are set."""

    text: str = ""
    thing: int | str | None = None  # a Thing's number in the current programme, or LEARNING
    capability: str | None = None
    element: str | None = None
    status: str | None = None
    since: date | None = None
    until: date | None = None


def entry_date(entry: EntrySummary) -> date:
    """The date an entry is filed under: its learning date, else the day it was created."""
    return date.fromisoformat(entry.learning_date or entry.created[:10])


def haystacks(view: JournalView, entries: list[EntrySummary], texts: dict[str, str]) -> dict[str, str]:
    """What a search looks in, by entry id: the title (so a Thing's name finds its reflections)
    and the entry's searchable text from `load_texts`, where it has loaded."""
    return {entry.id: f"{fold(view.title_of(entry))}\n{texts.get(entry.id, '')}" for entry in entries}


def select(
    view: JournalView, entries: list[EntrySummary], searched: dict[str, str], chosen: EntryFilter
) -> list[EntrySummary]:
    """The entries that pass `chosen`, newest first; `searched` is what `haystacks` gives."""
    words = query_words(chosen.text)
    selected = []
    for entry in entries:
        if chosen.thing == LEARNING and entry.kind != "learning":
            continue
        if isinstance(chosen.thing, int) and (entry.programme != view.programme.id or entry.thing != chosen.thing):
            continue
        if chosen.capability and chosen.capability not in view.capabilities_evidenced(entry):
            continue
        if chosen.element and chosen.element not in entry.elements:
            continue
        if chosen.status and view.status(entry) != chosen.status:
            continue
        when = entry_date(entry)
        if (chosen.since and when < chosen.since) or (chosen.until and when > chosen.until):
            continue
        if words and not matches(searched.get(entry.id, ""), words):
            continue
        selected.append(entry)
    selected.sort(key=lambda entry: (entry_date(entry), entry.updated, entry.created, entry.id), reverse=True)
    return selected
