"""Emergency copies: the text on screen when the app must stop and cannot save it (a signal, a
crash, or quitting twice while the disk is full or the journal read-only).

Each copy is a whole entry file (readable by the user alone) in the state folder, else a private
folder in the temp folder. Its `updated` is still that of its entry's last save. The next start
offers each back: put back, it replaces its entry if that is still as it was (the same `updated`),
else it becomes a conflict copy beside it (both texts kept); or it is discarded. `check` names
every copy left (exit 1).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from thingsjournal.files.safe import atomic_write, make_private_dir
from thingsjournal.paths import emergency_folders

if TYPE_CHECKING:
    from pathlib import Path

    from thingsjournal.journal.entries import AnyEntry
    from thingsjournal.journal.store import JournalStore, SaveResult

FOLDER = "emergency"


def keep(entry: AnyEntry) -> Path:
    """Write `entry` (as built from its last save and the unsaved changes) as an emergency copy;
    an OSError if no folder will take it."""
    from thingsjournal.journal.entries import to_toml

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    data = to_toml(entry)
    failure: OSError | None = None
    for place in emergency_folders():
        folder = place / FOLDER
        path = folder / f"{entry.id}-{stamp}.toml"
        try:
            make_private_dir(folder)
            atomic_write(path, data)
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


def put_back(store: JournalStore, path: Path) -> SaveResult:
    """Save the copy into the journal: over its entry if that is unchanged since, else as a
    conflict copy (the store's own rule for a file changed elsewhere); then remove the copy."""
    from thingsjournal.errors import UserError
    from thingsjournal.journal.entries import read_entry_file
    from thingsjournal.journal.store import JournalError

    entry = read_entry_file(path)
    if entry is None:
        raise UserError(f"{path}: not a whole entry; it is left where it is")
    try:
        current = store.load(entry.id)
    except (UserError, JournalError, OSError):
        current = None
    if current is not None and current.updated != entry.updated:
        result = store.save_as_conflict_copy(entry)
    else:
        result = store.save(entry)
    discard(path)
    return result


def discard(path: Path) -> None:
    path.unlink(missing_ok=True)
