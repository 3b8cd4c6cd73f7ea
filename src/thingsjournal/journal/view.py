"""The questions asked of the journal, read against the content: the entry for a Thing, an
entry's status and title, the capabilities it evidences, the rows of `things`.

The session builds a `JournalView` from what it has loaded and hands it to the journal screen,
export, privacy and progress, so they all give the same answers without knowing the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from thingsjournal.journal.status import DRAFT, NOT_STARTED, STATUS_ORDER, status_of
from thingsjournal.text.control_chars import shown

if TYPE_CHECKING:
    from collections.abc import Callable

    from thingsjournal.catalog.cache import ContentIndex, ProgrammeSummary, ThingSummary
    from thingsjournal.journal.entry_cache import EntryData
    from thingsjournal.journal.index import EntrySummary, Listing
    from thingsjournal.journal.store import JournalStore

_RANK = {status: place for place, status in enumerate(STATUS_ORDER)}  # a status's place, lowest first


class ThingRow(NamedTuple):
    """One line of `things`: a Thing's summary and the user's progress on it."""

    thing: ThingSummary
    status: str
    words: int

    @property
    def words_of_minimum(self) -> str:
        """`143/200`, or the words alone where there is no minimum."""
        minimum = self.thing.min_words
        return f"{self.words}/{minimum}" if minimum else str(self.words)

    def as_json(self) -> dict[str, object]:
        """The row as `things --json` gives it: the Thing's summary, bar the capabilities it is
        about, then the status and the words."""
        fields = self.thing._asdict()
        del fields["capabilities"]
        return {**fields, "status": self.status, "words": self.words}


@dataclass(eq=False)
class JournalView:
    """One listing of the journal, read against the content of this run.

    `choose_programme` gives the programme chosen for the run; it is asked only by the questions
    about that programme, so an unknown programme is an error for those alone, as it always was.
    """

    index: ContentIndex
    store: JournalStore
    listing: Listing
    choose_programme: Callable[[], ProgrammeSummary]

    @property
    def programme(self) -> ProgrammeSummary:
        return self.choose_programme()

    @cached_property
    def entry_data(self) -> EntryData:
        """Every entry's full data by id, through the cache of entries (see `entry_cache`)."""
        from thingsjournal.journal.entry_cache import ENTRIES_FILE, cached_entries

        return cached_entries(self.listing, self.store.app_dir / ENTRIES_FILE)

    # Status

    @cached_property
    def _minimums(self) -> dict[tuple[str, int], int | None]:
        return {
            (programme.id, thing.number): thing.min_words
            for programme in self.index.programmes.values()
            for thing in programme.things
        }

    def min_words(self, programme: str | None, thing: int | None) -> int | None:
        return self._minimums.get((programme or "", thing or 0))

    def status(self, entry: EntrySummary) -> str | None:
        """A reflection's status (learning-log records have none)."""
        if entry.kind != "reflection":
            return None
        return status_of(entry.words, self.min_words(entry.programme, entry.thing), entry.marked)

    # The entry for a Thing

    def entries_for_things(self) -> dict[tuple[str, int], EntrySummary]:
        """For each Thing with reflections, the entry for it: the most advanced status, and of
        those the most recently updated."""
        best: dict[tuple[str, int], tuple[tuple[int, str], EntrySummary]] = {}
        minimums = self._minimums  # `status`, unrolled: this runs for every entry, for Home and `things`
        for entry in self.listing.entries:
            if entry.kind != "reflection" or entry.programme is None or entry.thing is None:
                continue
            key = (entry.programme, entry.thing)
            rank = (_RANK[status_of(entry.words, minimums.get(key), entry.marked)], entry.updated)
            if key not in best or rank > best[key][0]:
                best[key] = (rank, entry)
        return {key: entry for key, (_, entry) in best.items()}

    def entry_for_thing(self, programme: str, number: int) -> EntrySummary | None:
        return self.entries_for_things().get((programme, number))

    def thing_rows(self) -> list[ThingRow]:
        """Every Thing of the programme with the status and words of the entry for it."""
        chosen = self.entries_for_things()
        rows = []
        for thing in self.programme.things:
            entry = chosen.get((thing.programme, thing.number))
            status = (self.status(entry) or DRAFT) if entry else NOT_STARTED
            rows.append(ThingRow(thing, status, entry.words if entry else 0))
        return rows

    # Evidence

    @cached_property
    def _capability_of_sub(self) -> dict[str, str]:
        return {sub.id: capability.id for capability in self.index.capabilities() for sub in capability.subs}

    def capabilities_evidenced(self, entry: EntrySummary) -> set[str]:
        """The capabilities an entry is tagged with; a sub-capability counts for its capability."""
        parents = self._capability_of_sub
        return set(entry.capabilities) | {parents[sub] for sub in entry.sub_capabilities if sub in parents}

    def related_capabilities(self) -> dict[int, set[str]]:
        """For each Thing of the programme: the capabilities it is about, and those its entries
        are tagged with."""
        programme = self.programme
        related = {thing.number: set(thing.capabilities) for thing in programme.things}
        for entry in self.listing.entries:
            if entry.programme == programme.id and entry.thing in related:
                related[entry.thing] |= self.capabilities_evidenced(entry)
        return related

    # Titles

    def title_of(self, entry: EntrySummary) -> str:
        """The entry's title as every list, dialog and export shows it (control characters as
        their stand-ins)."""
        if entry.kind == "reflection":
            summary = self.index.programmes.get(entry.programme or "")
            thing = summary.find(str(entry.thing)) if summary else None
            return f"Thing {entry.thing}: {thing.title}" if thing else f"Thing {entry.thing} of {entry.programme}"
        return shown(entry.title or "")
