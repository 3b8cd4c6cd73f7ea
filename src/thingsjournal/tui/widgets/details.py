"""The entry's details: when the learning happened, time spent, status, and the Open Badge.

Each value is checked as it is typed; a value that is not valid shows what is expected beside
the field, keeps what was typed, and is not saved until it is put right."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Input, Select, Static

from thingsjournal.dates import DATE_FORMS, parse_date, parse_minutes, show_date, show_minutes
from thingsjournal.patterns import LINK
from thingsjournal.tui.widgets.fields import WritingField

STATUS_CHOICES = [
    ("Worked out from the words: draft, then ready", ""),
    ("Complete", "complete"),
    ("Badge applied for", "badge-applied"),
    ("Badge awarded", "badge-awarded"),
]


def _link(text: str) -> str:
    if not re.match(LINK, text):
        raise ValueError("expected a web address starting with http:// or https://")
    return text


class CheckedInput(Input):
    """An Input whose text is parsed as it changes; `value_ok` holds the last good value."""

    def __init__(self, field: str, text: str, parse: Callable[[str], Any], placeholder: str) -> None:
        # Not selected on focus: a key pressed on arrival would replace what the user wrote.
        super().__init__(text, placeholder=placeholder, id=field.replace(".", "-"), compact=True, select_on_focus=False)
        self.field = field
        self.parse = parse
        self.problem: str | None = None
        self.value_ok: Any = parse(text) if text else None


def show_problem(container: Widget, field: CheckedInput, value: str) -> None:
    """Parse a field's new text; show what is expected beside it (in its `#<id>-problem` line)
    while it is not valid, and keep its last good value for saving."""
    text = value.strip()
    try:
        field.value_ok = field.parse(text) if text else None
        field.problem = None
    except ValueError as problem:
        field.problem = str(problem)
    container.query_one(f"#{field.id}-problem", Static).update(Text(f"✗ {field.problem}" if field.problem else ""))


class DetailsPanel(VerticalScroll):
    DEFAULT_CSS = """
    DetailsPanel { padding: 0 1; }
    DetailsPanel .label { margin-top: 1; text-style: bold; }
    DetailsPanel .problem { color: $error; }
    DetailsPanel .section { margin-top: 1; text-style: bold underline; }
    DetailsPanel CheckedInput { width: 40; }
    DetailsPanel Select { width: 50; }
    """

    def __init__(self, learning_date: date | None, minutes: int | None, status: str | None, badge: dict[str, Any]) -> None:
        super().__init__(id="details")
        self.values = (learning_date, minutes, status, badge)

    def compose(self) -> ComposeResult:
        learning_date, minutes, status, badge = self.values
        yield Static("Learning date", classes="label")
        yield CheckedInput("learning_date", show_date(learning_date), parse_date, DATE_FORMS)
        yield Static(classes="problem", id="learning_date-problem")
        yield Static("Time spent", classes="label")
        yield CheckedInput("minutes", show_minutes(minutes), parse_minutes, "90, or 1h 30m")
        yield Static(classes="problem", id="minutes-problem")
        yield Static("Status", classes="label")
        yield Select(STATUS_CHOICES, value=status or "", allow_blank=False, id="status", compact=True)
        yield Static("Open Badge", classes="section")
        yield Static("Date applied", classes="label")
        yield CheckedInput("badge.applied", show_date(badge.get("applied")), parse_date, DATE_FORMS)
        yield Static(classes="problem", id="badge-applied-problem")
        yield Static("Date awarded", classes="label")
        yield CheckedInput("badge.awarded", show_date(badge.get("awarded")), parse_date, DATE_FORMS)
        yield Static(classes="problem", id="badge-awarded-problem")
        yield Static("Badge link", classes="label")
        yield CheckedInput("badge.link", badge.get("link") or "", _link, "https://...")
        yield Static(classes="problem", id="badge-link-problem")
        yield WritingField("badge.feedback", "Assessor feedback", badge.get("feedback", ""))

    def on_input_changed(self, event: Input.Changed) -> None:
        if isinstance(event.input, CheckedInput):
            show_problem(self, event.input, event.value)

    def collected(self) -> dict[str, Any]:
        """The valid values, by field; invalid ones keep their last good value."""
        values: dict[str, Any] = {field.field: field.value_ok for field in self.query(CheckedInput)}
        values["status"] = self.query_one("#status", Select).value or None
        values["badge.feedback"] = self.query_one(WritingField).editor.text
        return values

