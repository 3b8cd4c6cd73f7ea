"""The entry's details: when the learning happened, time spent, status, and the Open Badge.

Each value is checked as it is typed; a value that is not valid shows what is expected beside
the field, keeps what was typed, and is not saved until it is put right."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Input, Select, Static

from thingsjournal.journal.status import MARKS
from thingsjournal.text.dates import DATE_FORMS, parse_date, parse_minutes, show_date, show_minutes
from thingsjournal.text.patterns import LINK
from thingsjournal.tui.widgets.fields import WritingField
from thingsjournal.tui.widgets.shown_input import ShownInput

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from textual.app import ComposeResult

SHOWN: dict[Callable[[str], Any], Callable[[Any], str]] = {parse_date: show_date, parse_minutes: show_minutes}
STATUS_CHOICES = [
    ("Worked out from the words: draft, then ready", ""),
    *zip(("Complete", "Badge applied for", "Badge awarded"), MARKS, strict=True),
]


def _link(text: str) -> str:
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


class DetailsPanel(VerticalScroll):
    DEFAULT_CSS = """
    DetailsPanel { padding: 0 1; }
    DetailsPanel .label { margin-top: 1; text-style: bold; }
    DetailsPanel .problem { color: $error; }
    DetailsPanel .section { margin-top: 1; text-style: bold underline; }
    DetailsPanel CheckedInput { width: 40; }
    DetailsPanel Select { width: 50; }
    """

    def __init__(
        self, learning_date: date | None, minutes: int | None, status: str | None, badge: dict[str, Any]
    ) -> None:
        super().__init__(id="details")
        self.values = (learning_date, minutes, status, badge)

    def compose(self) -> ComposeResult:
        learning_date, minutes, status, badge = self.values
        yield from checked_field("Learning date", "learning_date", show_date(learning_date), parse_date, DATE_FORMS)
        yield from checked_field("Time spent", "minutes", show_minutes(minutes), parse_minutes, "90, or 1h 30m")
        yield Static("Status", classes="label")
        yield Select(STATUS_CHOICES, value=status or "", allow_blank=False, id="status", compact=True)
        yield Static("Open Badge", classes="section")
        yield from checked_field(
            "Date applied", "badge.applied", show_date(badge.get("applied")), parse_date, DATE_FORMS
        )
        yield from checked_field(
            "Date awarded", "badge.awarded", show_date(badge.get("awarded")), parse_date, DATE_FORMS
        )
        yield from checked_field("Badge link", "badge.link", badge.get("link") or "", _link, "https://...")
        yield WritingField("badge.feedback", "Assessor feedback", badge.get("feedback", ""))

    def collected(self) -> dict[str, Any]:
        """The valid values, by field; invalid ones keep their last good value."""
        values: dict[str, Any] = {field.field: field.value_ok for field in self.query(CheckedInput)}
        values["status"] = self.query_one("#status", Select).value or None
        values["badge.feedback"] = self.query_one(WritingField).editor.text
        return values
