"""Help: every key in the app, where it works, read from the code (see `thingsjournal.tui.keys`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from thingsjournal.tui.journal_app import journal_app
from thingsjournal.tui.keys import PALETTE, help_sections, rows
from thingsjournal.tui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from thingsjournal.session import Session


class HelpScreen(ModalScreen[None]):
    """A scrolling list of keys over whatever the user was doing, which is still there after."""

    BINDINGS = [
        Binding("escape,q,f1", "close", "Close", id="help.close", tooltip="Close this help"),
        Binding("a", "about", "About", id="help.about", tooltip="About: credits, licence, and where your journal is"),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen #help-box {
        width: 100%; max-width: 100; height: 100%; max-height: 50;
        border: round $primary; background: $surface; padding: 0 1;
    }
    HelpScreen .intro { margin-bottom: 1; }
    HelpScreen .section { text-style: bold; margin-top: 1; }
    HelpScreen .row { height: auto; }
    HelpScreen .key { width: 26; text-style: bold; color: $text-accent; }
    HelpScreen .what { width: 1fr; }
    """

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "Keys"
            yield Static(
                Text(
                    f"{PALETTE} opens the command palette: type a few letters to find any command or Thing.\n"
                    "Letter keys such as q and ? work when you are not writing in a text field."
                ),
                classes="intro",
            )
            for title, section in [("In this help", rows([HelpScreen])), *help_sections()]:
                yield Static(Text(title), classes="section")
                for keys, what in section:
                    with Horizontal(classes="row"):
                        yield Static(Text(keys), classes="key")
                        yield Static(Text(what), classes="what")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()

    def action_close(self) -> None:
        self.dismiss()

    def action_about(self) -> None:
        journal_app(self.app).action_about()
