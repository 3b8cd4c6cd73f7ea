"""A tick box that shows whether it is ticked by its symbol (✓, or a blank), not by colour alone:
Textual's Checkbox and SelectionList draw ▐X▌ both ticked and not, in two shades that NO_COLOR
makes one. TickList reads the box from SelectionList's line, as Textual (pinned) draws it; a row
with `TicksOnClick` is ticked by a click on its words too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.option_list import OptionDoesNotExist

if TYPE_CHECKING:
    from textual.events import Click


class TickBox(Checkbox):
    TICKED, UNTICKED = "✓", " "

    def on_mount(self) -> None:
        self._show(self.value)

    def watch_value(self) -> None:
        super().watch_value()  # the -on class, for the colours
        self._show(self.value)

    def _show(self, value: bool) -> None:
        self.BUTTON_INNER = self.TICKED if value else self.UNTICKED
        self.refresh()


class TicksOnClick:
    """For a row that holds a tick box (`box`) and its words: a click anywhere on the row ticks
    the box, as a click on a label does."""

    box: TickBox

    def on_click(self, event: Click) -> None:
        if event.widget is not self.box:
            self.box.focus()
            self.box.toggle()


class TickList(SelectionList[str]):
    """A SelectionList whose boxes show ✓ or a blank, as TickBox does."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        if len(segments) < 2 or segments[1].text != ToggleButton.BUTTON_INNER:
            return strip  # a line with no box
        try:
            option = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        inner = TickBox.TICKED if option.value in self.selected else TickBox.UNTICKED
        segments[1] = Segment(inner, segments[1].style, segments[1].control)
        return Strip(segments, strip.cell_length)
