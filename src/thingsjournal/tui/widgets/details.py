"""The entry's details: when the learning happened, time spent, its line for the CPL summary,
status, and the Open Badge
application (`application.ApplicationPanel`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Input, Select, Static

from thingsjournal.journal.status import MARKS
from thingsjournal.text.dates import DATE_FORMS, parse_date, parse_minutes, show_date, show_minutes
from thingsjournal.tui.widgets.application import ApplicationPanel
from thingsjournal.tui.widgets.checked_input import CheckedInput, checked_field
from thingsjournal.tui.widgets.summary_field import summary_field

if TYPE_CHECKING:
    from datetime import date

    from textual.app import ComposeResult

    from thingsjournal.journal.entries import Reflection

STATUS_CHOICES = [
    ("Worked out from the words: draft, then ready", ""),
    *zip(("Complete", "Badge applied for", "Badge awarded"), MARKS, strict=True),
]


class DetailsPanel(VerticalScroll):
    DEFAULT_CSS = """
    DetailsPanel { padding: 0 1; }
    DetailsPanel .label { margin-top: 1; text-style: bold; }
    DetailsPanel .problem { color: $error; }
    DetailsPanel .section { margin-top: 1; text-style: bold underline; }
    DetailsPanel .hint { color: $text-muted; }
    DetailsPanel CheckedInput { width: 40; }
    DetailsPanel #status { width: 50; }
    """

    def __init__(self, entry: Reflection, today: date) -> None:
        super().__init__(id="details")
        self.entry, self.today = entry, today

    def compose(self) -> ComposeResult:
        entry = self.entry
        yield from checked_field(
            "Learning date", "learning_date", show_date(entry.learning_date), parse_date, DATE_FORMS
        )
        yield from checked_field("Time spent", "minutes", show_minutes(entry.minutes), parse_minutes, "90, or 1h 30m")
        yield from summary_field(entry.summary)
        yield Static("Status", classes="label")
        yield Select(STATUS_CHOICES, value=entry.status or "", allow_blank=False, id="status", compact=True)
        yield Static(Text("Once a badge event is recorded below, the events set the status."), classes="hint")
        yield ApplicationPanel(entry.badge, self.today)

    def collected(self) -> dict[str, Any]:
        """The valid values, by field (invalid ones keep their last good value), and the badge."""
        values: dict[str, Any] = {field.field: field.value_ok for field in self.query_children(CheckedInput)}
        values["status"] = self.query_one("#status", Select).value or None
        values["summary"] = self.query_one("#summary", Input).value
        badge = self.query_one(ApplicationPanel).collected()
        values["badge"] = None if badge.blank else badge.model_dump()
        return values
