"""A TextArea's document that keeps control characters as written but shows their stand-ins.

TextArea draws, wraps, measures and moves the cursor by the lines it reads from its document,
and Rich counts a control character as no cell at all, so a stand-in drawn in its place would
put every later column out by one. Here the lines read for all of that are the shown lines (one
character for one: every location is the same), while the text saved, copied and undone is the
text as written. It replaces TextArea's `_set_document`, which is private; Textual is pinned and
`tests/test_terminal_safe_tui.py` fails if it changes.

TextArea also asks for the whole text, and for the wrapped height (a sum over every line), once
for every line it draws: in a 100,000-word statement that is most of a key's time. Here the text
is joined once an edit and the height is read off the wrapped lines' own index (pinned by
`tests/test_shown_document.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual._cells import cell_len
from textual.binding import Binding
from textual.document._document import Document
from textual.document._document_navigator import DocumentNavigator
from textual.document._wrapped_document import WrappedDocument
from textual.geometry import Size
from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from thingsjournal.text.control_chars import shown

if TYPE_CHECKING:
    from textual.document._document import EditResult, Location


class ShownDocument(Document):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._shown = [shown(line) for line in self._lines]
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self._newline.join(self._lines)
        return self._text

    @property
    def lines(self) -> list[str]:
        return self._shown

    def get_line(self, index: int) -> str:
        return self._shown[index]

    def __getitem__(self, line_index: int | slice) -> str | list[str]:  # type: ignore[override]  # Document declares the int and slice cases as overloads; one body serves both
        return self._shown[line_index]

    def written_line(self, index: int) -> str:
        return self._lines[index]

    def get_size(self, tab_width: int) -> Size:
        widths = [cell_len(line.expandtabs(tab_width)) for line in self._shown]
        return Size(max(widths, default=0), len(self._shown))

    def replace_range(self, start: Location, end: Location, text: str) -> EditResult:
        top, bottom = sorted((start, end))
        self._text = None
        result = super().replace_range(start, end, text)
        self._shown[top[0] : bottom[0] + 1] = [shown(line) for line in self._lines[top[0] : result.end_location[0] + 1]]
        return result


class ShownWrappedDocument(WrappedDocument):
    @property
    def height(self) -> int:
        """Textual's sums every line's sections; each section is one entry of this index."""
        return len(self._offset_to_line_info)


class ShownTextArea(TextArea):
    """A plain-text TextArea over a `ShownDocument`; Ctrl+A selects all, as in Word (Home still
    goes to the start of the line)."""

    BINDINGS = [Binding("ctrl+a", "select_all", "Select all", show=False)]
    shown_document: ShownDocument  # `document`, typed as what it is

    # TextArea's private method; pinned by tests/test_terminal_safe_tui.py (test_editing_fields_rely_on_
    # textuals_private_names, test_a_pasted_control_character_is_kept_shown_and_listed_by_the_privacy_tab).
    def _set_document(self, text: str, language: str | None) -> None:
        super()._set_document(text, language)
        self.document = self.shown_document = ShownDocument(text)
        self.wrapped_document = ShownWrappedDocument(self.document, tab_width=self.indent_width)
        self.navigator = DocumentNavigator(self.wrapped_document)
        self._rewrap_and_refresh_virtual_size()

    def undo(self) -> None:
        """Undo, with the cursor put at the start first: Textual (8.2.8, its issue 6686) redraws
        the scrollbars while the cursor is still where the undone text ended, and a line that is
        gone then crashes it. The undo puts the cursor back where it was before the edit."""
        if self.history.undo_stack:
            self.selection = Selection.cursor((0, 0))
        super().undo()

    def redo(self) -> None:
        """Redo, kept from the same crash when it takes lines away; the cursor then goes where
        the edit put it, as Textual's own redo does for typing and pasting."""
        if self.history.redo_stack:
            self.selection = Selection.cursor((0, 0))
        super().redo()
