"""One run's view of the world: where things live, which content, which programme.

The command line and the TUI both work through a Session, so they give the same answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thingsjournal.catalog.cache import ContentIndex, ProgrammeSummary, ThingSummary, load_index
from thingsjournal.catalog.sources import DEFAULT_PROGRAMME, ContentRoot, content_roots
from thingsjournal.errors import UserError
from thingsjournal.journal.status import STATUS_ORDER, status_of
from thingsjournal.journal.store import JournalStore
from thingsjournal.paths import Locations, locate
from thingsjournal.text.control_chars import shown

if TYPE_CHECKING:
    from thingsjournal.catalog.models import Catalog
    from thingsjournal.journal.index import EntrySummary, Listing


@dataclass(frozen=True)
class ThingRow:
    """One line of `things`: a Thing and the user's progress on it."""

    programme: str
    number: int
    slug: str
    title: str
    min_words: int | None
    steps: int
    prompts: int
    status: str
    words: int

    @property
    def words_of_minimum(self) -> str:
        """`143/200`, or the words alone where there is no minimum."""
        return f"{self.words}/{self.min_words}" if self.min_words else str(self.words)


@dataclass
class Session:
    locations: Locations
    content_dirs: tuple[Path, ...] = ()
    programme_id: str | None = None
    today: date | None = None  # fixed by tests; else the real date
    roots: tuple[ContentRoot, ...] = field(init=False)

    def __post_init__(self) -> None:
        for folder in self.content_dirs:
            if not folder.is_dir():
                raise UserError(f"--content {folder}: no such folder")
        self.roots = content_roots(self.locations, self.content_dirs)

    @classmethod
    def open(
        cls,
        journal: str | Path | None = None,
        content_dirs: tuple[str | Path, ...] | list[str | Path] = (),
        programme_id: str | None = None,
    ) -> Session:
        return cls(locate(journal), tuple(Path(d).expanduser() for d in content_dirs), programme_id)

    @cached_property
    def index(self) -> ContentIndex:
        return load_index(self.roots, self.locations.cache)

    @cached_property
    def catalog(self) -> Catalog:
        """The full content models (this imports pydantic: only for commands that need texts)."""
        from thingsjournal.catalog.models import Catalog

        return Catalog.model_validate(self.index.data["catalog"])

    @cached_property
    def journal(self) -> JournalStore:
        return JournalStore(self.locations.journal)

    @cached_property
    def listing(self) -> Listing:
        return self.journal.listing()

    def current_date(self) -> date:
        return self.today or date.today()

    @cached_property
    def entry_data(self) -> dict[str, dict[str, Any]]:
        """Every entry's full data by id, through the cache of entries (see `entry_cache`)."""
        from thingsjournal.journal.entry_cache import ENTRIES_FILE, cached_entries

        return cached_entries(self.listing, self.journal.app_dir / ENTRIES_FILE)

    def refresh(self) -> None:
        """Forget the journal listing, after a change."""
        self.__dict__.pop("listing", None)
        self.__dict__.pop("entry_data", None)

    def forget_settings(self) -> None:
        """Read the settings again next time, after they were saved (the programme may change)."""
        for name in ("settings", "programme"):
            self.__dict__.pop(name, None)

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

    def entries_for_things(self) -> dict[tuple[str, int], EntrySummary]:
        """For each Thing with reflections, the entry for it: the most advanced status, and of
        those the most recently updated."""
        best: dict[tuple[str, int], tuple[tuple[int, str], EntrySummary]] = {}
        for entry in self.listing.entries:
            if entry.kind != "reflection" or entry.programme is None or entry.thing is None:
                continue
            key = (entry.programme, entry.thing)
            rank = (STATUS_ORDER.index(self.status(entry) or "draft"), entry.updated)
            if key not in best or rank > best[key][0]:
                best[key] = (rank, entry)
        return {key: entry for key, (_, entry) in best.items()}

    def entry_for_thing(self, programme: str, number: int) -> EntrySummary | None:
        return self.entries_for_things().get((programme, number))

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
        related = {thing.number: set(thing.capabilities) for thing in self.programme.things}
        for entry in self.listing.entries:
            if entry.programme == self.programme.id and entry.thing in related:
                related[entry.thing] |= self.capabilities_evidenced(entry)
        return related

    def title_of(self, entry: EntrySummary) -> str:
        """The entry's title as every list, dialog and export shows it (control characters as
        their stand-ins)."""
        if entry.kind == "reflection":
            summary = self.index.programmes.get(entry.programme or "")
            thing = summary.find(str(entry.thing)) if summary else None
            return f"Thing {entry.thing}: {thing.title}" if thing else f"Thing {entry.thing} of {entry.programme}"
        return shown(entry.title or "")

    @cached_property
    def settings(self) -> dict[str, object]:
        """The settings as written, unchecked and without pydantic, to keep start-up fast (`check`
        validates them: see `thingsjournal.settings`); {} if they cannot be read."""
        if not self.locations.settings.is_file():
            return {}
        from thingsjournal.files.toml_read import (  # only when there are settings: it costs start-up time
            TOML_ERRORS,
            loads,
        )

        try:
            return loads(self.locations.settings.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, *TOML_ERRORS):
            return {}

    @property
    def registration_date(self) -> date | None:
        value = self.settings.get("registration_date")
        return value if isinstance(value, date) and not isinstance(value, datetime) else None

    @cached_property
    def programme(self) -> ProgrammeSummary:
        """The programme chosen with --programme, else the default in settings, else the 23 Things ELC."""
        chosen = self.settings.get("default_programme")
        wanted = self.programme_id or (chosen if isinstance(chosen, str) else None) or DEFAULT_PROGRAMME
        found = self.index.programmes.get(wanted)
        if found is None and not self.programme_id and wanted != DEFAULT_PROGRAMME:
            found = self.index.programmes.get(DEFAULT_PROGRAMME)  # a stale setting never locks the user out
        if found is None:
            known = ", ".join(sorted(self.index.programmes)) or "none"
            raise UserError(f"unknown programme '{wanted}' (known programmes: {known})")
        return found

    def thing(self, number_or_slug: str) -> ThingSummary:
        """The Thing a user named by number or slug, or a UserError that says what exists."""
        found = self.programme.find(number_or_slug)
        if found is None:
            things = self.programme.things
            span = f"{things[0].number}-{things[-1].number}" if things else "none"
            raise UserError(
                f"unknown Thing '{number_or_slug}' in {self.programme.short_title}: "
                f"give a number ({span}) or a slug such as '{things[0].slug if things else 'thing'}'"
            )
        return found

    def thing_rows(self) -> list[ThingRow]:
        """Every Thing of the programme with the status and words of the entry for it."""
        rows = []
        chosen = self.entries_for_things()
        for thing in self.programme.things:
            entry = chosen.get((thing.programme, thing.number))
            rows.append(
                ThingRow(
                    programme=thing.programme,
                    number=thing.number,
                    slug=thing.slug,
                    title=thing.title,
                    min_words=thing.min_words,
                    steps=thing.steps,
                    prompts=thing.prompts,
                    status=(self.status(entry) or "draft") if entry else "not-started",
                    words=entry.words if entry else 0,
                )
            )
        return rows
