"""A one-line field checked as it is typed: a value that is not valid shows what is expected on
the line beneath, keeps what was typed, and is not saved until it is put right."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.widgets import Input, Static

from thingsjournal.text.dates import parse_date, parse_minutes, show_date, show_minutes
from thingsjournal.text.patterns import LINK
from thingsjournal.tui.widgets.shown_input import ShownInput

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.app import ComposeResult

SHOWN: dict[Callable[[str], Any], Callable[[Any], str]] = {parse_date: show_date, parse_minutes: show_minutes}


def web_address(text: str) -> str:
    if not re.match(LINK, text):
        raise ValueError("expected a web address starting with http:// or https://")
    return text


class CheckedInput(ShownInput):
    """An Input whose text is parsed as it changes: while it is not valid, its problem line
    (`#<id>-problem`, see `checked_field`) says what is expected, and `value_ok` keeps the last
    good value for saving. Screens that listen for its changes hear of them after the check."""

    def __init__(self, field: str, text: str, parse: Callable[[str], Any], placeholder: str) -> None:
        # Not selected on focus: a key pressed on arrival would replace what the user wrote.
        super().__init__(text, placeholder=placeholder, id=field.replace(".", "-"), compact=True, select_on_focus=False)
        self.field = field
        self.parse = parse
        self.problem: str | None = None
        self.value_ok: Any = parse(text) if text else None

    def on_blur(self) -> None:
        """Once the field is left, a date or a time spent reads as it is shown everywhere
        ("3/12/2026" becomes "3 Dec 2026"); never while the cursor is in it."""
        shown = SHOWN.get(self.parse)
        if shown is not None and self.problem is None and self.value_ok is not None:
            normal = shown(self.value_ok)
            if normal != self.value.strip():
                self.value = normal

    def on_input_changed(self, event: Input.Changed) -> None:
        text = event.value.strip()
        try:
            self.value_ok = self.parse(text) if text else None
            self.problem = None
        except ValueError as problem:
            self.problem = str(problem)
        self.screen.query_one(f"#{self.id}-problem", Static).update(Text(f"✗ {self.problem}" if self.problem else ""))


def checked_field(label: str, field: str, text: str, parse: Callable[[str], Any], placeholder: str) -> ComposeResult:
    """A labelled CheckedInput with the line beneath it that says what is wrong."""
    yield Static(label, classes="label")
    yield CheckedInput(field, text, parse, placeholder)
    yield Static(classes="problem", id=f"{field.replace('.', '-')}-problem")
