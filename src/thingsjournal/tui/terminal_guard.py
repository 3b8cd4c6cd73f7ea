"""The last guard between data and the terminal: every strip Textual writes has its text's
control characters replaced by their stand-ins.

Screens show data through `control_chars.shown` already, so that a stand-in is measured as the
one cell it takes; this guard is for a place that was missed, where a raw ESC would otherwise
set the window title or fill the clipboard. Textual's own escape sequences are not in a strip's
text (they are written around strips, or as control segments), so they pass. It wraps Textual's
`Strip.render`; Textual is pinned, and `tests/test_terminal_safe_tui.py` fails if it moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.segment import Segment
from textual.strip import Strip

from thingsjournal.text.control_chars import CONTROL, shown

if TYPE_CHECKING:
    from rich.console import Console

_render = Strip.render


def _render_shown(self: Strip, console: Console) -> str:
    strip = self
    if any(control is None and CONTROL.search(text) for text, _, control in strip):
        strip = Strip(
            [
                Segment(shown(text), style, control) if control is None else Segment(text, style, control)
                for text, style, control in strip
            ]
        )
    return _render(strip, console)


def install() -> None:
    Strip.render = _render_shown  # type: ignore[method-assign]  # on purpose: see the module docstring
