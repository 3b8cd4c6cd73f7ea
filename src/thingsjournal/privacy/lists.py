"""Word lists shipped as data (`data/NOTICE.md` says where each comes from, its licence, and how
`tools/make_word_lists.py` makes it again): given names across cultures, so that a name at a
sentence's start is known for one, and ordinary English words, so that a capitalised word of a
title or a heading ("Term", "Room on the Broom") is not. Read on first use, not at start-up."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def given_names() -> frozenset[str]:
    """Given names in lower case, with and without their accents ("ciarán", "ciaran")."""
    return _read("given-names.txt")


@cache
def english_words() -> frozenset[str]:
    """English words that the dictionary writes in lower case (so no proper nouns)."""
    return _read("english-words.txt")


def _read(name: str) -> frozenset[str]:
    text = files("thingsjournal.privacy").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))
