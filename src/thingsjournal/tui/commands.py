"""The app's own commands in the palette (Ctrl+P): every Thing, the journal, a new learning
record, settings, backup, help and About.

Textual's system-command provider reads command names as markup; Thing titles come from content
packs, so this provider shows every name as plain text, with the letters that matched in bold.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from thingsjournal.tui.journal_app import journal_app

if TYPE_CHECKING:
    from thingsjournal.tui.app import ThingsJournalApp

Command = tuple[str, str, Callable[[], object]]  # name, help, what it does
LONGEST_NOTICE_WAIT = 1.0  # seconds at most that opening a Thing waits for its notice to be drawn


class JournalCommands(Provider):
    def _commands(self) -> list[Command]:
        return app_commands(journal_app(self.app)) + screen_commands(self.screen)

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            if not name.startswith("Open Thing"):  # the Things appear once the user types
                yield DiscoveryHit(Content(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score, offsets = matcher.fuzzy_search.match(matcher.query, name)
            if score > 0:
                shown = Content(name)
                for offset in offsets:
                    shown = shown.stylize("bold underline", offset, offset + 1)
                yield Hit(score, shown, callback, text=name, help=help_text)


def app_commands(app: ThingsJournalApp) -> list[Command]:
    """Every Thing of the programme, the other programmes, and the app's screens and actions."""
    programme = app.session.programme
    things: list[Command] = [
        (
            f"Open Thing {thing.number}: {thing.title}",
            "Open this Thing's workspace",
            partial(_open_thing_saying_so, app, thing.number),
        )
        for thing in programme.things
    ]
    programmes: list[Command] = [
        (
            f"Switch programme: {other.title}",
            "Work on this programme (your journal keeps every programme's entries)",
            partial(app.switch_programme, other.id),
        )
        for other in app.session.index.programmes.values()
        if other.id != programme.id
    ]
    return [
        *things,
        *programmes,
        ("Journal", "Every entry: search, filter, open, delete and restore", app.action_journal),
        (
            "Export",
            "A badge statement, a post or a CPL portfolio, as Markdown, HTML or plain text",
            app.action_export,
        ),
        (
            "New self-assessment",
            "Where you stand on each element of the Derbyshire framework, and an action plan",
            app.new_self_assessment,
        ),
        (
            "Rate the capabilities",
            "Rate the six leadership capabilities today, and see the chart over time",
            app.new_rating,
        ),
        (
            "CPL declaration",
            "This CPL year: when it is due, each core learning element covered or not",
            app.action_declaration,
        ),
        ("New learning record", "Record any other CPL: a course, reading, supervision...", app.new_learning_record),
        (
            "Back up the journal",
            "Save the whole journal as a dated zip in your Documents (or home) folder",
            app.action_backup,
        ),
        ("Settings", "Name, SSSC registration, theme, default programme", app.action_settings),
        ("Help", "Every key in the app", app.action_help),
        ("About", "Credits, licence, and where your journal and settings are", app.action_about),
    ]


def screen_commands(screen: object) -> list[Command]:
    """The commands of the screen the palette was opened over: an entry's History."""
    from thingsjournal.tui.screens.autosaving import EditingScreen

    if not isinstance(screen, EditingScreen):
        return []
    return [
        (
            "History of this entry",
            "Earlier versions: compare with the text now, bring one back, or forget them (F8)",
            screen.action_history,
        )
    ]


def _open_thing_saying_so(app: ThingsJournalApp, number: int) -> None:
    """Open a Thing chosen in the palette, first saying so: the palette closes at once, and
    without a word the moment its workspace takes to build looks like an Enter that did nothing
    (and invites a second one). The notice is drawn before the building starts."""
    from textual.widgets._toast import Toast

    app.notify(f"Opening Thing {number}…", timeout=2)
    asked = time.monotonic()

    def once_shown() -> None:
        if app.screen.query(Toast) or time.monotonic() - asked > LONGEST_NOTICE_WAIT:
            app.call_after_refresh(app.open_thing, number)
        else:
            app.set_timer(0.01, once_shown)

    app.call_after_refresh(once_shown)
