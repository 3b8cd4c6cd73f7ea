"""The Textual app: made by `make_app`, which the command line and the tests both call."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from thingsjournal.session import Session
from thingsjournal.tui.screens.home import HomeScreen


class ThingsJournalApp(App[None]):
    """The journal app. It holds no domain logic: everything it shows comes from the Session."""

    CSS_PATH = "app.tcss"
    TITLE = "thingsjournal"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit", tooltip="Leave thingsjournal"),
    ]

    def __init__(self, session: Session, thing: int | None = None) -> None:
        super().__init__()
        self.session = session
        self.start_thing = thing

    def on_mount(self) -> None:
        self.push_screen(HomeScreen(self.session.programme, self.session.thing_rows(), self.start_thing))


def make_app(
    session: Session | None = None,
    *,
    journal_dir: str | Path | None = None,
    content_dirs: tuple[str | Path, ...] = (),
    programme: str | None = None,
    thing: int | None = None,
) -> ThingsJournalApp:
    """The app for a session, or for the folders given (as tests and the command line do)."""
    if session is None:
        session = Session.open(journal_dir, content_dirs, programme)
    return ThingsJournalApp(session, thing)
