"""Every entry's full data, cached so that search and export need not parse every TOML file.

Parsing TOML costs about 0.2 ms for an entry of 400 words, so a thousand entries would take a
fifth of a second each time. The cache holds each valid entry as JSON, keyed like the summary
index by its file's modification time, size and inode: a changed file is read and validated
again, a file that is gone is dropped, and the cache is never trusted over the files. It lives in
the journal's app folder (0600) and is left out of backups. An entry over `LARGEST_CACHED` is
read from its file each time: the cache is for the many entries of usual size, and a copy of a
very large one would only double the memory and the disk it takes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from thingsjournal.files.json_cache import read_cache, write_cache

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from thingsjournal.journal.index import Listing

ENTRIES_FORMAT = 1
ENTRIES_FILE = "entries.json"  # in the journal's app folder
LARGEST_CACHED = 1_000_000  # bytes of an entry file


def cached_entries(listing: Listing, cache_file: Path | None) -> dict[str, dict[str, Any]]:
    """The data of every entry in `listing` that can be read (as `model_dump(mode="json")`
    gives it), by entry id. Only an entry read again loads the models (pydantic)."""
    known = read_cache(cache_file, ENTRIES_FORMAT)
    fresh: dict[str, list[Any]] = {}
    found: dict[str, dict[str, Any]] = {}
    for summary in listing.entries:
        path = listing.path_of(summary)
        try:
            stat = path.stat()
        except OSError:
            continue
        key = [stat.st_mtime_ns, stat.st_size, stat.st_ino]
        cached = known.get(summary.file)
        if (
            isinstance(cached, list)
            and len(cached) == 2
            and cached[0] == key
            and isinstance(cached[1], dict)
            and cached[1].get("id") == summary.id
        ):
            data = cached[1]
        else:
            from thingsjournal.journal.entries import read_entry

            try:
                entry, _ = read_entry(str(path), path.read_bytes().decode("utf-8"))
            except (OSError, UnicodeDecodeError):
                continue
            if entry is None:
                continue
            data = entry.model_dump(mode="json", by_alias=True)
        if stat.st_size <= LARGEST_CACHED:
            fresh[summary.file] = [key, data]
        found[summary.id] = data
    if cache_file is not None and fresh != known:
        write_cache(cache_file, ENTRIES_FORMAT, fresh)
    return found


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
