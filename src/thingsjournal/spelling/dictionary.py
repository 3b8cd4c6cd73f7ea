"""The en_GB Hunspell dictionary (see data/NOTICE.md), loaded once, when first needed.

Loading it takes most of a second, so the app loads it on a worker thread once a screen that
checks is open (never at start-up), and the command line only when a command checks spelling.
Each word looked up is remembered: a text checked again costs a set lookup a word.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spylls.hunspell import Dictionary

MOST_SUGGESTIONS = 5
LONGEST_SUGGESTED = 30  # letters: a longer "word" is no word (suggesting for it takes seconds)

_lock = threading.Lock()
_loaded: list[Dictionary] = []


def dictionary() -> Dictionary:
    """The dictionary, loaded on the first call (by one thread; others wait for it)."""
    if _loaded:
        return _loaded[0]
    with _lock:
        if not _loaded:
            from spylls.hunspell import Dictionary

            _loaded.append(Dictionary.from_files(str(files("thingsjournal.spelling") / "data" / "en_GB")))
    return _loaded[0]


def is_loaded() -> bool:
    return bool(_loaded)


@lru_cache(maxsize=1)
def added_words() -> frozenset[str]:
    """Our own additions (data/words-added.txt): words of ELC practice the dictionary lacks."""
    text = (files("thingsjournal.spelling") / "data" / "words-added.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines() if line.strip() and line[0] != "#")


@lru_cache(maxsize=100_000)
def in_dictionary(word: str) -> bool:
    """Whether the dictionary (or our additions) has `word`; a hyphenated word, if each part is one."""
    found = dictionary()
    added = added_words()

    def has(part: str) -> bool:
        return part.casefold() in added or bool(found.lookup(part))

    if has(word):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(part and has(part) for part in parts)


def suggestions(word: str) -> list[str]:
    """The dictionary's suggestions for `word`, best first: a few tenths of a second, so asked
    for one word at a time (the word chosen in a list, each word of `spelling --json`)."""
    if len(word) > LONGEST_SUGGESTED:
        return []
    found = []
    for suggestion in dictionary().suggest(word):
        found.append(suggestion)
        if len(found) == MOST_SUGGESTIONS:
            break
    return found
