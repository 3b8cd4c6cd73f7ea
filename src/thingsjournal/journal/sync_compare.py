"""What a sync tool's copy of an entry holds (`journal.sync_copies`), read in full for
comparing with the entry."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from thingsjournal.journal.store import JournalError

if TYPE_CHECKING:
    from pathlib import Path

    from thingsjournal.journal.sync_copies import SyncCopy


def copy_data(folder: Path, copy: SyncCopy) -> dict[str, Any]:
    """The copy's entry as data, as the cache of entries holds an entry (`entry_texts` reads it);
    a JournalError saying why, where it cannot be read."""
    from thingsjournal.journal.entries import read_entry

    path = folder / copy.file
    try:
        entry, problems = read_entry(str(path), path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise JournalError(f"{path}: cannot be read: {error}") from error
    if entry is None:
        raise JournalError(str(problems[0]))
    return entry.model_dump(mode="json", by_alias=True)
