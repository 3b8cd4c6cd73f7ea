"""About: what the app is, whose content it adapts (the CC BY 4.0 attribution must be shown in
the app), where the user's files are, and the promise that they stay private."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static

from thingsjournal import __version__
from thingsjournal.catalog.sources import packaged_root
from thingsjournal.paths import shown_path
from thingsjournal.tui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from thingsjournal.session import Session

PRIVACY = "Your journal stays on this machine, in files only you can read. Nothing leaves it unless you export it."


def notice_text() -> str:
    """The packaged NOTICE.md, the one attribution text that exports use too."""
    return (packaged_root().path / "NOTICE.md").read_text(encoding="utf-8")


class AboutScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q", "close", "Close", id="about.close", tooltip="Close About")]
    DEFAULT_CSS = """
    AboutScreen { align: center middle; }
    AboutScreen #about-box {
        width: 100%; max-width: 100; height: 100%; max-height: 50;
        border: round $primary; background: $surface; padding: 0 1;
    }
    AboutScreen .title { text-style: bold; }
    AboutScreen .section { text-style: bold; margin-top: 1; }
    AboutScreen .row { height: auto; }
    AboutScreen .label { width: 22; color: $text-muted; }
    AboutScreen .path { width: 1fr; }
    AboutScreen Markdown { padding: 0; margin: 0; background: $surface; }
    """

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        locations = self.session.locations
        with VerticalScroll(id="about-box") as box:
            box.border_title = "About"
            yield Static(Text(f"thingsjournal {__version__}"), classes="title")
            yield Static(
                Text(
                    "A private journal for reflecting on leadership learning in early learning and childcare, one Thing at a time."
                )
            )
            yield Static(Text("Private"), classes="section")
            yield Static(Text(PRIVACY))
            yield Static(Text("Where your files are"), classes="section")
            for label, path in (
                ("Journal folder", locations.journal),
                ("Settings file", locations.settings),
                ("Extra content folder", locations.extra_content),
            ):
                with Horizontal(classes="row"):
                    yield Static(Text(label), classes="label")
                    yield Static(Text(shown_path(path)), classes="path")
            yield Markdown(notice_text())  # Markdown, never Rich markup: "[...]" shows as written
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#about-box").focus()

    def action_close(self) -> None:
        self.dismiss()
