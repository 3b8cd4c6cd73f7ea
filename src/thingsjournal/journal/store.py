"""The journal: one TOML file per entry in a private folder, written so that no word is lost.

Saves are atomic and private (0600 files, 0700 folders). A file changed on disk since this store
read it is never overwritten: the user's version is saved as a new entry marked as a conflict copy
of the other. Files that are not valid entries are reported and never touched. Deleting moves an
entry to a trash folder inside the journal, from which it can be restored. Every save that changes
an entry keeps the file it replaces as a version (`journal.versions`), which goes to the trash and
back with its entry.

The entry models (and so pydantic) are imported only when an entry is read or written in full:
listing from the index needs neither, which keeps `things` and Home fast.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from thingsjournal.catalog.sources import DEFAULT_PROGRAMME
from thingsjournal.errors import UserError
from thingsjournal.files.digests import blake2b
from thingsjournal.files.kept_folder import KeptFolder
from thingsjournal.files.kept_lock import KeptLock
from thingsjournal.files.problems import Problem
from thingsjournal.files.safe import atomic_write_in, make_private_dir, sync_dir
from thingsjournal.journal.index import INDEX_FILE, EntrySummary, Listing, scan
from thingsjournal.journal.versions import (
    TRASHED_VERSIONS_DIR,
    VERSIONS_DIR,
    forget_versions,
    keep_replaced,
    keep_text,
    move_versions,
    thin,
    utc_now,
)
from thingsjournal.text.patterns import ID_ALPHABET, ID_CHARACTERS

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from thingsjournal.journal.entries import AnyEntry as Entry
    from thingsjournal.journal.sync_copies import SyncCopy

APP_DIR = ".thingsjournal"  # the app's own files: the index, the lock, editor drafts
TRASH_DIR = ".trash"


class JournalError(Exception):
    """A save, delete or restore that could not be done; the message is one line for the user."""


class SaveResult(NamedTuple):
    entry: Entry
    path: Path
    conflict_with: str | None = None
    removed: bool = False  # the entry's file was gone (moved to the trash elsewhere)

    def message(self) -> str:
        if self.conflict_with and self.removed:
            return (
                f"entry {self.conflict_with} was moved to the trash or removed elsewhere while open: "
                f"your text is kept as a new entry {self.entry.id} ({self.path.name}); "
                f"'thingsjournal restore --entry {self.conflict_with}' brings the other back"
            )
        if self.conflict_with:
            return (
                f"entry {self.conflict_with} was changed elsewhere since it was opened: both are kept, "
                f"your version as entry {self.entry.id} ({self.path.name})"
            )
        return f"saved entry {self.entry.id} ({self.path.name})"


def file_name(entry: Entry) -> str:
    """`2026-11-24-thing-05-k3f9x2ab.toml`: the creation date, what it is, and its id."""
    if entry.kind == "reflection":
        what = (
            f"thing-{entry.thing:02d}"
            if entry.programme == DEFAULT_PROGRAMME
            else f"{entry.programme}-{entry.thing:02d}"
        )
    else:
        what = entry.kind
    return f"{entry.created:%Y-%m-%d}-{what}-{entry.id}.toml"


class JournalStore:
    """The entries in one journal folder. Each copy of the app has its own store."""

    def __init__(self, folder: Path, keep_versions: bool = True, secret: bytes = b"") -> None:
        self.folder = folder
        self.secret = secret  # this computer's (`files.caches.machine_secret`): without one, no index is kept
        self.app_dir = folder / APP_DIR
        self.trash_dir = folder / TRASH_DIR
        self.keep_versions = keep_versions  # off only where a benchmark times saving without them
        self._lock = KeptLock(self.app_dir / "lock")  # held while a change is checked and written
        self._kept_folder = KeptFolder(folder)  # what a save writes through, under the lock
        self._seen: dict[str, tuple[Path, bytes]] = {}  # id -> (file, `_fingerprint` of the bytes we read or wrote)
        self._copies: dict[str, tuple[str, datetime]] = {}  # id -> (its conflict copy's id, when made)
        self._stats: dict[str, tuple[bytes, tuple[int, int, int]]] = {}  # id -> (fingerprint, its file's stat then)
        self._thinned: dict[str, int] = {}  # id -> the minute (since the epoch) its versions were last thinned

    # Reading

    def listing(self, progress: Callable[[int, int], None] | None = None) -> Listing:
        """Every entry's summary, and every file that is not a valid entry (see `index.scan`)."""
        return scan(self.folder, self.app_dir / INDEX_FILE, self.secret, progress)

    def trash(self) -> Listing:
        return scan(self.trash_dir, None)

    def resolve(self, prefix: str, listing: Listing | None = None, where: str = "journal") -> EntrySummary:
        """The entry whose id starts with `prefix`; a UserError if none or several do."""
        listing = listing or self.listing()
        wanted = prefix.strip().lower()
        matches = [summary for summary in listing.entries if wanted and summary.id.startswith(wanted)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            odd = sorted(set(wanted) - set(ID_ALPHABET))
            hint = f" (ids use only {ID_CHARACTERS}, not {', '.join(repr(c) for c in odd)})" if odd else ""
            raise UserError(f"no entry '{prefix}' in the {where} at {self.folder}{hint}")
        shown = ", ".join(summary.id for summary in matches[:5])
        raise UserError(
            f"entry '{prefix}' could be any of {shown}{' ...' if len(matches) > 5 else ''}: type more of its id"
        )

    def load(self, entry_id: str) -> Entry:
        """Read one entry in full, remembering its bytes so a later save can spot outside changes."""
        from thingsjournal.journal.entries import read_entry

        listing = self.listing()
        summary = self.resolve(entry_id, listing)
        path = listing.path_of(summary)
        data = path.read_bytes()
        entry, problems = read_entry(str(path), data.decode("utf-8"))
        if entry is None:
            raise JournalError(str(problems[0]))
        self._seen[entry.id] = (path, _fingerprint(data))
        return entry

    def changed_elsewhere(self, entry_id: str) -> bool:
        """Whether the entry's file now holds other bytes than this store last read or wrote
        (a sync tool brought another device's text, another program saved it). Cheap enough to
        ask every few seconds: the file is read only when its size, time or inode changed."""
        seen = self._seen.get(entry_id)
        if seen is None:
            return False
        path, fingerprint = seen
        try:
            found = path.stat()
        except OSError:
            return False  # gone: the next save keeps the text as a new entry (`_save_locked`)
        key = (found.st_mtime_ns, found.st_size, found.st_ino)
        if self._stats.get(entry_id) == (fingerprint, key):
            return False
        data = _read_or_none(path)
        if data is None or _fingerprint(data) != fingerprint:
            return data is not None
        self._stats[entry_id] = (fingerprint, key)
        return False

    def keep_shown(self, entry: Entry) -> None:
        """Keep `entry`, as this store last saved or read it, as one of its versions: its file
        was changed elsewhere, and the app is about to show the new text instead."""
        from thingsjournal.journal.entries import to_toml

        keep_text(self.versions_folder(entry.id), to_toml(entry), entry.updated)

    def leftovers(self) -> list[Problem]:
        """Text that may still be wanted: a save interrupted before its rename left its temporary
        file, and a failed editor left its draft. Neither is deleted; `check` names them."""
        found = [
            Problem(
                str(path),
                "left by an interrupted save: it may hold newer text than its entry; copy it over the entry if so",
            )
            for path in sorted(self.folder.glob(".*.tmp"))
        ]
        found += [
            Problem(str(path), "a draft kept when an editor failed: its text was not saved to any entry")
            for path in sorted((self.app_dir / "drafts").glob("*"))
        ]
        found += [
            Problem(str(path), "part of a save that was cut short: its entry kept its last whole save")
            for path in sorted((self.app_dir / "interrupted").glob("*"))
        ]
        return found

    def versions_folder(self, entry_id: str, trashed: bool = False) -> Path:
        """Where an entry's versions are kept: in the app folder, or in the trash with it."""
        if trashed:
            return self.trash_dir / TRASHED_VERSIONS_DIR / entry_id
        return self.app_dir / VERSIONS_DIR / entry_id

    # Writing

    def ensure_folder(self) -> str | None:
        """Create the journal folder privately if it is missing; a warning if others can read it."""
        if not self.folder.exists():
            make_private_dir(self.folder)
            return None
        if stat.S_IMODE(self.folder.stat().st_mode) & 0o077:
            return f"the journal folder {self.folder} can be read by other users (chmod 700 to keep it private)"
        return None

    def open_to_others(self) -> list[Path]:
        """The journal's folders and files that users other than its owner may read or change."""
        if not self.folder.is_dir():
            return []
        found = [self.folder] if stat.S_IMODE(self.folder.stat().st_mode) & 0o077 else []
        for root, dirs, files in os.walk(self.folder):
            for name in dirs + files:
                path = Path(root, name)
                with contextlib.suppress(OSError):
                    if not path.is_symlink() and stat.S_IMODE(path.stat().st_mode) & 0o077:
                        found.append(path)
        return found

    def save(self, entry: Entry) -> SaveResult:
        """Write `entry`, stamped with the time; a conflict copy if its file changed elsewhere."""
        try:
            with self._lock:  # which makes the journal's folders, privately, if missing
                return self._save_locked(entry, self._kept_folder.descriptor())
        except OSError as error:
            raise JournalError(
                f"could not save entry {entry.id} in {self.folder}: {error.strerror or error}"
            ) from error

    def save_as_conflict_copy(self, entry: Entry) -> SaveResult:
        """`entry` as a new entry marked as a conflict copy of its own id, so both texts stay:
        forgetting that this store read the file makes `save` treat it as changed elsewhere."""
        self._seen.pop(entry.id, None)
        return self.save(entry)

    def _save_locked(self, entry: Entry, folder: int) -> SaveResult:
        """`save`, under the lock; `folder` is the journal's, open."""
        from thingsjournal.journal.entries import now

        if entry.id in self._copies:  # once copied after a conflict, this store's edits go to the copy
            copy_id, made = self._copies[entry.id]
            entry = entry.model_copy(
                update={"id": copy_id, "conflict_of": entry.id, "conflict_at": made, "created": made}
            )
        seen = self._seen.get(entry.id)
        path = seen[0] if seen else self.folder / file_name(entry)
        on_disk = _read_or_none(path.name, folder)
        changed_elsewhere = on_disk is not None and (seen is None or _fingerprint(on_disk) != seen[1])
        # A file this store wrote or read that is gone was deleted elsewhere (to the trash, by
        # the command line or another window): writing it again would leave two files with one
        # id, and `restore` would refuse. The text goes to a new entry instead.
        removed = seen is not None and on_disk is None
        if changed_elsewhere or removed:
            copy = self._new_conflict_copy(entry)
            copy_path = self.folder / file_name(copy)
            self._write(folder, copy, copy_path)
            self._copies[entry.id] = (copy.id, copy.created)
            return SaveResult(copy, copy_path, conflict_with=entry.id, removed=removed)
        from thingsjournal.journal.entries import to_toml

        saved = entry.model_copy(update={"updated": now()})
        data = to_toml(saved)
        keep_old = on_disk is not None and self.keep_versions and _changes(data, on_disk, entry, saved)
        self._write(folder, saved, path, keep_old, data)
        return SaveResult(saved, path)

    def settle_copy(self, copy: SyncCopy, keep: str, merged: dict[str, Any] | None = None) -> str:
        """Settle a sync tool's copy of an entry (`journal.sync_copies`) as the user chose, and
        say what was done: keep the "entry" (the copy's text becomes one of its versions), the
        "copy" (its text becomes the entry's, whose text before becomes a version), "both"
        (the copy becomes a new entry, marked as a conflict copy of the entry), or the "merge"
        of the two paragraph by paragraph (`journal.merge`: its data), both texts before
        becoming versions. The copy's file is removed only once its text is kept, so no word
        is lost."""
        from thingsjournal.journal.entries import now, read_entry
        from thingsjournal.journal.sync_copies import KEEP

        if keep not in (*KEEP, "merge") or (keep == "merge") != (merged is not None):
            raise ValueError(f"keep one of {', '.join(KEEP)}, or merge with its data, not {keep!r}")
        copy_path, own_path = self.folder / copy.file, self.folder / copy.of
        try:
            with self._lock:
                folder = self._kept_folder.descriptor()
                entry, problems = read_entry(str(copy_path), copy_path.read_bytes().decode("utf-8"))
                if entry is None:
                    raise JournalError(str(problems[0]))
                if keep == "entry":
                    keep_replaced(copy_path, self.versions_folder(entry.id))
                    said = f"kept entry {entry.id} as it is; the copy's text is one of its versions"
                elif keep == "merge":
                    from thingsjournal.journal.entries import entry_adapter

                    chosen = entry_adapter.validate_python({**(merged or {}), "id": entry.id})
                    keep_replaced(copy_path, self.versions_folder(entry.id))
                    self._write(folder, chosen.model_copy(update={"updated": now()}), own_path, own_path.exists())
                    said = f"entry {entry.id} now holds the paragraphs chosen; both texts before are its versions"
                elif keep == "copy":
                    self._write(folder, entry.model_copy(update={"updated": now()}), own_path, own_path.exists())
                    said = f"entry {entry.id} now holds the copy's text; its text before is one of its versions"
                else:  # both
                    new = self._new_conflict_copy(entry)
                    self._write(folder, new, self.folder / file_name(new))
                    said = f"kept both: the copy is now entry {new.id} ({file_name(new)}), beside entry {entry.id}"
                copy_path.unlink()
                sync_dir(self.folder)
        except (OSError, UnicodeDecodeError) as error:
            raise JournalError(
                f"could not settle the copy {copy_path}: {getattr(error, 'strerror', None) or error}"
            ) from error
        return f"{said}; {copy.file} is removed"

    def _new_conflict_copy(self, entry: Entry) -> Entry:
        """`entry` as a new entry of its own, made now, marked as a conflict copy of it."""
        from thingsjournal.journal.entries import now

        stamp = now()
        update = {"id": self._unused_id(), "conflict_of": entry.id, "conflict_at": stamp, "created": stamp}
        return entry.model_copy(update={**update, "updated": stamp})

    def _write(self, folder: int, entry: Entry, path: Path, keep_old: bool = False, data: bytes | None = None) -> None:
        """Write `entry` (`data`: its TOML, where already made) to `path`, a file of the journal
        `folder` (open); with `keep_old`, the file it replaces becomes a version."""
        from thingsjournal.journal.entries import to_toml

        data = to_toml(entry) if data is None else data
        if not keep_old:
            atomic_write_in(folder, path.name, data)
        else:
            versions = self.versions_folder(entry.id)
            atomic_write_in(folder, path.name, data, lambda: keep_replaced(path, versions))
            self._thin(entry.id, versions)
        self._seen[entry.id] = (path, _fingerprint(data))

    def _thin(self, entry_id: str, versions: Path) -> None:
        """Thin an entry's versions at most once a minute: nothing under ten minutes old is
        thinned and the finest bucket after that is a minute, so thinning at every autosave
        would only read the folder again for nothing (and cost each save a scan of it)."""
        now = utc_now()
        minute = int(now.timestamp()) // 60
        if self._thinned.get(entry_id) != minute:
            self._thinned[entry_id] = minute
            thin(versions, now)

    def _unused_id(self) -> str:
        from thingsjournal.journal.entries import new_id

        taken = {summary.id for summary in self.listing().entries}
        while (candidate := new_id()) in taken:
            continue
        return candidate

    def delete(self, entry_id: str) -> EntrySummary:
        """Move an entry to the trash folder inside the journal."""
        listing = self.listing()
        summary = self.resolve(entry_id, listing)
        self._move(listing.path_of(summary), self.trash_dir, summary.id)
        self._seen.pop(summary.id, None)
        return summary

    def restore(self, entry_id: str) -> EntrySummary:
        """Move an entry back from the trash."""
        listing = self.trash()
        summary = self.resolve(entry_id, listing, where="trash")
        if summary.id in {s.id for s in self.listing().entries}:
            raise UserError(f"entry {summary.id} is in the journal already; the copy in the trash stays there")
        self._move(listing.path_of(summary), self.folder, summary.id)
        return summary

    def forget_history(self, entry_id: str) -> int:
        """Remove every version of an entry (in the journal or the trash); how many."""
        try:
            with self._lock:
                return sum(forget_versions(self.versions_folder(entry_id, trashed)) for trashed in (False, True))
        except OSError as error:
            raise JournalError(f"could not forget the versions of {entry_id}: {error.strerror or error}") from error

    def _move(self, source: Path, folder: Path, entry_id: str) -> None:
        """Move an entry's file (and its versions with it) to the trash or back."""
        to_trash = folder == self.trash_dir
        try:
            with self._lock:
                make_private_dir(folder)
                target = folder / source.name
                if target.exists():
                    raise JournalError(f"{target} exists already; nothing was moved")
                os.replace(source, target)
                move_versions(
                    self.versions_folder(entry_id, trashed=not to_trash), self.versions_folder(entry_id, to_trash)
                )
                sync_dir(source.parent)
                sync_dir(folder)
        except OSError as error:
            raise JournalError(f"could not move {source.name} to {folder}: {error.strerror or error}") from error


def _changes(data: bytes, on_disk: bytes, before: Entry, after: Entry) -> bool:
    """Whether saving `after` (`data`, its TOML) changes the file beyond its time stamp (a save
    that changes nothing keeps no version): the file is compared with `before` as TOML, which is
    `data` but for the `updated` line, written before any text (no second TOML is made)."""
    stamp = b"updated = %s\n"
    was = data.replace(stamp % after.updated.isoformat().encode(), stamp % before.updated.isoformat().encode(), 1)
    return was != on_disk


KEPT_WHOLE = 1 << 16  # bytes: a file this size or under is remembered as it is


def _fingerprint(data: bytes) -> bytes:
    """What a later look compares a file's bytes with: a small file's own bytes (comparing them
    costs less than hashing them, at every save), a digest of a larger one."""
    return data if len(data) <= KEPT_WHOLE else blake2b(data).digest()


def _read_or_none(path: Path | str, folder: int | None = None) -> bytes | None:
    """The file's bytes (a name in the open `folder`, if given), read without a buffered file
    object (half the time of `read_bytes`: every save reads the file it replaces), or None if
    there is none."""
    try:
        fd = os.open(path, os.O_RDONLY, dir_fd=folder)
    except FileNotFoundError:
        return None
    try:
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
    finally:
        os.close(fd)
    return b"".join(chunks)
