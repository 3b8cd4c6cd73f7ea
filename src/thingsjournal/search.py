"""Text search over the journal: every word the user wrote, found without re-reading files.

The searchable text of each entry (every field the user writes, case-folded) is cached in the
journal's app folder, keyed like the summary index by each file's modification time, size and
inode: a changed file is read again, and the cache is never trusted over the files.
"""

from __future__ import annotations

from pathlib import Path

from thingsjournal.journal_index import Listing, read_cache, write_cache

TEXTS_FORMAT = 1
TEXTS_FILE = "texts.json"  # in the journal's app folder


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def fold(text: str) -> str:
    """Text as search compares it: case-folded, with curly quotes made straight (so "what's"
    finds "What’s")."""
    return text.casefold().translate(_QUOTES)


def searchable_text(entry: object) -> str:
    """Everything the user wrote in an entry, folded, one field per line."""
    from thingsjournal.entries import Reflection

    if isinstance(entry, Reflection):
        parts = [entry.statement, *entry.answers.values(), *entry.headings.values()]
        if entry.badge:
            parts.append(entry.badge.feedback)
    else:
        parts = [entry.title, entry.activity, entry.learned, entry.practice]  # type: ignore[attr-defined]
    return fold("\n".join(part for part in parts if part))


def load_texts(listing: Listing, cache_file: Path | None) -> dict[str, str]:
    """The searchable text of every entry in `listing`, by entry id."""
    from thingsjournal.entries import read_entry

    known = {name: item for name, item in read_cache(cache_file, TEXTS_FORMAT).items() if isinstance(item, list) and len(item) == 3}
    fresh: dict[str, list[object]] = {}
    texts: dict[str, str] = {}
    for summary in listing.entries:
        path = listing.path_of(summary)
        try:
            stat = path.stat()
        except OSError:
            continue
        key = [stat.st_mtime_ns, stat.st_size, stat.st_ino]
        cached = known.get(summary.file)
        if cached and cached[0] == key and cached[1] == summary.id and isinstance(cached[2], str):
            text = cached[2]
        else:
            try:
                entry, _ = read_entry(str(path), path.read_bytes().decode("utf-8"))
            except (OSError, UnicodeDecodeError):
                continue
            if entry is None:
                continue
            text = searchable_text(entry)
        fresh[summary.file] = [key, summary.id, text]
        texts[summary.id] = text
    if cache_file is not None and fresh != known:
        write_cache(cache_file, TEXTS_FORMAT, fresh)
    return texts


def query_words(query: str) -> list[str]:
    """The words of a search, case-folded: an entry matches when it holds every one."""
    return fold(query).split()


def matches(text: str, words: list[str]) -> bool:
    return all(word in text for word in words)
