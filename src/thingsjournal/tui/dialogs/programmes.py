"""Choosing the programme to work on: every programme that loaded, the current one marked."""

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

    from thingsjournal.session import Session


class ProgrammeScreen(Dialog[str | None]):
    DEFAULT_CSS = """
    ProgrammeScreen OptionList { height: auto; max-height: 20; margin-top: 1; }
    """
    BINDINGS = [
        Binding("escape", "dismiss_none", "Cancel", id="programmes.cancel", tooltip="Keep the programme you have")
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def compose_box(self) -> ComposeResult:
        current = self.session.programme.id
        programmes = sorted(self.session.index.programmes.values(), key=lambda programme: programme.title)
        with Vertical():
            yield Static(Text("Which programme? Your journal keeps every programme's entries.", style="bold"))
            yield OptionList(
                *[
                    Option(
                        Text(
                            f"{'● ' if programme.id == current else '  '}{programme.title} ({len(programme.things)} Things)"
                        ),
                        id=programme.id,
                    )
                    for programme in programmes
                ],
                id="programmes",
            )

    def on_mount(self) -> None:
        listed = self.query_one(OptionList)
        listed.highlighted = listed.get_option_index(self.session.programme.id)
        listed.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
