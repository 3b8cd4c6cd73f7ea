"""Settings: the user's name and SSSC registration, the theme, the default programme, and the
people they work with (names the privacy check always flags; kept in the journal folder).

Each change is saved on its own as soon as it is valid (after a short pause in typing, when a
field is left, and before going back or quitting). A value that is not valid is never written:
the field says why, keeps what was typed, and the other fields still save.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Input, Select, Static, TextArea

from thingsjournal.catalog.sources import DEFAULT_PROGRAMME
from thingsjournal.journal.people import name_problem, read_people
from thingsjournal.progress.cpl import year_of
from thingsjournal.settings import checked, load_settings, settings_that_validate, update_settings
from thingsjournal.text.dates import DATE_FORMS, parse_date, show_date
from thingsjournal.tui.screens.saving import SavingScreen
from thingsjournal.tui.widgets.checked_input import CheckedInput, checked_field
from thingsjournal.tui.widgets.shown_document import ShownTextArea
from thingsjournal.tui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from textual.app import ComposeResult
    from textual.events import DescendantBlur
    from textual.theme import Theme
    from textual.timer import Timer

    from thingsjournal.session import Session

PAUSE = 0.5  # seconds of quiet in a field before its value is saved
LABELS = {
    "name": "Your name",
    "registration_number": "SSSC registration number",
    "register_part": "Register part",
    "registration_date": "Registration date",
}
PEOPLE = "People I work with"
PEOPLE_HINT = (
    "Names of children, families and colleagues, one on each line. The privacy check always flags them, "
    "in any case, and a letter alone (such as R) as an initial. Kept in your journal folder; never exported."
)
MY_WORDS = "My words"
MY_WORDS_HINT = (
    "Words the spelling check knows, one on each line: a on a word in a Spelling list adds it here. "
    "Take a word away to have it checked again."
)


def _checked(field: str) -> Callable[[str], Any]:
    """The field's text, trimmed, if the settings may hold it (the bounds are the settings')."""
    return lambda text: checked(field, text.strip())


def _optional_date(text: str) -> date | None:
    return parse_date(text) if text.strip() else None


class SettingsScreen(SavingScreen):
    """Every setting on one scrolling page, saved as the user goes."""

    DEFAULT_CSS = """
    SettingsScreen #settings-title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    SettingsScreen #settings-fields { height: 1fr; padding: 0 1; }
    SettingsScreen .label { margin-top: 1; text-style: bold; }
    SettingsScreen .hint { color: $text-muted; }
    SettingsScreen .problem { color: $error; }
    SettingsScreen CheckedInput { width: 40; }
    SettingsScreen Select { width: 100%; max-width: 76; }
    SettingsScreen #people, SettingsScreen #my_words { height: auto; min-height: 5; max-height: 12; max-width: 76; }
    SettingsScreen #settings-state { height: auto; padding: 0 1; background: $panel; }
    SettingsScreen #settings-state.-failed { color: $error; text-style: bold; }
    """

    BINDINGS = [Binding("escape", "back", "Back", id="settings.back", tooltip="Save and go back")]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        settings, problems = load_settings(session.locations.settings)
        if problems:
            settings = settings_that_validate(session.locations.settings)
        self.saved: dict[str, Any] = settings.model_dump()
        if self.saved["default_programme"] not in session.index.programmes:
            self.saved["default_programme"] = DEFAULT_PROGRAMME  # what an unset or stale setting means
        self.file_problem = str(problems[0]) if problems else None
        people, people_problems = read_people(session.journal.folder)
        self.saved_people = people  # the names as last saved: what the field is compared with
        self.people_file_problem = str(people_problems[0]) if people_problems else None
        self.timer: Timer | None = None
        self.leave_refused = False

    def compose(self) -> ComposeResult:
        saved = self.saved
        yield Static("Settings", id="settings-title")
        with VerticalScroll(id="settings-fields", can_focus=False):
            yield from self._field("name", saved["name"], _checked("name"), "your name")
            yield from self._field(
                "registration_number", saved["registration_number"], _checked("registration_number"), "digits only"
            )
            yield from self._field(
                "register_part", saved["register_part"], _checked("register_part"), "as on your SSSC registration"
            )
            yield from self._field(
                "registration_date",
                show_date(saved["registration_date"]),
                _optional_date,
                DATE_FORMS,
            )
            yield Static("Your CPL declaration year starts on this date's anniversary.", classes="hint")
            yield Static(id="cpl-year", classes="hint")
            yield Static("Theme", classes="label")
            themes = sorted(self.app.available_themes)
            yield Select(
                [(Text(name), name) for name in themes],
                value=self.app.theme,
                allow_blank=False,
                id="theme",
                compact=True,
            )
            yield Static("Default programme", classes="label")
            programmes = sorted(self.session.index.programmes.values(), key=lambda programme: programme.title)
            yield Select(
                [(Text(programme.title), programme.id) for programme in programmes],
                value=saved["default_programme"],
                allow_blank=False,
                id="default_programme",
                compact=True,
            )
            yield Static("Home shows it, and the command line uses it.", classes="hint")
            yield Static(PEOPLE, classes="label")
            yield Static(PEOPLE_HINT, classes="hint")
            yield ShownTextArea(
                "\n".join(self.saved_people),
                id="people",
                soft_wrap=True,
                tab_behavior="focus",
                show_line_numbers=False,
                placeholder="One name on each line",
            )
            yield Static(classes="problem", id="people-problem")
            yield Static(MY_WORDS, classes="label")
            yield Static(MY_WORDS_HINT, classes="hint")
            yield ShownTextArea(
                "\n".join(self.saved["my_words"]),
                id="my_words",
                soft_wrap=True,
                tab_behavior="focus",
                show_line_numbers=False,
                placeholder="One word on each line",
            )
        yield Static(id="settings-state")
        yield SteadyFooter()

    def _field(self, field: str, text: str, parse: Callable[[str], Any], placeholder: str) -> ComposeResult:
        yield from checked_field(LABELS[field], field, text, parse, placeholder)

    def on_mount(self) -> None:
        for problem in self.query(".problem"):
            problem.display = False
        self._show_year(self.saved["registration_date"])
        if self.people_file_problem:
            self._show_people_problem(
                f"Your list of people could not be read ({self.people_file_problem}), so it is shown empty. "
                "Saving a change keeps a copy of the file as it was."
            )
        if self.file_problem:
            self._show_state(
                f"✗ Your settings file has a problem, so only its valid values are shown ({self.file_problem}). "
                "Saving a change keeps a copy of the file as it was.",
                failed=True,
            )
        else:
            self._show_state("Changes are saved as you type.")
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        self.query_one("#name", CheckedInput).focus()

    @on(Input.Changed)
    def field_changed(self, event: Input.Changed) -> None:
        """Show the field's problem line while it has one (CheckedInput has checked the text); save
        it after a short pause."""
        field = event.input
        if not isinstance(field, CheckedInput):
            return
        self.query_one(f"#{field.id}-problem", Static).display = field.problem is not None
        if field.field == "registration_date":
            self._show_year(self.saved["registration_date"] if field.problem else field.value_ok)
        self.leave_refused = False
        if self.timer is not None:
            self.timer.stop()
        self.timer = self.set_timer(PAUSE, self.flush)

    @on(TextArea.Changed, "#people")
    @on(TextArea.Changed, "#my_words")
    def people_changed(self) -> None:
        """Saved, like the other fields, after a short pause or when the list is left."""
        self.leave_refused = False
        if self.timer is not None:
            self.timer.stop()
        self.timer = self.set_timer(PAUSE, self.flush)

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        self.flush()

    @on(Select.Changed, "#default_programme")
    def programme_changed(self) -> None:
        self.flush()

    @on(Select.Changed, "#theme")
    def theme_chosen(self, event: Select.Changed) -> None:
        """The app remembers the theme itself (see `_theme_changed`)."""
        if event.value != self.app.theme:
            self.app.theme = str(event.value)

    def _theme_changed(self, theme: Theme) -> None:
        """The theme changed (here or from the command palette): show it, and whether it was saved."""
        self.query_one("#theme", Select).value = theme.name
        if self.session.settings.get("theme") == theme.name:
            self._saved_state()
        else:
            self._show_state("✗ Not saved: the theme could not be remembered", failed=True)

    def flush(self) -> str | None:
        """Save every valid change now; the reason some could not be saved, or None."""
        if self.timer is not None:
            self.timer.stop()
            self.timer = None
        changes: dict[str, Any] = {}
        invalid = []
        for field in self.query(CheckedInput):
            try:
                value = field.parse(field.value)
            except ValueError:
                invalid.append(LABELS[field.field])
                continue
            if value != self.saved[field.field]:
                changes[field.field] = value
        programme = self.query_one("#default_programme", Select).value
        if programme != self.saved["default_programme"]:
            changes["default_programme"] = programme
        words = [line.strip() for line in self.query_one("#my_words", TextArea).text.splitlines() if line.strip()]
        if words != self.saved["my_words"]:
            changes["my_words"] = words
        failed = self._save_people(invalid)
        if changes:
            try:
                settings = update_settings(self.session.locations.settings, **changes)
            except (OSError, ValueError) as error:
                failed = failed or f"Not saved: {error}"
            else:
                self.session.forget_settings()
                self.saved.update({field: getattr(settings, field) for field in changes})
                self._saved_state()
        if invalid and not failed:  # each valid value is saved: say which were not
            verb = "they are" if len(invalid) > 1 else "it is"
            failed = f"{' and '.join(invalid)} not saved, as {verb} not valid; the rest is saved"
        if failed:
            self._show_state(f"✗ {failed}", failed=True)
            return f"Settings: {failed}"
        return None

    def _save_people(self, invalid: list[str]) -> str | None:
        """Save the list if it changed and is valid; a name that is not valid keeps what was typed,
        says why beneath it and joins `invalid`. Why it could not be written, or None."""
        lines = self.query_one("#people", TextArea).text.splitlines()
        names = [line.strip() for line in lines if line.strip()]
        if names == self.saved_people:
            if not self.people_file_problem:
                self._show_people_problem(None)  # a name put right, or typed and taken away again
            return None
        problem = next(
            (
                f"Line {number}: {why}"
                for number, line in enumerate(lines, 1)
                if line.strip() and (why := name_problem(line))
            ),
            None,
        )
        if problem is None:
            try:
                self.session.save_people(names)
            except ValueError as error:
                problem = str(error)  # too many names
            except OSError as error:
                return f"Not saved: {error}"
        self._show_people_problem(problem)
        if problem:
            invalid.append(PEOPLE)
            return None
        self.saved_people = names
        if self.people_file_problem:
            self.people_file_problem = None
            self._show_state("✓ Saved (a copy of your list of people as it was is kept beside it)")
        else:
            self._saved_state()
        return None

    def _show_people_problem(self, problem: str | None) -> None:
        line = self.query_one("#people-problem", Static)
        line.update(Text(f"✗ {problem}" if problem else ""))
        line.display = problem is not None

    def _saved_state(self) -> None:
        note = " (a copy of the settings file as it was is kept beside it)" if self.file_problem else ""
        self.file_problem = None
        self._show_state(f"✓ Saved{note}")

    def _show_year(self, registration: date | None) -> None:
        year = year_of(self.session.current_date(), registration)
        basis = "" if registration else " (the calendar year: no date set)"
        due = f", due {show_date(year.due)}" if registration else ""
        shown = f"Your CPL year: {year.shown()}{basis}{due}"
        self.query_one("#cpl-year", Static).update(Text(shown))

    def _show_state(self, text: str, failed: bool = False) -> None:
        state = self.query_one("#settings-state", Static)
        state.update(Text(text))
        state.set_class(failed, "-failed")

    def action_back(self) -> None:
        """Save, then go back; with a value that is not valid, stay once so it can be put right."""
        problem = self.flush()
        if problem and not self.leave_refused:
            self.leave_refused = True
            self._show_state(f"✗ {problem}. Put it right, or press Escape again to go back without it.", failed=True)
            return
        self.app.pop_screen()
