"""Counting words the way a badge assessor would.

A word is a run of non-whitespace characters holding at least one letter or digit: "well-being",
"don't", "e.g." and "2024" count once; a lone dash, bullet or symbol, and Markdown marks such as
`**` or `#`, count nothing. Words never span lines, so a long text can be counted line by line
and only the lines an edit touched counted again.
"""

from __future__ import annotations

import re
from itertools import filterfalse
from typing import TYPE_CHECKING

from thingsjournal.text import pieces as text_pieces
from thingsjournal.text.pieces import WHITESPACE, pieces

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

# A whole token of symbols: no letter or digit (\w without the underscore) anywhere in it.
_SYMBOLS_ONLY = re.compile(r"(?:^|\s)(?:[^\w\s]|_)+(?!\S)")


def count_words(text: str) -> int:
    """The number of words in `text` (a long text a piece at a time: words never span whitespace).

    Most tokens are plain letters and digits; only the others (punctuation, symbols) are looked
    at closely, which keeps this within a small factor of `len(text.split())`.
    """
    if len(text) <= text_pieces.PIECE:  # every line as it is typed: no generator to set up
        return _count(text)
    return sum(_count(piece) for piece in pieces(text, WHITESPACE))


def _count(text: str) -> int:
    tokens = text.split()
    others = " ".join(filterfalse(str.isalnum, tokens))
    return len(tokens) - len(_SYMBOLS_ONLY.findall(others))


class LineWordCounter:
    """Keeps one count per line, so an edit costs only the lines it touched.

    The editor tells it which rows an edit replaced and what they now hold; `total` is then the
    same as `count_words` of the whole text, or as `count_line` summed over its lines (a
    statement's headings count nothing).
    """

    def __init__(self, text: str = "", count_line: Callable[[str], int] = count_words) -> None:
        self._counts: list[int] = []
        self.total = 0
        self.count_line = count_line
        self.reset(text)

    def reset(self, text: str) -> None:
        """Count a whole new text."""
        self._counts = [self.count_line(line) for line in text.split("\n")]
        self.total = sum(self._counts)

    def replace_lines(self, start: int, end: int, lines: Iterable[str]) -> int:
        """Rows `start` to `end` (inclusive) of the old text became `lines`; returns the new total."""
        new_counts = [self.count_line(line) for line in lines]
        self.total += sum(new_counts) - sum(self._counts[start : end + 1])
        self._counts[start : end + 1] = new_counts
        return self.total

    @property
    def line_count(self) -> int:
        return len(self._counts)
