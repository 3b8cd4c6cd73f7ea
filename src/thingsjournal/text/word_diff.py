"""What changed between two texts, word by word, shown so that it reads without colour.

Words are compared by their letters alone, so a change of spacing or of line breaks is not a
change of words; each piece keeps the spacing of the side it comes from. Removed words are shown
as `[-these words-]` and added ones as `{+these words+}`, as `wdiff` and `git diff --word-diff`
show them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\s*\S+")
SAME, REMOVED, ADDED = "same", "removed", "added"


@dataclass(frozen=True)
class Piece:
    kind: str  # SAME, REMOVED or ADDED
    text: str


def word_changes(old: str, new: str) -> list[Piece]:
    """`old` turned into `new`, as runs of words kept, removed and added, in order."""
    before, after = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = SequenceMatcher(None, [t.strip() for t in before], [t.strip() for t in after], autojunk=False)
    pieces = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(Piece(SAME, "".join(after[j1:j2])))
            continue
        if i2 > i1:
            pieces.append(Piece(REMOVED, "".join(before[i1:i2])))
        if j2 > j1:
            pieces.append(Piece(ADDED, "".join(after[j1:j2])))
    return pieces


def words_of(pieces: list[Piece], kind: str) -> int:
    """How many words the pieces of `kind` hold."""
    return sum(len(piece.text.split()) for piece in pieces if piece.kind == kind)


def marked(pieces: list[Piece]) -> str:
    """The pieces as one text, removed words in `[-…-]` and added words in `{+…+}`."""
    shown = []
    for piece in pieces:
        if piece.kind == SAME:
            shown.append(piece.text)
            continue
        space = piece.text[: len(piece.text) - len(piece.text.lstrip())]
        opening, closing = ("[-", "-]") if piece.kind == REMOVED else ("{+", "+}")
        shown.append(f"{space}{opening}{piece.text.lstrip()}{closing}")
    return "".join(shown)
