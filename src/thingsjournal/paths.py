"""Where things live: the journal, settings, extra content packs and caches.

The journal folder is never inside the config folder (on macOS they would otherwise share one
folder), and `--journal` or THINGSJOURNAL_DIR names the journal folder itself.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

import platformdirs

APP = "thingsjournal"
JOURNAL_ENV = "THINGSJOURNAL_DIR"


class Locations(NamedTuple):
    """The folders and files one run of the app works with."""

    journal: Path
    config: Path
    cache: Path
    logs: Path

    @property
    def settings(self) -> Path:
        return self.config / "settings.toml"

    @property
    def extra_content(self) -> Path:
        return self.config / "content"


def locate(journal: str | os.PathLike[str] | None = None) -> Locations:
    """Work out the locations, honouring `--journal` first, then THINGSJOURNAL_DIR."""
    chosen = journal or os.environ.get(JOURNAL_ENV) or None
    journal_dir = (
        Path(chosen).expanduser() if chosen else Path(platformdirs.user_data_dir(APP, appauthor=False)) / "journal"
    )
    return Locations(
        journal=journal_dir.absolute(),
        config=Path(platformdirs.user_config_dir(APP, appauthor=False)),
        cache=Path(platformdirs.user_cache_dir(APP, appauthor=False)),
        logs=Path(platformdirs.user_log_dir(APP, appauthor=False)),
    )


def emergency_folders() -> list[Path]:
    """Where text goes when the journal cannot take it (read-only, full, not a folder): the
    user's state folder, else a private folder in the temp folder."""
    import tempfile

    return [
        Path(platformdirs.user_state_dir(APP, appauthor=False)),
        Path(tempfile.gettempdir()) / f"{APP}-{os.getuid()}",
    ]


def shown_path(path: Path) -> str:
    """A path as the user reads it: under their home folder it starts with "~"."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)
