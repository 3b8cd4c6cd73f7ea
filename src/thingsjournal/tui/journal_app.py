"""The running app, typed as the journal's own, for the screens and commands that call its
actions (open an entry, start a record, show About)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App

    from thingsjournal.tui.app import ThingsJournalApp


def journal_app(app: App[object]) -> ThingsJournalApp:
    """A screen's or a command's `app`, which is always the journal's (imported here, not at the
    top: the app's module imports the screens)."""
    from thingsjournal.tui.app import ThingsJournalApp

    assert isinstance(app, ThingsJournalApp)
    return app
