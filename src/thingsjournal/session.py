"""One run's view of the world: where things live, which content, which programme.

The command line and the TUI both work through a Session, so they give the same answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from thingsjournal.content_cache import ContentIndex, ProgrammeSummary, ThingSummary, load_index
from thingsjournal.content_sources import ContentRoot, content_roots
from thingsjournal.errors import UserError
from thingsjournal.paths import Locations, locate

DEFAULT_PROGRAMME = "sssc-23-things-elc"


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


@dataclass
class Session:
    locations: Locations
    content_dirs: tuple[Path, ...] = ()
    programme_id: str | None = None
    use_cache: bool = True
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
        return load_index(self.roots, self.locations.cache if self.use_cache else None)

    @cached_property
    def programme(self) -> ProgrammeSummary:
        """The programme chosen with --programme, else the 23 Things ELC."""
        wanted = self.programme_id or DEFAULT_PROGRAMME
        found = self.index.programmes.get(wanted)
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
        """Every Thing of the programme with its status; not started until the journal exists."""
        return [
            ThingRow(
                programme=thing.programme,
                number=thing.number,
                slug=thing.slug,
                title=thing.title,
                min_words=thing.min_words,
                steps=thing.steps,
                prompts=thing.prompts,
                status="not-started",
                words=0,
            )
            for thing in self.programme.things
        ]
