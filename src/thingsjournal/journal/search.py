"""Text search over the journal: every word the user wrote, found without re-reading files
(the entries come from `entry_cache`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from thingsjournal.journal.entry_cache import cached_entries, entry_texts

if TYPE_CHECKING:
    from pathlib import Path

    from thingsjournal.journal.index import Listing

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def fold(text: str) -> str:
    """Text as search compares it: case-folded, with curly quotes made straight (so "what's"
    finds "What’s")."""
    return text.casefold().translate(_QUOTES)


def searchable_text(entry: dict[str, Any]) -> str:
    """Everything the user wrote in an entry (its data, as the cache holds it), folded, one
    field per line."""
    return fold("\n".join(text for _, text in entry_texts(entry) if text))


def load_texts(listing: Listing, cache_file: Path | None) -> dict[str, str]:
    """The searchable text of every entry in `listing`, by entry id."""
    return {entry_id: searchable_text(data) for entry_id, data in cached_entries(listing, cache_file).items()}


def query_words(query: str) -> list[str]:
    """The words of a search, case-folded: an entry matches when it holds every one."""
    return fold(query).split()


def matches(text: str, words: list[str]) -> bool:
    return all(word in text for word in words)


def in_context(text: str, words: list[str], width: int) -> str:
    """Where the first of `words` is found in `text`, with the words around it, on one line of
    about `width` characters: "…we planned the garden with the children…" ("" if not found)."""
    found = [place for place in (text.find(word) for word in words) if place >= 0]
    if not found or width < 10:
        return ""
    start = max(0, min(found) - width // 3)
    piece = " ".join(text[start : start + width * 2].split())[:width]
    return ("…" if start else "") + piece + ("…" if start + len(piece) < len(text.rstrip()) else "")
