"""Summaries of the journal's entries, cached so that listing never re-reads every long text.

The cache is keyed by each file's size, modification time and inode: a file that changed is read
again, a file that is gone is dropped, and a cache that cannot be read is rebuilt. It is never
trusted over the files, and files that are not valid entries are reported every time. It holds
what the last listing found (`_Stored`): each file's name, stat and summary, in the listing's
order, and the folder's own time stamp. Every listing reads all of it, so it is kept as
`marshal` writes it, signed by this computer (`files.caches`): read at three times JSON's
speed, its values are the summaries' own, tuples and all.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from dataclasses import dataclass, field
from functools import partial
from itertools import chain
from operator import attrgetter, itemgetter
from stat import S_ISREG
from typing import TYPE_CHECKING, Any, NamedTuple

from thingsjournal.files.caches import read_marshalled, write_marshalled
from thingsjournal.files.problems import Problem
from thingsjournal.journal.sync_copies import SyncCopy, copy_of
from thingsjournal.text.patterns import ID_ALPHABET, ID_LENGTH

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from thingsjournal.journal.application import Application

INDEX_FORMAT = 7  # 4: badge events. 5: topics. 6: rows. 7: marshal's, and the listing as it was


class EntrySummary(NamedTuple):
    """What lists and counts need from an entry, without its long texts. A named tuple, not a
    dataclass: every listing makes one for every entry from its row of the index, at C's speed
    (`_summary`), where a frozen dataclass sets each field through `object.__setattr__`."""

    id: str
    kind: str
    file: str
    created: str
    updated: str
    programme: str | None = None
    thing: int | None = None
    title: str | None = None
    learning_date: str | None = None
    marked: str | None = None
    words: int = 0
    minutes: int | None = None
    elements: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    capabilities: tuple[str, ...] = ()
    sub_capabilities: tuple[str, ...] = ()
    covered: tuple[str, ...] = ()
    conflict_of: str | None = None
    badge_events: tuple[tuple[str, str], ...] = ()  # (event, ISO date): the application, for notices
    needs_endorsement: bool = False

    def application(self) -> Application:
        from datetime import date

        from thingsjournal.journal.application import Application, Event

        events = tuple(Event(name, date.fromisoformat(on)) for name, on in self.badge_events)
        return Application(events, self.needs_endorsement)


_OWN_NAME = re.compile(rf"-[{ID_ALPHABET}]{{{ID_LENGTH}}}\.toml\Z")  # as `store.file_name` names an entry
_OWN_END = len(f"-{'x' * ID_LENGTH}.toml")  # where in a name to look for it
INDEX_KEY = [INDEX_FORMAT, *EntrySummary._fields]  # a new field is a new index
INDEX_FILE = "index.cache"  # in the journal's app folder
EARLIER_INDEX = "index.json"  # what earlier versions kept, removed once this is written


@dataclass
class Listing:
    """The entries of one folder that loaded, sorted by creation, and the files that did not."""

    folder: Path
    entries: list[EntrySummary] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    keys: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # each entry file's (mtime_ns, size, inode)
    copies: dict[str, list[SyncCopy]] = field(default_factory=dict)  # entry id -> a sync tool's copies of it

    def path_of(self, entry: EntrySummary) -> Path:
        return self.folder / entry.file


def scan(
    folder: Path,
    index_file: Path | None,
    secret: bytes = b"",
    progress: Callable[[int, int], None] | None = None,
) -> Listing:
    """Summarise every entry file in `folder`, reading only those the index (signed with
    `secret`, see `files.caches.read_marshalled`) does not know; `progress(done, total)` is told
    after each file (reading them all takes seconds when the index is new).

    Python's cyclic garbage collector is paused meanwhile: the scan makes a few objects per
    entry, none in a cycle, and each collection pass looks at every object alive, so at 20,000
    entries the passes cost 40% on top of the scan (18 against 13 µs an entry) and its cost per
    entry grew with the journal."""
    import gc

    collecting = gc.isenabled()
    gc.disable()
    try:
        if not folder.is_dir():
            return Listing(folder)
        directory = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            return _scan(folder, directory, index_file, secret, progress)
        finally:
            os.close(directory)
    finally:
        if collecting:
            gc.enable()


def _scan(
    folder: Path,
    directory: int,
    index_file: Path | None,
    secret: bytes,
    progress: Callable[[int, int], None] | None,
) -> Listing:
    """The scan. Each file's stat is taken through the open folder (`directory`), sparing the
    kernel a walk of the folder's path for every file. When the folder holds the files the index
    was written for, each as it was then, the listing is the index's own, made without a line of
    Python per entry; else each file is compared with its row and read again where they differ.

    Which files the folder holds is known without listing it when its own time stamp is the one
    the index keeps: adding, removing or renaming a file changes it (`_settled`)."""
    folder_stat = os.fstat(directory)
    stamp = (folder_stat.st_mtime_ns, folder_stat.st_ino)
    stored = _read_index(index_file, secret) if index_file is not None else None
    found = None if stored is not None and stored.folder == stamp else _entry_names(directory)
    same_files = stored is not None and stored.entries is not None and (found is None or found == set(stored.files))
    if stored is not None and same_files and _unchanged(directory, stored):
        if index_file is not None and stored.folder != stamp and _settled(folder_stat):
            write_marshalled(index_file, INDEX_KEY, stored._replace(folder=stamp)._asdict(), secret)
        return stored.listing(folder)
    rows = stored.rows() if stored is not None else {}
    names = sorted(_entry_names(directory) if found is None else found)
    # A sync tool's copy of an entry sorts beside it, before or after; the entry's own file is
    # read first, so that it is always the entry and the copy is known as one.
    own_names = {name for name in names if _OWN_NAME.match(name, len(name) - _OWN_END)}
    copies = {name: copy for name in names if (copy := copy_of(name, own_names)) is not None}
    if copies:
        names = [name for name in names if name not in copies] + [name for name in names if name in copies]
    listing = Listing(folder)
    fresh: dict[str, Row] = {}
    by_id: dict[str, str] = {}
    for done, (name, key) in enumerate(zip(names, _keys(directory, names), strict=True), 1):
        if progress is not None:
            progress(done, len(names))
        if key is None:
            continue
        row = rows.get(name)
        if row is not None and row[0] == key:
            summary = _summary(row[1])
        else:
            read, problems = summarise(folder / name)
            if read is None:
                listing.problems.extend(problems)
                continue
            row = (key, tuple(read._replace(file=name)))  # the name's own string: `marshal` writes it once
            summary = _summary(row[1])
        copy = copies.get(name)
        if copy is not None and by_id.get(summary.id) == copy.of:
            listing.copies.setdefault(summary.id, []).append(copy)
            fresh[name] = row
            continue
        if summary.id in by_id:
            listing.problems.append(
                Problem(
                    str(folder / name),
                    f"entry id '{summary.id}' is also used by {by_id[summary.id]}; this file is not loaded",
                    "id",
                )
            )
            continue
        by_id[summary.id] = name
        fresh[name] = row
        listing.keys[name] = key
        listing.entries.append(summary)
    listing.entries.sort(key=attrgetter("created", "id"))
    if index_file is not None and (fresh or stored is not None):
        index = _Stored.of(listing, fresh, stamp if _settled(folder_stat) else None)
        if index != stored:
            write_marshalled(index_file, INDEX_KEY, index._asdict(), secret)
            with contextlib.suppress(OSError):  # where the app folder cannot be written, nor was it
                (index_file.parent / EARLIER_INDEX).unlink(missing_ok=True)
    return listing


Row = tuple[tuple[int, int, int], tuple[Any, ...]]  # a file's (mtime_ns, size, inode), its summary's values
_summary = partial(tuple.__new__, EntrySummary)  # the summary of a row's values, which this computer signed
_KEY_OF = attrgetter("st_mtime_ns", "st_size", "st_ino")  # a stat's key: a file changed is a key changed
_FIELDS = len(EntrySummary._fields)
_FILE = EntrySummary._fields.index("file")
SETTLED_NS = 2_000_000_000  # see `_settled`: ticks are milliseconds, and two seconds are far over any


class _Stored(NamedTuple):
    """The index as it is kept: what the last listing found, file by file, in the order it gives
    them (its entries, then sync tools' copies of them), each a few values in a long tuple, so
    that reading it makes few objects: `marshal` spends its time making them."""

    files: tuple[str, ...]
    stats: tuple[tuple[int, int, int], ...]  # each file's (mtime_ns, size, inode)
    summaries: tuple[tuple[Any, ...], ...]  # each file's summary's values
    entries: int | None  # how many of the files are the listing's entries; None when it named problems
    copies: tuple[tuple[str, str, str], ...]  # (entry id, the copy's file, the entry's own)
    folder: tuple[int, int] | None  # the folder's (mtime_ns, inode) as listed, if `_settled` then

    @classmethod
    def of(cls, listing: Listing, rows: dict[str, Row], folder: tuple[int, int] | None) -> _Stored:
        entries = [summary.file for summary in listing.entries]
        files = (*entries, *(name for name in rows if name not in listing.keys))
        copies = tuple((entry_id, copy.file, copy.of) for entry_id, each in listing.copies.items() for copy in each)
        return cls(
            files,
            tuple(rows[name][0] for name in files),
            tuple(rows[name][1] for name in files),
            None if listing.problems else len(entries),
            copies,
            folder,
        )

    def listing(self, folder: Path) -> Listing:
        """The listing it was written for."""
        assert self.entries is not None
        listing = Listing(folder, list(map(_summary, self.summaries[: self.entries])))
        listing.keys = dict(zip(self.files[: self.entries], self.stats, strict=False))
        for entry_id, file, of in self.copies:
            listing.copies.setdefault(entry_id, []).append(SyncCopy(file, of))
        return listing

    def rows(self) -> dict[str, Row]:
        """Each file's row, by name, to compare with a folder that has changed."""
        return dict(zip(self.files, zip(self.stats, self.summaries, strict=True), strict=True))


def _read_index(index_file: Path, secret: bytes) -> _Stored | None:
    """The index, if this computer wrote it and it has the shape this app gives it: checked
    whole, at C's speed, so that no value of the wrong kind reaches a summary's field through a
    row of the wrong length, and every summary is of the file it is kept for (a path always
    comes from the folder, never from the index). The files and stats need no check of their
    own: the index is used only where they equal the folder's."""
    known = read_marshalled(index_file, INDEX_KEY, secret)
    try:
        stored = _Stored(**known)
        files, stats, summaries, entries, copies, _ = stored
        shaped = (
            files.__class__ is stats.__class__ is summaries.__class__ is copies.__class__ is tuple
            and len(stats) == len(files) == len(summaries)
            and set(map(type, summaries)) <= {tuple}
            and set(map(len, summaries)) <= {_FIELDS}
            and tuple(map(itemgetter(_FILE), summaries)) == files
            and (entries is None or (entries.__class__ is int and 0 <= entries <= len(files)))
            and set(map(type, copies)) <= {tuple}
            and set(map(len, copies)) <= {3}
            and set(map(type, chain.from_iterable(copies))) <= {str}
        )
    except (TypeError, ValueError):
        return None
    return stored if shaped else None


def _unchanged(directory: int, stored: _Stored) -> bool:
    """Whether every file the index was written for is as it was then.

    A plain loop: the fastest way found, in a new process, by a tenth. A `partial` of os.stat
    holding `dir_fd` copies it into a new dict on every call, and a list of all the stats made
    first asks for fresh memory that a loop reuses."""
    stat = os.stat
    try:
        for name, key in zip(stored.files, stored.stats, strict=True):
            if _KEY_OF(stat(name, dir_fd=directory)) != key:
                return False
    except OSError:  # a file gone since
        return False
    return True


def _entry_names(directory: int) -> set[str]:
    return {name for name in os.listdir(directory) if name.endswith(".toml") and not name.startswith(".")}


def _settled(folder_stat: os.stat_result) -> bool:
    """Whether the folder last changed long enough before it was listed that any later change
    gives it another time stamp. A file system stamps a change with a clock of coarse ticks (a
    few milliseconds): a file added in the tick the folder was listed in could leave the stamp
    as it was, so a stamp younger than `SETTLED_NS` is never kept."""
    return time.time_ns() - folder_stat.st_mtime_ns > SETTLED_NS


def _keys(directory: int, names: list[str]) -> list[tuple[int, int, int] | None]:
    """Each regular file's (mtime_ns, size, inode), None for a file gone since the folder was
    listed, a link to nothing or a folder."""
    return [_key(directory, name) for name in names]


def _key(directory: int, name: str) -> tuple[int, int, int] | None:
    try:
        stat = os.stat(name, dir_fd=directory)
    except OSError:
        return None
    return _KEY_OF(stat) if S_ISREG(stat.st_mode) else None


def summarise(path: Path) -> tuple[EntrySummary | None, list[Problem]]:
    """Read one entry file fully and summarise it, or say why it is not a valid entry."""
    from thingsjournal.journal.entries import Reflection, read_entry

    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, [Problem(str(path), f"cannot be read: {error}")]
    entry, problems = read_entry(str(path), text)
    if entry is None:
        return None, problems
    common: dict[str, Any] = {  # the fields every kind of entry has
        "id": entry.id,
        "kind": entry.kind,
        "file": path.name,
        "created": entry.created.isoformat(),
        "updated": entry.updated.isoformat(),
        "learning_date": entry.learning_date.isoformat() if entry.learning_date else None,
        "words": entry.words(),
        "minutes": entry.minutes,
        "elements": entry.elements,
        "topics": entry.topics,
        "conflict_of": entry.conflict_of,
    }
    if isinstance(entry, Reflection):
        return EntrySummary(
            **common,
            programme=sys.intern(entry.programme),  # one string for all, read once from the index
            thing=entry.thing,
            marked=entry.marked(),
            capabilities=entry.capabilities,
            sub_capabilities=entry.sub_capabilities,
            covered=entry.covered,
            badge_events=tuple((e.event, e.on.isoformat()) for e in entry.badge.events) if entry.badge else (),
            needs_endorsement=bool(entry.badge and entry.badge.needs_endorsement),
        ), []
    return EntrySummary(**common, title=entry.title), []  # a learning record's, or a title made from the kind
