"""The Textual app: made by `make_app`, which the command line and the tests both call."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from contextlib import suppress
from functools import partial
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.worker import WorkerFailed

from thingsjournal import collector
from thingsjournal.errors import UserError
from thingsjournal.files.problems import file_names
from thingsjournal.journal import emergency
from thingsjournal.journal.store import JournalError
from thingsjournal.session import Session
from thingsjournal.text.control_chars import shown
from thingsjournal.text.plural import counted
from thingsjournal.tui import lenient_terminal, terminal_guard
from thingsjournal.tui.key_order import KeyOrder
from thingsjournal.tui.offers import offer_emergency_copies, offered_own_editor
from thingsjournal.tui.screens.home import HomeScreen
from thingsjournal.tui.screens.saving import SavingScreen
from thingsjournal.tui.themes import HIGH_CONTRAST
from thingsjournal.tui.worker_failures import report_failed_worker

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from rich.console import RenderableType
    from textual.command import Provider
    from textual.screen import Screen

    from thingsjournal.catalog.models import Thing
    from thingsjournal.journal.entries import AnyEntry
    from thingsjournal.tui.screens.about import AboutScreen
    from thingsjournal.tui.screens.declaration import DeclarationScreen
    from thingsjournal.tui.screens.help import HelpScreen
    from thingsjournal.tui.screens.journal import JournalScreen
    from thingsjournal.tui.screens.settings import SettingsScreen

KEYS_AT_STOP = 5.0  # seconds at most a stop signal waits for the keys typed before it to land


def _journal_commands() -> type[Provider]:
    """The palette's provider, imported when the palette first opens (not on start-up's path)."""
    from thingsjournal.tui.commands import JournalCommands

    return JournalCommands


class ThingsJournalApp(App[None]):
    """The journal app. It holds no domain logic: everything it shows comes from the Session."""

    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {_journal_commands}
    TITLE = "thingsjournal"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", id="app.quit", tooltip="Save and leave thingsjournal", priority=True),
        Binding("q", "quit", "Quit", id="app.quit-q", show=False),
        Binding(  # never Ctrl+Z: a Word user presses it to undo, and the app must not vanish
            "ctrl+backslash",
            "suspend_process",
            "Suspend",
            id="app.suspend",
            show=False,
            tooltip="Save, then pause thingsjournal and go back to the terminal (type fg to return)",
        ),
        Binding(
            "ctrl+pagedown",
            "next_tab",
            "Next tab",
            id="app.next-tab",
            show=False,
            priority=True,
            tooltip="Show the next tab, whatever has the focus",
        ),
        Binding(
            "ctrl+pageup",
            "previous_tab",
            "Previous tab",
            id="app.previous-tab",
            show=False,
            priority=True,
            tooltip="Show the previous tab",
        ),
        Binding("f1", "help", "Help", id="app.help", tooltip="Every key, and where your journal is"),
        Binding("question_mark", "help", "Help", id="app.help-question", show=False),
        Binding(
            "f2",
            "settings",
            "Settings",
            id="app.settings",
            show=False,
            tooltip="Your name, registration, theme and programme",
        ),
        Binding(
            "f3",
            "export",
            "Export",
            id="app.export",
            show=False,
            tooltip="Export as Markdown, HTML or the plain statement",
        ),
    ]

    def __init__(self, session: Session, thing: int | None = None) -> None:
        super().__init__()
        self.session = session
        self.start_thing = thing
        self._quit_refused = False
        self._stopping = False
        self.emergency_lines: list[str] = []
        self.edit_after: str | None = None  # an entry for `thingsjournal edit` once the app has closed
        self.key_order = KeyOrder(self, super().on_event)
        self.crash: BaseException | None = None
        self.register_theme(HIGH_CONTRAST)
        chosen = session.settings.get("theme")
        if isinstance(chosen, str) and chosen in self.available_themes:
            self.theme = chosen

    def notify(self, message: str, *, title: str = "", markup: bool = False, **options: Any) -> None:
        """Every notice is plain text, its control characters shown: notices quote file names
        and what people wrote."""
        super().notify(shown(message), title=shown(title), markup=False, **options)

    def get_default_screen(self) -> HomeScreen:
        return HomeScreen(self.session, self.start_thing)

    async def on_event(self, event: events.Event) -> None:
        """Keys and pastes from the terminal go through `KeyOrder`, one at a time."""
        if isinstance(event, events.Key | events.Paste) and not event.is_forwarded:
            await self.key_order.arrived(event)
        else:
            await super().on_event(event)

    def on_mount(self) -> None:
        self.key_order.start_watchdog()
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self._finish_interrupted_saves()
        self._report_problems()
        offer_emergency_copies(self, emergency.copies())
        if self.start_thing is not None:
            self.open_thing(self.start_thing)
        loop = asyncio.get_running_loop()
        for stop in (signal.SIGTERM, signal.SIGHUP):
            # On the event loop, not inside whatever the main thread was doing: a second signal
            # can then never run the handler inside itself (and wait on a lock it holds).
            loop.add_signal_handler(stop, self._stop_requested)
        self.call_after_refresh(collector.resume)  # paused by `main` while the app starts
        self.call_after_refresh(self.run_worker, self._warm_up, thread=True, description="Loading the programmes")

    def _finish_interrupted_saves(self) -> None:
        from thingsjournal.journal.recovery import finish_interrupted_saves

        said = finish_interrupted_saves(self.session.journal.folder, self.session.journal.app_dir)
        for line in said:
            self.notify(line, title="Journal", severity="warning", markup=False, timeout=20)
        if said:
            self.session.refresh()

    def refresh_home(self) -> None:
        """Home, beneath every other screen, reads the journal again (it refreshes the session)."""
        home = self.screen_stack[0]
        if isinstance(home, HomeScreen):
            home.refresh_overview()

    def _report_problems(self) -> None:
        """Bad content packs or journal files never stop the app; they are named once, here."""
        for problems, what, done in (
            (self.session.index.problems, "content file", "left out"),
            (self.session.listing.problems, "journal file", "left untouched"),
        ):
            names = file_names(problems)
            if names:
                files = counted(len(names), f"{what} has problems and was", f"{what}s have problems and were")
                self.notify(
                    f"{files} {done}: {', '.join(names)}. Run 'thingsjournal check' for details.",
                    severity="warning",
                    markup=False,
                    timeout=15,
                )

    def _warm_up(self) -> None:
        """Load the full content models while the user looks at Home, so a Thing opens at once."""
        self.session.catalog  # noqa: B018

    def open_thing(self, number: int) -> None:
        """The workspace for the entry for a Thing of the current programme (a new one if none)."""
        from thingsjournal.journal.entries import Reflection

        thing = self._thing(self.session.programme.id, number)
        if thing is None:
            return
        existing = self.session.view.entry_for_thing(self.session.programme.id, number)
        if existing:
            self.open_entry(existing.id)
        else:
            today = self.session.current_date()
            self._edit(Reflection(programme=self.session.programme.id, thing=number, learning_date=today), stored=False)

    def open_entry(self, entry_id: str, tab: str = "") -> None:
        """Any entry of the journal, in the screen that edits its kind (one too large to edit
        here is offered to the user's own editor instead), at `tab` if given: it is shown from
        the screen's first frame, with the focus in it."""
        if offered_own_editor(self, entry_id):
            return
        try:
            entry = self.session.journal.load(entry_id)
        except (JournalError, UserError, OSError) as problem:
            self.notify(str(problem), title="Could not be opened", severity="error", markup=False)
            return
        self._edit(entry, stored=True, tab=tab)

    def new_learning_record(self) -> None:
        from thingsjournal.journal.entries import LearningRecord

        self._edit(LearningRecord(title="", learning_date=self.session.current_date()), stored=False)

    def new_self_assessment(self) -> None:
        """A new self-assessment (an earlier one stays as it was), at the level of the last."""
        from thingsjournal.journal.entries import SelfAssessment

        frameworks = list(self.session.catalog.assessments().values())
        if not frameworks:
            self.notify("No self-assessment framework is loaded.", severity="error", markup=False)
            return
        framework = frameworks[0]
        earlier = [e for e in self.session.listing.entries if e.kind == "assessment"]
        level = self.session.view.entry_data.get(earlier[-1].id, {}).get("level") if earlier else None
        level = level if level in {item.id for item in framework.levels} else framework.levels[0].id
        self._edit(
            SelfAssessment(framework=framework.id, level=level, learning_date=self.session.current_date()), stored=False
        )

    def new_rating(self) -> None:
        from thingsjournal.journal.entries import CapabilityRating

        self._edit(CapabilityRating(learning_date=self.session.current_date()), stored=False)

    def _edit(self, entry: AnyEntry, stored: bool, tab: str = "") -> None:
        from thingsjournal.journal.entries import CapabilityRating, Reflection, SelfAssessment
        from thingsjournal.tui.screens.learning import LearningScreen
        from thingsjournal.tui.screens.thing import ThingScreen

        if isinstance(entry, SelfAssessment):
            from thingsjournal.tui.screens.assessment import AssessmentScreen

            if entry.framework not in self.session.catalog.assessments():
                self.notify(
                    f"The framework '{entry.framework}' is not loaded, so this self-assessment cannot be opened.",
                    severity="error",
                    markup=False,
                )
                return
            self.push_screen(AssessmentScreen(self.session, entry, stored, tab))
        elif isinstance(entry, CapabilityRating):
            from thingsjournal.tui.screens.ratings import RatingScreen

            self.push_screen(RatingScreen(self.session, entry, stored, tab))
        elif not isinstance(entry, Reflection):
            self.push_screen(LearningScreen(self.session, entry, stored))
        else:
            thing = self._thing(entry.programme, entry.thing)
            if thing is not None:
                self.push_screen(ThingScreen(self.session, thing, entry, stored, tab))

    def _thing(self, programme_id: str, number: int) -> Thing | None:
        programme = self.session.catalog.programme(programme_id)
        thing = programme.thing(number) if programme else None
        if thing is None:
            self.notify(f"Thing {number} is not in the programme '{programme_id}'.", severity="error", markup=False)
        return thing

    def _remember_theme(self, theme: object) -> None:
        """Whichever way the theme was changed (settings, palette), the next start uses it."""
        from thingsjournal.settings import update_settings

        if self.theme == self.session.settings.get("theme"):
            return
        try:
            update_settings(self.session.locations.settings, theme=self.theme)
        except (OSError, ValueError) as problem:
            self.notify(f"The theme could not be remembered: {problem}", severity="warning", markup=False)
        self.session.forget_settings()

    # Screens and commands

    def _show(
        self, screen_type: type[HelpScreen | AboutScreen | JournalScreen | SettingsScreen | DeclarationScreen]
    ) -> None:
        """Open a screen, unless it is in front already. Each action imports its screen when it is
        first wanted, to keep screens off start-up's path."""
        if not isinstance(self.screen, screen_type):
            self.push_screen(screen_type(self.session))

    def action_next_tab(self) -> None:
        from thingsjournal.tui.widgets.tab_focus import step_tab  # tabs are not on start-up's path

        step_tab(self.screen, 1)

    def action_previous_tab(self) -> None:
        from thingsjournal.tui.widgets.tab_focus import step_tab

        step_tab(self.screen, -1)

    def action_help(self) -> None:
        from thingsjournal.tui.screens.help import HelpScreen

        self._show(HelpScreen)

    def action_about(self) -> None:
        from thingsjournal.tui.screens.about import AboutScreen

        self._show(AboutScreen)

    def action_journal(self) -> None:
        from thingsjournal.tui.screens.journal import JournalScreen

        self._show(JournalScreen)

    def action_declaration(self) -> None:
        from thingsjournal.tui.screens.declaration import DeclarationScreen

        self._show(DeclarationScreen)

    def action_settings(self) -> None:
        from thingsjournal.tui.screens.settings import SettingsScreen

        self._show(SettingsScreen)

    def action_choose_programme(self) -> None:
        from thingsjournal.tui.dialogs.programmes import ProgrammeScreen

        def chosen(programme_id: str | None) -> None:
            if programme_id:
                self.switch_programme(programme_id)

        self.push_screen(ProgrammeScreen(self.session), chosen)

    def switch_programme(self, programme_id: str) -> None:
        """Work on another programme from now on, and next time too: it becomes the default, and
        the user is told so, and how to change it back (a quiet change surprised them next day)."""
        from thingsjournal.settings import update_settings

        remembered = True
        try:
            update_settings(self.session.locations.settings, default_programme=programme_id)
        except (OSError, ValueError) as problem:
            remembered = False
            self.notify(f"The programme could not be remembered: {problem}", severity="warning", markup=False)
        self.session.programme_id = programme_id
        self.session.forget_settings()
        self.refresh_home()
        title = self.session.programme.title
        self.notify(
            f"Now working on {title}. It opens next time too: to change that, press p again, "
            "or choose the default programme in Settings (F2)."
            if remembered
            else f"Now working on {title}, until thingsjournal closes.",
            markup=False,
            timeout=12,
        )

    def action_export(self) -> None:
        """Export what the user is looking at: the entry being written (saved first), the entry
        highlighted in the journal, or else a choice of portfolio."""
        from thingsjournal.tui.screens.autosaving import EditingScreen
        from thingsjournal.tui.screens.export import ExportScreen
        from thingsjournal.tui.screens.journal import JournalScreen

        screen = self.screen
        if isinstance(screen, ExportScreen):
            return
        chosen: tuple[str, ...] = ()
        if isinstance(screen, EditingScreen):
            if screen.flush() is None and screen.stored:
                chosen = (screen.entry.id,)
        elif isinstance(screen, JournalScreen) and not screen.in_trash:
            entry = screen.highlighted()
            chosen = (entry.id,) if entry is not None else ()
        self.push_screen(ExportScreen(self.session, chosen))

    def action_backup(self) -> None:
        """Back up in a worker: a large journal takes a moment, and typing must not wait."""
        self.notify("Backing up your journal…", markup=False, timeout=3)
        self.run_worker(self._backup, thread=True, description="The backup")

    def _backup(self) -> None:
        from thingsjournal.journal.backup import backup_folder, backup_journal, links_note

        try:
            made = backup_journal(self.session.journal.folder, backup_folder(), self.session.current_date())
        except (UserError, OSError) as problem:
            self.call_from_thread(self.notify, f"Not backed up: {problem}", severity="error", markup=False, timeout=15)
            return
        note = f"Backed up to {made.where}" + (f"; {links_note(made.links_left_out)}" if made.links_left_out else "")
        self.call_from_thread(self.notify, note, title="Backup", markup=False, timeout=15)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's Theme and Quit. Not Screenshot: it would write journal text to a file others
        could read, in whatever folder the app was started from; nor Keys and Maximize, which
        are Textual's words for what Help (F1) and our own screens already do."""
        kept = ("Theme", "Quit")
        return (command for command in super().get_system_commands(screen) if command.title in kept)

    def _saving_screens(self) -> list[SavingScreen]:
        return [screen for screen in self.screen_stack if isinstance(screen, SavingScreen)]

    def _flush_all(self) -> str | None:
        """Save every open workspace now; the first reason one could not be saved."""
        problems = [screen.flush() for screen in reversed(self._saving_screens())]
        return next((problem for problem in problems if problem), None)

    def _save_or_keep(self) -> None:
        """The app must stop: save everything, and keep what could not be saved."""
        if self._flush_all() is not None:
            self._keep_unsaved()

    def _keep_unsaved(self) -> None:
        """Every text a save has just failed to write goes to an emergency copy, and the command
        line says where (`emergency_lines`)."""
        for screen in self._saving_screens():
            line = screen.keep_unsaved()
            if line:
                self.emergency_lines.append(line)

    async def action_quit(self) -> None:
        problem = self._flush_all()
        if problem and not self._quit_refused:
            self._quit_refused = True
            self.notify(
                f"{problem}. Your text is still on screen. Fix the problem, or quit again: your text is then "
                "kept as an emergency copy, offered back at the next start.",
                title="Not saved",
                severity="error",
                markup=False,
                timeout=20,
            )
            return
        if problem:
            self._keep_unsaved()
        self.exit()

    def action_suspend_process(self) -> None:
        """Ctrl+\\: save first, as the terminal may be closed while the app waits in the background."""
        self._flush_all()
        super().action_suspend_process()

    def _stop_requested(self) -> None:
        """SIGTERM or SIGHUP (the terminal closed, a logout): let the keys already typed land,
        save what is on screen, then leave. Logging out sends both at once; the second finds the
        app leaving already."""
        if self._stopping:
            return
        self._stopping = True
        # Behind the keys already in the app's queue; then until the key gate has settled.
        self.call_later(self._stop_once_keys_landed, time.monotonic())

    def _stop_once_keys_landed(self, asked: float) -> None:
        if not self.key_order.settled(asked) and time.monotonic() < asked + KEYS_AT_STOP:
            self.set_timer(0.02, partial(self._stop_once_keys_landed, asked))
            return
        self._save_or_keep()
        self.exit()

    def panic(self, *renderables: RenderableType) -> None:
        """Textual gives up (its input thread died): save what is on screen first, and let the
        command line say so in one line (exit 70) rather than leave silently."""
        with suppress(Exception):  # saving is best effort while failing
            self._save_or_keep()
        if self.crash is None:
            self.crash = RuntimeError("the app stopped reading the keyboard; everything on screen was saved")
        super().panic(*renderables)

    # Textual's private hook, its only one for an unhandled exception; pinned by
    # tests/test_tui_crash.py (a bug) and tests/test_tui_worker_failures.py (a failed worker).
    def _handle_exception(self, error: Exception) -> None:
        """A bug: save what is on screen first, then let Textual stop the app. The command line
        reports it in one line and logs the traceback (see `_print_error_renderables`).

        A failed worker is the exception: its screen stays usable, the user is told in one line
        and the traceback goes to the crash log (every worker runs with exit_on_error=True, so
        none can fail unseen)."""
        if isinstance(error, WorkerFailed):
            report_failed_worker(self, error)
            return
        if self.crash is None:
            self.crash = error
            with suppress(Exception):  # saving is best effort while failing
                self._save_or_keep()
        super()._handle_exception(error)

    # Textual's private method; pinned by tests/test_tui_crash.py (no traceback on the terminal).
    def _print_error_renderables(self) -> None:
        """Textual would print the traceback; users get one line from the command line instead."""
        if os.environ.get("THINGSJOURNAL_DEBUG"):
            super()._print_error_renderables()
        self._exit_renderables.clear()


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
    lenient_terminal.install()
    terminal_guard.install()
    return ThingsJournalApp(session, thing)
