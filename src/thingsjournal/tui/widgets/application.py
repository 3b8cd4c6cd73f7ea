"""The Open Badge application on a Thing's Details: where it stands today, the events recorded
(each decision's feedback and link editable), and the next event to record or the last to take
back, through the same `badges.record` functions as `thingsjournal badge`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Select, Static, TextArea

from thingsjournal.errors import UserError
from thingsjournal.journal.application import FOLLOWS
from thingsjournal.journal.entries import Badge
from thingsjournal.text.dates import parse_date, show_date
from thingsjournal.tui.widgets.checked_input import CheckedInput, checked_field, web_address
from thingsjournal.tui.widgets.fields import WritingField
from thingsjournal.tui.widgets.tick_box import TickBox

if TYPE_CHECKING:
    from datetime import date

    from textual.app import ComposeResult

    from thingsjournal.journal.entries import BadgeEvent

EVENT_WORDS = {
    "submitted": "Submitted on MyLearning",
    "declined": "Declined",
    "resubmitted": "Resubmitted",
    "awarded": "Awarded",
    "endorsement-requested": "Endorsement asked for",
    "endorsed": "Endorsed",
}


class ApplicationPanel(Vertical):
    """`badge` is the application as the entry holds it; what is typed into its events' fields is
    read back by `collected`."""

    DEFAULT_CSS = """
    ApplicationPanel { height: auto; }
    ApplicationPanel #application-events { height: auto; }
    ApplicationPanel .event { margin-top: 1; }
    ApplicationPanel #next-event-row { height: auto; margin-top: 1; }
    ApplicationPanel #next-event { width: 24; }
    ApplicationPanel #next-date { width: 27; margin-left: 1; }
    ApplicationPanel #record-event { margin-left: 1; }
    ApplicationPanel #undo-event { margin: 1 0; }
    """

    class Changed(Message):
        """An event was recorded or taken back: the entry has changed."""

    class UndoAsked(Message):
        """The user asked to take back the last event (the screen asks first)."""

        def __init__(self, event: BadgeEvent) -> None:
            super().__init__()
            self.event = event

    def __init__(self, badge: Badge | None, today: date) -> None:
        super().__init__(id="application")
        self.badge = badge or Badge()
        self.today = today

    def compose(self) -> ComposeResult:
        yield Static("Open Badge application", classes="section")
        yield Static(id="application-state")
        yield Vertical(id="application-events")
        yield TickBox(
            "This badge needs a manager's endorsement",
            self.badge.needs_endorsement,
            id="needs-endorsement",
            compact=True,
        )
        yield Static("Record what happened next", classes="label")
        with Horizontal(id="next-event-row"):
            yield Select([], id="next-event", compact=True, prompt="Choose the event")
            yield CheckedInput("next.date", "", parse_date, "when: today, or 23/11/2026")
            yield Button("Record", id="record-event", compact=True)
        yield Static(classes="problem", id="next-date-problem")
        yield Button("Take back the last event", id="undo-event", compact=True)
        yield WritingField("badge.notes", "Notes on the application", self.badge.notes)

    async def on_mount(self) -> None:
        await self._show()

    async def _show(self) -> None:
        """Where the application stands, its events, and the events that may come next."""
        application = self.badge.application()
        self.query_one("#application-state", Static).update(Text(f"Now: {application.said(self.today)}"))
        events = self.query_one("#application-events", Vertical)
        await events.remove_children()  # the rows' ids are used again by the rows that replace them
        await events.mount_all(self._event_rows())
        last = application.last
        allowed = FOLLOWS[last.event if last else None]
        choices = [(EVENT_WORDS[name], name) for name in allowed]
        chooser = self.query_one("#next-event", Select)
        chooser.set_options(choices)
        chooser.disabled = not choices
        self.query_one("#record-event", Button).disabled = not choices
        self.query_one("#undo-event", Button).disabled = last is None

    def _event_rows(self) -> list[Any]:
        rows: list[Any] = []
        for number, event in enumerate(self.badge.events, start=1):
            rows.append(Static(Text(f"{number}. {EVENT_WORDS[event.event]}: {show_date(event.on)}"), classes="event"))
            if event.event in ("declined", "awarded"):
                rows.append(
                    WritingField(
                        f"badge.{number}.feedback",
                        "The assessor's feedback, if any (paste it from the email)",
                        event.feedback,
                    )
                )
            if event.event == "awarded":
                rows.extend(
                    checked_field(
                        "The badge's page", f"badge.{number}.link", event.link or "", web_address, "https://..."
                    )
                )
        return rows

    def collected(self) -> Badge:
        """The application with what is typed into its fields (a link not yet valid keeps its
        last good value)."""
        events = []
        for number, event in enumerate(self.badge.events, start=1):
            changes: dict[str, Any] = {}
            for area in self.query(f"#badge-{number}-feedback").results(TextArea):
                changes["feedback"] = area.text
            for link in self.query(f"#badge-{number}-link").results(CheckedInput):
                changes["link"] = link.value_ok
            events.append(event.model_copy(update=changes))
        return self.badge.model_copy(
            update={
                "events": tuple(events),
                "needs_endorsement": self.query_one("#needs-endorsement", TickBox).value,
                "notes": self.query_one("#badge-notes", TextArea).text,
            }
        )

    @on(Button.Pressed, "#record-event")
    async def record(self) -> None:
        from thingsjournal.badges.record import recorded

        chosen = self.query_one("#next-event", Select).value
        when = self.query_one("#next-date", CheckedInput)
        problem = self.query_one("#next-date-problem", Static)
        if not isinstance(chosen, str):
            problem.update(Text("✗ choose the event that happened, then Record"))
            return
        if when.problem:
            return  # its line already says what is wrong
        try:
            self.badge = recorded(self.collected(), chosen, when.value_ok or self.today, self.today)
        except UserError as error:
            problem.update(Text(f"✗ {error}"))
            return
        problem.update("")
        when.value = ""
        await self._show()
        self.post_message(self.Changed())
        self.call_after_refresh(self._focus_new, len(self.badge.events))

    def _focus_new(self, number: int) -> None:
        """After a decision, the cursor waits in its feedback box (where the email is pasted)."""
        for area in self.query(f"#badge-{number}-feedback").results(TextArea):
            area.focus()

    @on(Button.Pressed, "#undo-event")
    def ask_undo(self) -> None:
        if self.badge.events:
            self.post_message(self.UndoAsked(self.badge.events[-1]))

    async def undo(self) -> None:
        from thingsjournal.badges.record import undone

        self.badge, _ = undone(self.collected())
        await self._show()
        self.post_message(self.Changed())
