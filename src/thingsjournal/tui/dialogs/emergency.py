"""Offering back an emergency copy at start-up: text the app could not save when it had to stop.

The user puts it back (over its entry if that is unchanged since, else beside it as a conflict
copy), discards it (after a second question), or decides later (the copy stays, and `check`
names it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from thingsjournal.tui.dialogs.dialog import Dialog

if TYPE_CHECKING:
    from pathlib import Path

    from textual.app import ComposeResult


class EmergencyCopyScreen(Dialog[str]):
    """Answers "back", "discard" or "later"."""

    DEFAULT_CSS = """
    EmergencyCopyScreen #about-copy { margin-bottom: 1; }
    EmergencyCopyScreen Horizontal { height: 3; width: 100%; align-horizontal: right; }
    EmergencyCopyScreen Button { margin-left: 1; }
    """
    BINDINGS = [Binding("escape", "answer('later')", "Later", id="emergency.later", show=False)]

    def __init__(self, path: Path, title: str, words: int) -> None:
        super().__init__()
        self.path, self.title, self.words = path, title, words

    def compose_box(self) -> ComposeResult:
        with Vertical():
            yield Static(
                Text(
                    f"Text that could not be saved when thingsjournal last stopped: {self.title}, "
                    f"{self.words} words, kept in {self.path}."
                ),
                id="about-copy",
            )
            with Horizontal():
                yield Button("Decide later", id="later")
                yield Button("Discard", id="discard", variant="warning")
                yield Button("Put it back", id="back", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#back", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(str(event.button.id))

    def action_answer(self, answer: str) -> None:
        self.dismiss(answer)
