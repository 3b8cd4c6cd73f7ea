"""Emergency copies: the text on screen when the app must stop and cannot save it (a signal, a
crash, or quitting twice while the disk is full or the journal read-only).

Each copy is a whole entry file (readable by the user alone) in the state folder, else a private
folder in the temp folder. The next start offers each back: put back, it replaces its entry if
that is as it was when the copy was made, else it becomes a conflict copy beside it (both texts
kept); or it is discarded. `check` names every copy left (exit 1).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from thingsjournal.paths import emergency_folders
from thingsjournal.safefiles import atomic_write, make_private_dir

if TYPE_CHECKING:
    from pathlib import Path

    from thingsjournal.entries import AnyEntry
    from thingsjournal.journal import JournalStore, SaveResult

FOLDER = "emergency"


def keep(entry: AnyEntry, based_on: datetime | None) -> Path:
    """Write `entry` as an emergency copy; `based_on` is when its entry was last saved (None for
    an entry never saved). An OSError if no folder will take it."""
    from thingsjournal.entries import to_toml

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    base = based_on.isoformat() if based_on else "new"
    data = to_toml(entry)
    failure: OSError | None = None
    for place in emergency_folders():
        folder = place / FOLDER
        path = folder / f"{entry.id}-{stamp}.toml"
        try:
            make_private_dir(folder)
            atomic_write(path, data)
            atomic_write(path.with_suffix(".base"), base.encode("ascii"))
        except OSError as error:
            failure = error
            continue
        return path
    raise failure or OSError("no folder for an emergency copy")


def copies() -> list[Path]:
    """Every emergency copy left, oldest first."""
    return sorted(
        (path for place in emergency_folders() for path in (place / FOLDER).glob("*.toml")),
        key=lambda path: path.name.split("-", 1)[-1],
    )


def read(path: Path) -> AnyEntry | None:
    from thingsjournal.entries import read_entry

    try:
        entry, _ = read_entry(str(path), path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    return entry


def put_back(store: JournalStore, path: Path) -> SaveResult:
    """Save the copy into the journal: over its entry if that is unchanged since, else as a
    conflict copy (the store's own rule for a file changed elsewhere); then remove the copy."""
    from thingsjournal.errors import UserError
    from thingsjournal.journal import JournalError

    entry = read(path)
    if entry is None:
        raise UserError(f"{path}: not a whole entry; it is left where it is")
    based_on = (
        path.with_suffix(".base").read_text(encoding="ascii").strip() if path.with_suffix(".base").exists() else ""
    )
    try:
        current = store.load(entry.id)
    except (UserError, JournalError, OSError):
        current = None
    if current is not None and current.updated.isoformat() != based_on:
        result = store.save_as_conflict_copy(entry)
    else:
        result = store.save(entry)
    discard(path)
    return result


def discard(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.with_suffix(".base").unlink(missing_ok=True)
