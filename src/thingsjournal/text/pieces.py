"""A very long text taken a piece at a time, so that work on it (counting its words, escaping it
for Markdown) never holds a list of all its words or lines: a 50 MB entry then costs a small,
fixed amount of memory beyond its own text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

PIECE = 1 << 16  # characters; shorter texts are taken whole


def pieces(text: str, after: re.Pattern[str]) -> Iterator[str]:
    """`text` in consecutive pieces of about `PIECE` characters that together are exactly `text`,
    each cut just after a match of `after` (so a piece never splits what `after` matches)."""
    start = 0
    while len(text) - start > PIECE:
        cut = after.search(text, start + PIECE)
        if cut is None:
            break
        yield text[start : cut.end()]
        start = cut.end()
    yield text[start:]


WHITESPACE = re.compile(r"\s")
NEWLINE = re.compile(r"\n")
PARAGRAPH_BREAK = re.compile(r"\n\n+")
