"""A line of text that changes on every key (a count, whether it is saved) without holding the
key up: it is drawn again only when its text changes, and the screen is laid out again only
when its width changes. A Static's `update` does both every time, and a layout of a whole
editing screen can take longer than the key's own frame."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static


class SteadyLabel(Static):
    def __init__(self, text: str = "", *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(Text(text), id=id, classes=classes)
        self.shown_text = text

    def show(self, text: str) -> None:
        if text == self.shown_text:
            return
        resized = cell_len(text) != cell_len(self.shown_text)
        self.shown_text = text
        self.update(Text(text), layout=resized)
