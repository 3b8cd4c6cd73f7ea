"""One run's wiring: where things live, which content and programme, the journal store and the
settings.

The command line and the TUI both work through a Session. It decides nothing about entries: the
questions asked of the journal are its `view` (see `journal.view`), which export, privacy and
progress receive as an argument, so every caller gives the same answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from thingsjournal.catalog.cache import ContentIndex, ProgrammeSummary, ThingSummary, load_index
from thingsjournal.catalog.sources import DEFAULT_PROGRAMME, ContentRoot, content_roots
from thingsjournal.errors import UserError
from thingsjournal.journal.store import JournalStore
from thingsjournal.journal.view import JournalView
from thingsjournal.paths import Locations, locate

if TYPE_CHECKING:
    from collections.abc import Callable

    from thingsjournal.catalog.models import Catalog
    from thingsjournal.journal.index import Listing


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

    @property
    def catalog(self) -> Catalog:
        """The full content models (this imports pydantic: only for commands that need texts)."""
        return self.index.catalog

    @cached_property
    def journal(self) -> JournalStore:
        return JournalStore(self.locations.journal, secret=self.machine_secret)

    @cached_property
    def listing(self) -> Listing:
        return self.journal.listing()

    def read_journal(self, progress: Callable[[int, int], None]) -> None:
        """Read the journal listing now, telling `progress(done, total)` as it goes (before the
        app opens, so a first reading of a large journal is not a blank screen)."""
        self.__dict__["listing"] = self.journal.listing(progress)
        self.__dict__.pop("view", None)

    def current_date(self) -> date:
        return self.today or date.today()

    @cached_property
    def view(self) -> JournalView:
        """The questions asked of the journal, for this listing (see `refresh`)."""
        return JournalView(self.index, self.journal, self.listing, lambda: self.programme)

    def refresh(self) -> None:
        """Forget the journal listing, after a change."""
        self.__dict__.pop("listing", None)
        self.__dict__.pop("view", None)

    def mark_fine(self, text: str) -> None:
        """Remember `text` as fine for the privacy check (see `settings.mark_fine`), and read the
        settings again next time."""
        from thingsjournal.settings import mark_fine

        mark_fine(self.locations.settings, text)
        self.forget_settings()

    def add_my_word(self, word: str) -> None:
        """Add `word` to the words the spelling check knows (see `settings.add_my_word`)."""
        from thingsjournal.settings import add_my_word

        add_my_word(self.locations.settings, word)
        self.forget_settings()

    @cached_property
    def machine_secret(self) -> bytes:
        """This computer's secret, which signs the caches trusted beyond their files (the privacy
        findings) or read by `marshal` (the journal's index): one copied here from another
        computer is never read."""
        from thingsjournal.files.caches import machine_secret

        return machine_secret(self.locations.cache)

    @cached_property
    def people(self) -> list[str]:
        """The people the user works with, whom the privacy check always catches (`journal.people`);
        none if the list cannot be read (`check` says why)."""
        from thingsjournal.journal.people import read_people

        return read_people(self.journal.folder)[0]

    def save_people(self, names: list[str]) -> None:
        """Keep `names` as the people the user works with (a ValueError naming the bad one)."""
        from thingsjournal.journal.people import save_people

        self.__dict__["people"] = save_people(self.journal.folder, names)

    def forget_settings(self) -> None:
        """Read the settings again next time, after they were saved (the programme may change)."""
        for name in ("settings", "programme"):
            self.__dict__.pop(name, None)

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

    @property
    def register_part(self) -> str:
        value = self.settings.get("register_part")
        return value if isinstance(value, str) else ""

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
        """The Thing of the programme a user named by number or slug (see `ProgrammeSummary.named`)."""
        return self.programme.named(number_or_slug)
