"""Saves cut short (the power failed, the app was killed with kill -9) are finished, or their
fragments kept aside, the next time the journal is opened for writing.

A save writes the whole entry to `.NAME.xxxxxxxx.tmp` beside `NAME`, then renames it over `NAME`.
Killed before the rename, it leaves the temporary file, which may hold the newest words. Under the
journal's lock no save is under way, so any temporary file is such a leftover: a whole entry newer
than its file (or with no file yet) is renamed into place, as the save would have done; one cut
short is moved to `.thingsjournal/interrupted/`, where `check` names it, since the entry keeps its
last whole save. Nothing is deleted: the file a finished save replaces becomes a version, as it
would have (unless the save had kept it already).
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from thingsjournal.files.safe import locked, make_private_dir, sync_dir
from thingsjournal.journal.versions import VERSIONS_DIR, keep_replaced, versions_in

if TYPE_CHECKING:
    from pathlib import Path

TEMPORARY = re.compile(r"^\.(?P<name>.+\.toml)\.[0-9a-f]{8}\.tmp$")
INTERRUPTED = "interrupted"  # in the journal's app folder


def finish_interrupted_saves(folder: Path, app_dir: Path) -> list[str]:
    """Finish or set aside every save cut short in `folder`; one line for each, to tell the user
    (and one saying why, if the journal cannot be written just now)."""
    if not folder.is_dir() or not any(TEMPORARY.match(path.name) for path in folder.glob(".*.tmp")):
        return []
    try:
        return _finish(folder, app_dir)
    except OSError as problem:
        return [f"a save cut short could not be finished ({problem.strerror or problem}); check names it"]


def _finish(folder: Path, app_dir: Path) -> list[str]:
    from thingsjournal.journal.entries import read_entry_file  # pydantic: only when there is something to finish

    said = []
    with locked(app_dir / "lock"):
        for temporary in sorted(folder.glob(".*.tmp")):
            found = TEMPORARY.match(temporary.name)
            if found is None:
                continue
            target = folder / found["name"]
            newer = read_entry_file(temporary)
            current = read_entry_file(target) if target.exists() else None
            if newer is not None and (current is None or (current.id == newer.id and newer.updated >= current.updated)):
                if current is not None:
                    _keep_as_version(target, app_dir / VERSIONS_DIR / current.id)
                os.replace(temporary, target)
                sync_dir(folder)
                said.append(f"finished a save that was cut short: {target.name} has its newest text")
            elif newer is None:
                aside = app_dir / INTERRUPTED
                make_private_dir(aside)
                os.replace(temporary, aside / temporary.name.removeprefix("."))
                sync_dir(folder)
                said.append(
                    f"a save of {target.name} was cut short; the entry keeps its last whole save, and the "
                    f"fragment is kept in {aside}"
                )
    return said


def _keep_as_version(target: Path, folder: Path) -> None:
    """Keep the file a finished save replaces, unless the save had linked it in already."""
    inode = target.stat().st_ino
    if not any(version.path.stat().st_ino == inode for version in versions_in(folder)[:1]):
        keep_replaced(target, folder)
