"""Ready to apply? The items of `badges.ready`, each marked ✓, ✗ or • (to read or copy): a
word says which, never a colour alone. Ctrl+T copies the badge's exact name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from thingsjournal.tui.clipboard import copy_text
from thingsjournal.tui.dialogs.dialog import Dialog

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from thingsjournal.badges.ready import Readiness


class ReadyScreen(Dialog[None]):
    DEFAULT_CSS = """
    ReadyScreen > Vertical { width: 76; }
    ReadyScreen #ready-verdict { text-style: bold; margin-bottom: 1; }
    ReadyScreen #ready-items { height: auto; max-height: 18; }
    ReadyScreen .item { margin-bottom: 1; }
    """
    BINDINGS = [
        Binding("escape", "close", "Close", id="ready.close"),
        Binding("ctrl+t", "copy_badge", "Copy badge name", id="ready.copy", tooltip="Copy the badge's exact name"),
    ]

    def __init__(self, result: Readiness, badge: str | None) -> None:
        super().__init__()
        self.result, self.badge = result, badge

    def compose_box(self) -> ComposeResult:
        left = sum(1 for item in self.result.items if item.checked and not item.ok)
        verdict = "✓ Ready to apply." if self.result.ready else f"✗ Not ready yet: {left} to put right."
        with Vertical():
            yield Static(Text(verdict), id="ready-verdict")
            with VerticalScroll(id="ready-items"):
                for item in self.result.items:
                    mark = ("✓ done" if item.ok else "✗ to do") if item.checked else "• note"
                    line = Text(f"{mark}  {item.name}: ", style="bold")
                    line.append(item.detail)  # content and the user's words: never markup
                    yield Static(line, classes="item")

    def action_close(self) -> None:
        self.dismiss(None)

    def action_copy_badge(self) -> None:
        if self.badge:
            copy_text(self.app, self.badge, "the badge's name", "copy it from `thingsjournal ready`")
        else:
            self.notify("The programme names no badge for this Thing.", markup=False)
