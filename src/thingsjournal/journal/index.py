"""Summaries of the journal's entries, cached so that listing never re-reads every long text.

The cache is keyed by each file's size, modification time and inode: a file that changed is read
again, a file that is gone is dropped, and a cache that cannot be read is rebuilt. It is never
trusted over the files, and files that are not valid entries are reported every time. Each
file's row is one flat JSON list, its stat then the summary's values in field order (the file's
name aside, which is the row's key): without a name for every value the index is half the size
and reads in under half the time, and every listing reads all of it.
"""

from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thingsjournal.files.json_cache import read_cache, write_cache
from thingsjournal.files.problems import Problem
from thingsjournal.journal.sync_copies import SyncCopy, copy_of
from thingsjournal.text.patterns import ID_ALPHABET, ID_LENGTH

if TYPE_CHECKING:
    from collections.abc import Callable

    from thingsjournal.journal.application import Application

INDEX_FORMAT = 6  # 3: words leave out a statement's headings; `covered`. 4: badge events. 5: topics. 6: rows


@dataclass(frozen=True)
class EntrySummary:
    """What lists and counts need from an entry, without its long texts."""

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


_OWN_NAME = re.compile(rf"-[{ID_ALPHABET}]{{{ID_LENGTH}}}\.toml$")  # as `store.file_name` names an entry
_ROW_FIELDS = tuple(item.name for item in fields(EntrySummary) if item.name != "file")  # a row's values, in order
_STAT = 3  # a row starts with the file's [mtime_ns, size, inode]
_TUPLE_PLACES = tuple(  # where in a row the summary's tuples are, which JSON gives as lists
    _STAT + _ROW_FIELDS.index(item.name) for item in fields(EntrySummary) if str(item.type).startswith("tuple")
)


@dataclass
class Listing:
    """The entries of one folder that loaded, sorted by creation, and the files that did not."""

    folder: Path
    entries: list[EntrySummary] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    keys: dict[str, list[int]] = field(default_factory=dict)  # each entry file's [mtime_ns, size, inode]
    copies: dict[str, list[SyncCopy]] = field(default_factory=dict)  # entry id -> a sync tool's copies of it

    def path_of(self, entry: EntrySummary) -> Path:
        return self.folder / entry.file


def scan(folder: Path, index_file: Path | None, progress: Callable[[int, int], None] | None = None) -> Listing:
    """Summarise every entry file in `folder`, reading only those the index does not know;
    `progress(done, total)` is told after each file (reading them all takes seconds when the
    index is new).

    Python's cyclic garbage collector is paused meanwhile: the scan makes a few objects per
    entry, none in a cycle, and each collection pass looks at every object alive, so at 20,000
    entries the passes cost 40% on top of the scan (18 against 13 µs an entry) and its cost per
    entry grew with the journal."""
    import gc

    collecting = gc.isenabled()
    gc.disable()
    try:
        return _scan(folder, index_file, progress)
    finally:
        if collecting:
            gc.enable()


def _scan(folder: Path, index_file: Path | None, progress: Callable[[int, int], None] | None) -> Listing:
    listing = Listing(folder)
    if not folder.is_dir():
        return listing
    known = read_cache(index_file, INDEX_FORMAT)
    fresh: dict[str, Any] = {}
    changed = False
    by_id: dict[str, str] = {}
    items = [
        item
        for item in sorted(os.scandir(folder), key=lambda item: item.name)
        if not item.name.startswith(".") and item.name.endswith(".toml") and item.is_file()
    ]
    # A sync tool's copy of an entry sorts beside it, before or after; the entry's own file is
    # read first, so that it is always the entry and the copy is known as one.
    own_names = {item.name for item in items if _OWN_NAME.search(item.name)}
    copies = {item.name: copy for item in items if (copy := copy_of(item.name, own_names)) is not None}
    if copies:
        items = [item for item in items if item.name not in copies] + [item for item in items if item.name in copies]
    for done, item in enumerate(items, 1):
        if progress is not None:
            progress(done, len(items))
        stat = item.stat()
        key = [stat.st_mtime_ns, stat.st_size, stat.st_ino]
        cached = known.get(item.name)
        summary = _summary_from_row(cached, item.name) if isinstance(cached, list) and cached[:_STAT] == key else None
        if summary is None:
            read, problems = summarise(Path(item.path))
            if read is None:
                listing.problems.extend(problems)
                continue
            summary = read
            values = asdict(summary)
            cached, changed = [*key, *(values[name] for name in _ROW_FIELDS)], True
        copy = copies.get(item.name)
        if copy is not None and by_id.get(summary.id) == copy.of:
            listing.copies.setdefault(summary.id, []).append(copy)
            fresh[item.name] = cached
            continue
        if summary.id in by_id:
            listing.problems.append(
                Problem(
                    item.path,
                    f"entry id '{summary.id}' is also used by {by_id[summary.id]}; this file is not loaded",
                    "id",
                )
            )
            continue
        by_id[summary.id] = item.name
        fresh[item.name] = cached
        listing.keys[item.name] = key
        listing.entries.append(summary)
    listing.entries.sort(key=lambda summary: (summary.created, summary.id))
    if index_file is not None and (changed or len(fresh) != len(known)):
        write_cache(index_file, INDEX_FORMAT, fresh)
    return listing


def _summary_from_row(row: list[Any], file: str) -> EntrySummary | None:
    """The summary a row of the index holds (JSON's lists made tuples again), named by its file:
    the path is the folder's, never the cache's; None unless it has a value for every field (the
    file is then read again). This runs for every entry of every listing, so the summary is made
    without the frozen dataclass's `__init__`, which sets each field through
    `object.__setattr__` (six times slower): the values are those `asdict` gave when the app
    wrote the index, whose digest has been checked, and only the fields that are tuples are
    converted."""
    if len(row) != _STAT + len(_ROW_FIELDS):
        return None
    for place in _TUPLE_PLACES:  # the row is this scan's own, read from the index just now
        value = row[place]
        if value.__class__ is list:
            row[place] = _tupled(value) if value and value[0].__class__ is list else tuple(value)
    summary = object.__new__(EntrySummary)
    values = summary.__dict__
    values.update(zip(_ROW_FIELDS, row[_STAT:], strict=True))
    values["file"] = file
    return summary


def _tupled(value: Any) -> Any:
    """JSON's lists as the summary's tuples, at every depth."""
    return tuple(_tupled(item) for item in value) if isinstance(value, list) else value


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
            programme=entry.programme,
            thing=entry.thing,
            marked=entry.marked(),
            capabilities=entry.capabilities,
            sub_capabilities=entry.sub_capabilities,
            covered=entry.covered,
            badge_events=tuple((e.event, e.on.isoformat()) for e in entry.badge.events) if entry.badge else (),
            needs_endorsement=bool(entry.badge and entry.badge.needs_endorsement),
        ), []
    return EntrySummary(**common, title=entry.title), []  # a learning record's, or a title made from the kind
