"""A one-line Input that keeps control characters as written but shows their stand-ins.

Input draws `_value` and measures the cursor and clicks by the cells of its value, where Rich
counts a control character as no cell; these three read the shown value instead (one character
for one, so every position is the same). They are Input's private methods; Textual is pinned and
`tests/test_terminal_safe_tui.py` fails if they change.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.expand_tabs import expand_tabs_inline
from textual.widgets import Input

from thingsjournal.text.control_chars import shown


class ShownInput(Input):
    """Ctrl+A selects all, as in Word and web forms (Home goes to the start)."""

    BINDINGS = [Binding("ctrl+a", "select_all", "Select all", show=False)]

    # Input's private members (see the module docstring); pinned by tests/test_terminal_safe_tui.py,
    # test_editing_fields_rely_on_textuals_private_names.
    @property
    def _value(self) -> Text:
        text = Text(shown(self.value), no_wrap=True, overflow="ignore", end="")
        return self.highlighter(text) if self.highlighter is not None else text

    def _position_to_cell(self, position: int) -> int:
        return cell_len(expand_tabs_inline(shown(self.value[:position]), 4))

    def _cell_offset_to_index(self, offset: int) -> int:
        target = offset + self.scroll_offset.x
        for index in range(len(self.value)):
            if self._position_to_cell(index + 1) > target:
                return index
        return len(self.value)
