"""Choosing journal entries (reflections and learning records) as evidence: Space ticks, Enter
keeps the choice, Escape keeps what there was."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from thingsjournal.tui.dialogs.dialog import Dialog
from thingsjournal.tui.widgets.tick_box import TickList

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from thingsjournal.session import Session


class EntryPicker(Dialog[tuple[str, ...] | None]):
    DEFAULT_CSS = """
    EntryPicker > Vertical { width: 80; }
    EntryPicker SelectionList { height: auto; max-height: 18; margin-top: 1; }
    """
    BINDINGS = [
        Binding("enter", "keep", "Link these", id="picker.keep", tooltip="Link the ticked entries", priority=True),
        Binding("escape", "cancel", "Cancel", id="picker.cancel", tooltip="Keep the links as they were"),
    ]

    def __init__(self, session: Session, chosen: tuple[str, ...]) -> None:
        super().__init__()
        self.session = session
        self.chosen = chosen

    def compose_box(self) -> ComposeResult:
        entries = [entry for entry in self.session.listing.entries if entry.kind in ("reflection", "learning")]
        with Vertical():
            yield Static(Text("Which journal entries evidence this? Space ticks one; Enter links them.", style="bold"))
            yield TickList(
                *[
                    Selection(
                        Text(self.session.view.title_of(entry) or "(untitled)"), entry.id, entry.id in self.chosen
                    )
                    for entry in entries
                ],
                id="picked",
            )

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_keep(self) -> None:
        self.dismiss(tuple(self.query_one(SelectionList).selected))

    def action_cancel(self) -> None:
        self.dismiss(None)
