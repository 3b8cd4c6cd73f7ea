"""The content folders to load: the packaged content first, then the user's extra packs.

Order matters: when two packs use one id, the first loaded wins, so a packaged programme or
framework can never be replaced by an extra pack.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from thingsjournal.paths import Locations

DEFAULT_PROGRAMME = "sssc-23-things-elc"


class ContentRoot(NamedTuple):
    """One content folder: programme folders and a `frameworks/` folder."""

    path: Traversable

    @property
    def label(self) -> str:
        return str(self.path)


def packaged_root() -> ContentRoot:
    """The content installed with the app, beside its code (found from this file, not through
    `importlib.resources`, whose import is a millisecond of every start-up)."""
    return ContentRoot(Path(__file__).parents[1] / "content")


def content_roots(locations: Locations, extra_dirs: list[Path] | tuple[Path, ...] = ()) -> tuple[ContentRoot, ...]:
    """The packaged content, the config folder's `content/` if present, then each `--content` folder."""
    roots = [packaged_root()]
    if locations.extra_content.is_dir():
        roots.append(ContentRoot(locations.extra_content))
    roots.extend(ContentRoot(Path(folder).absolute()) for folder in extra_dirs)
    return tuple(roots)
