"""Every entry's full data, cached so that search and export need not parse every TOML file.

Parsing TOML and validating an entry costs about 0.3 ms for one of 400 words, so a thousand
entries would take a third of a second each time. The cache holds each valid entry's data as
JSON (as `model_dump(mode="json", by_alias=True)` gives it), keyed like the summary index by its
file's modification time, size and inode: a changed file is read and validated again, a file
that is gone is dropped, and the cache is never trusted over the files.

It is one file in the journal's app folder (0600, left out of backups): each entry a record of
its own, compressed, and at the end a table of where each record is, with a BLAKE2b digest of
each record and of the table. Reading it takes the table alone; an entry is read when it is
asked for (`EntryData`), so an export of 20,000 entries holds one at a time, and the cache on
disk is about a third of the journal's size. A record that is not exactly what the app wrote is
never used: its entry is read from its file. An entry over `LARGEST_CACHED` is read from its
file each time: the cache is for the many entries of usual size.
"""

from __future__ import annotations

import json
import os
import weakref
import zlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from thingsjournal.files.digests import blake2b

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from thingsjournal.journal.index import EntrySummary, Listing

ENTRIES_FORMAT = 2
ENTRIES_FILE = "entries.cache"  # in the journal's app folder
FINDINGS_FILE = "findings.cache"  # beside it: the privacy check's findings, remembered (`privacy.remembered`)
EARLIER_FILES = ("entries.json",)  # what earlier versions kept, removed once this is written
LARGEST_CACHED = 1_000_000  # bytes of an entry file
MAGIC = b"thingsjournal entries 2\n"
TRAILER = len(b"%020d %s\n" % (0, b"0" * 32))  # where the table starts, and the table's digest

Data = dict[str, Any]  # an entry's data: `model_dump(mode="json", by_alias=True)` of its model
Place = tuple[int, int, str]  # a record's offset, length and digest


def _digest(payload: bytes) -> str:
    return blake2b(payload, digest_size=16).hexdigest()


class EntryData(Mapping[str, Data]):
    """The data of every entry that can be read, by id, each read from the cache file (or its
    own file) when asked for. It holds the cache file open, so a newer cache written meanwhile
    by another copy of the app never mixes with this one."""

    def __init__(self, fd: int | None, places: dict[str, Place], summaries: dict[str, EntrySummary], listing: Listing):
        self._fd = fd
        self._places = places
        self._summaries = summaries
        self._listing = listing
        self._held: dict[str, Data] = {}  # entries not in the cache file: too large, or not written
        if fd is not None:
            weakref.finalize(self, os.close, fd)

    def hold(self, entry_id: str, data: Data) -> None:
        self._held[entry_id] = data

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._held or entry_id in self._places

    def __getitem__(self, entry_id: str) -> Data:
        if entry_id in self._held:
            return self._held[entry_id]
        offset, length, digest = self._places[entry_id]
        data = _record(self._fd, offset, length, digest, entry_id) if self._fd is not None else None
        if data is None:  # not what the app wrote: the file itself
            data = _read_file(self._listing.path_of(self._summaries[entry_id]))
            if data is None:
                raise KeyError(entry_id)
        return data

    def __iter__(self) -> Iterator[str]:
        yield from self._held
        yield from (entry_id for entry_id in self._places if entry_id not in self._held)

    def __len__(self) -> int:
        return len(self._held) + sum(entry_id not in self._held for entry_id in self._places)


def cached_entries(listing: Listing, cache_file: Path | None) -> EntryData:
    """The data of every entry in `listing` that can be read. Only an entry read again loads the
    models (pydantic); when any was, the cache file is written again, record by record."""
    fd, table, end = _open(cache_file)
    current: list[tuple[EntrySummary, tuple[int, int, int], Any]] = []
    for summary in listing.entries:
        key = listing.keys[summary.file]  # as the scan found the file: the data then match the summary
        known = table.get(summary.file)
        current.append((summary, key, known if _is_place(known, key, summary.id, end) else None))
    summaries = {summary.id: summary for summary, _, _ in current}
    cached = [(summary, known) for summary, key, known in current if key[1] <= LARGEST_CACHED]
    if fd is not None and all(known for _, known in cached) and len(cached) == len(table):
        places: dict[str, Place] = {summary.id: (known[2], known[3], known[4]) for summary, known in cached}
        found = EntryData(fd, places, summaries, listing)
        for summary, key, _ in current:  # too large for the cache: read from its file each time
            data = _read_file(listing.path_of(summary)) if key[1] > LARGEST_CACHED else None
            if data is not None:
                found.hold(summary.id, data)
        return found
    return _rebuild(cache_file, fd, current, summaries, listing)


def _rebuild(
    cache_file: Path | None,
    old: int | None,
    current: list[tuple[EntrySummary, tuple[int, int, int], Any]],
    summaries: dict[str, EntrySummary],
    listing: Listing,
) -> EntryData:
    """Write the cache again: the records still current copied from the old file, the others
    read from their files. Without a cache file (or where it cannot be written) every entry is
    held in memory instead, as it was read."""
    from thingsjournal.files.safe import make_private_dir, replacing

    held: dict[str, Data] = {}
    places: dict[str, Place] = {}
    table: dict[str, list[Any]] = {}
    try:
        if cache_file is None:
            raise OSError("no cache file")
        make_private_dir(cache_file.parent)
        with replacing(cache_file) as handle:
            handle.write(MAGIC)
            offset = len(MAGIC)
            for summary, key, known in current:
                record = _copied(old, known) if known else None
                if record is None:
                    data = _read_file(listing.path_of(summary))
                    if data is None:
                        continue
                    if key[1] > LARGEST_CACHED:
                        held[summary.id] = data
                        continue
                    record = zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"))
                handle.write(record)
                place = (offset, len(record), _digest(record))
                places[summary.id] = place
                table[summary.file] = [key, summary.id, *place]
                offset += len(record)
            payload = json.dumps(table).encode("ascii")
            handle.write(payload + b"%020d %s\n" % (offset, _digest(payload).encode("ascii")))
        for name in EARLIER_FILES:
            (cache_file.parent / name).unlink(missing_ok=True)
        fd: int | None = os.open(cache_file, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        fd, places = None, {}
        for summary, _, known in current:
            data = (_copied_data(old, known, summary.id) if known else None) or _read_file(listing.path_of(summary))
            if data is not None:
                held[summary.id] = data
    finally:
        if old is not None:
            os.close(old)
    found = EntryData(fd, places, summaries, listing)
    for entry_id, data in held.items():
        found.hold(entry_id, data)
    return found


def _open(cache_file: Path | None) -> tuple[int | None, dict[str, Any], int]:
    """The cache file, open, its table (by file name) and where its records end; None, {} and
    0 unless it is exactly what the app wrote."""
    if cache_file is None:
        return None, {}, 0
    try:
        fd = os.open(cache_file, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return None, {}, 0
    try:
        size = os.fstat(fd).st_size
        if size < len(MAGIC) + TRAILER or os.pread(fd, len(MAGIC), 0) != MAGIC:
            raise ValueError("not this cache")
        start, digest = os.pread(fd, TRAILER, size - TRAILER).split()
        payload = os.pread(fd, size - TRAILER - int(start), int(start))
        if _digest(payload) != digest.decode("ascii"):
            raise ValueError("edited or damaged")
        table = json.loads(payload)
        if not isinstance(table, dict):
            raise ValueError("not a table")
    except (OSError, ValueError):
        os.close(fd)
        return None, {}, 0
    return fd, table, int(start)


def _is_place(known: Any, key: tuple[int, int, int], entry_id: str, end: int) -> bool:
    """Whether a table row is of this file as it is now, and of this entry, and its record lies
    among the records (which end at `end`)."""
    return (
        isinstance(known, list)
        and len(known) == 5
        and isinstance(known[0], list)
        and tuple(known[0]) == key
        and known[1] == entry_id
        and all(isinstance(value, int) and value >= 0 for value in known[2:4])
        and known[2] + known[3] <= end
        and isinstance(known[4], str)
    )


def _copied(fd: int | None, known: list[Any]) -> bytes | None:
    """A current record's bytes from the old file, if they are what the app wrote (its digest
    is in the table, whose own digest was checked)."""
    if fd is None:
        return None
    offset, length, digest = known[2:]
    try:
        record = os.pread(fd, length, offset)
    except OSError:
        return None
    return record if _digest(record) == digest else None


def _copied_data(fd: int | None, known: list[Any], entry_id: str) -> Data | None:
    return _record(fd, known[2], known[3], known[4], entry_id) if fd is not None else None


def _record(fd: int, offset: int, length: int, digest: str, entry_id: str) -> Data | None:
    try:
        record = os.pread(fd, length, offset)
    except OSError:
        return None
    return _decoded(record, entry_id) if _digest(record) == digest else None


def _decoded(record: bytes, entry_id: str) -> Data | None:
    """A record's data, if it is an entry's of this id."""
    try:
        data = json.loads(zlib.decompress(record))
    except (zlib.error, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("id") == entry_id and isinstance(data.get("kind"), str) else None


def _read_file(path: Path) -> Data | None:
    """An entry's data read and validated from its file (the models: pydantic), or None."""
    from thingsjournal.journal.entries import read_entry

    try:
        entry, _ = read_entry(str(path), path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    return None if entry is None else entry.model_dump(mode="json", by_alias=True)


def entry_texts(entry: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Each text the user wrote in an entry (its data, as the cache of entries holds it), with
    the field's name as `privacy --json` gives it."""
    kind = entry["kind"]
    if kind == "reflection":
        yield "statement", entry.get("statement", "")
        for prompt_id, text in entry.get("answers", {}).items():
            yield f"prompt.{prompt_id}", text
        for heading, text in entry.get("headings", {}).items():
            yield f"heading.{heading}", text
        badge = entry.get("badge") or {}
        for number, event in enumerate(badge.get("events", ()), start=1):
            yield f"badge.{number}.feedback", event.get("feedback", "")
        yield "badge.notes", badge.get("notes", "")
    elif kind == "learning":
        for field in ("title", "activity", "learned", "practice"):
            yield field, entry.get(field, "")
    elif kind == "assessment":
        for element, standing in entry.get("standings", {}).items():
            yield f"standing.{element}", standing.get("evidence", "")
        for number, action in enumerate(entry.get("actions", ()), start=1):
            for field in ("goal", "actions", "support", "review"):
                yield f"action.{number}.{field}", action.get(field, "")
    elif kind == "rating":
        yield "notes", entry.get("notes", "")
    yield "summary", entry.get("summary", "")
