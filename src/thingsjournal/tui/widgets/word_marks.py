"""Words that differ between two texts, marked so the marks carry the meaning and colour only
helps: words taken out (or only in the first text) struck through and in `[-brackets-]`, words
put in (or only in the second) underlined and in `{+braces+}`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from thingsjournal.text.control_chars import shown
from thingsjournal.text.word_diff import ADDED, REMOVED, SAME

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from rich.text import Text

    from thingsjournal.text.word_diff import Piece

MARKS = {REMOVED: ("[-", "-]", "strike red"), ADDED: ("{+", "+}", "underline green")}


def append_marked(text: Text, pieces: Iterable[Piece], kinds: Collection[str] = (REMOVED, ADDED)) -> None:
    """Append `pieces` to `text`: the words both texts share as they are, those of `kinds`
    marked, the others left out (one side of a side-by-side view shows one kind)."""
    for piece in pieces:
        if piece.kind == SAME:
            text.append(shown(piece.text))
        elif piece.kind in kinds:
            opening, closing, style = MARKS[piece.kind]
            words = piece.text.lstrip()
            text.append(shown(piece.text[: len(piece.text) - len(words)]))
            text.append(f"{opening}{shown(words)}{closing}", style=style)
