"""A plain-text editor that keeps its word count up to date as the user types.

Only the lines an edit touched are counted again, so the count costs almost nothing per key
even in a 100,000-word statement. Undo and redo, which replay several edits, recount in full.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from thingsjournal.text.wordcount import LineWordCounter, count_words
from thingsjournal.tui.widgets.shown_document import ShownTextArea

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.widgets.text_area import Edit, EditResult


class CountingTextArea(ShownTextArea):
    """A soft-wrapped, plain-text TextArea with a live `words` count (of the text as written;
    `count_line` counts a line, as a statement leaves its headings out)."""

    DEFAULT_CSS = """
    CountingTextArea {
        height: auto;
        min-height: 4;
        max-height: 100%;
    }
    """

    def __init__(
        self, text: str = "", *, id: str | None = None, count_line: Callable[[str], int] = count_words
    ) -> None:
        super().__init__(text, soft_wrap=True, tab_behavior="focus", show_line_numbers=False, id=id)
        self.counter = LineWordCounter(text, count_line)

    @property
    def words(self) -> int:
        return self.counter.total

    def edit(self, edit: Edit) -> EditResult:
        top, old_bottom = edit.top[0], edit.bottom[0]
        result = super().edit(edit)
        new_bottom = result.end_location[0]
        get_line = self.shown_document.written_line
        self.counter.replace_lines(top, old_bottom, (get_line(row) for row in range(top, new_bottom + 1)))
        return result

    def undo(self) -> None:
        super().undo()
        self.counter.reset(self.text)

    def redo(self) -> None:
        super().redo()
        self.counter.reset(self.text)

    def load_text(self, text: str) -> None:
        super().load_text(text)
        self.counter.reset(text)
