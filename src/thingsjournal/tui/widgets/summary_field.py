"""The one line an entry gives the verifier's CPL summary (`export.cpl_summary`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from thingsjournal.tui.widgets.shown_input import ShownInput

if TYPE_CHECKING:
    from textual.app import ComposeResult


def summary_field(value: str) -> ComposeResult:
    yield Static("In one line, for your CPL summary", classes="label")
    # Never selected on focus: a key pressed on arrival would replace the line.
    yield ShownInput(value, placeholder="What you learned", id="summary", compact=True, select_on_focus=False)
    yield Static(
        Text("The person who verifies your CPL reads this line; left empty, your first sentence is used."),
        classes="hint",
    )
