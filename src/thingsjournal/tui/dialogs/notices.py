"""Every notice (see `thingsjournal.notices`), each with what to do; choosing one goes to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from thingsjournal.tui.dialogs.dialog import Dialog

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from thingsjournal.notices import Notice


class NoticesScreen(Dialog["Notice | None"]):
    DEFAULT_CSS = """
    NoticesScreen OptionList { height: auto; max-height: 20; margin-top: 1; }
    """
    BINDINGS = [
        Binding(
            "enter",
            "choose",
            "Go to it",
            id="notices.choose",
            tooltip="Do what the highlighted notice asks",
            priority=True,
        ),
        Binding("escape", "dismiss_none", "Close", id="notices.close", tooltip="Back to Home; the notices stay"),
    ]

    def __init__(self, found: list[Notice]) -> None:
        super().__init__()
        self.found = found

    def compose_box(self) -> ComposeResult:
        with Vertical():
            yield Static(Text("What waits for you", style="bold"))
            yield OptionList(*[Option(_shown(notice)) for notice in self.found], id="notices")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def action_choose(self) -> None:
        self.query_one(OptionList).action_select()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.found[event.option_index])

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


def _shown(notice: Notice) -> Text:
    """The notice, and below it what to do, as plain text."""
    text = Text("⚑ ", style="bold")
    text.append(notice.text, style="bold")
    text.append(f"\n  {notice.todo}.")
    return text
