"""A tick box that shows whether it is ticked by its symbol (✓, or a blank), not by colour alone:
Textual's Checkbox draws ▐X▌ both ticked and not, in two shades that NO_COLOR makes one."""

from __future__ import annotations

from textual.widgets import Checkbox


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
