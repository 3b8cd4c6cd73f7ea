"""Every key in the app, for the help screen.

The rows are read from the BINDINGS of the classes registered in SECTIONS, so the help cannot
drift from the code: a new screen adds one line there. Keys that Textual's own widgets give
every field and list are in BUILT_IN, checked against Textual 8.2.8.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.keys import format_key

from thingsjournal.tui.app import ThingsJournalApp
from thingsjournal.tui.dialogs.confirm import ConfirmScreen
from thingsjournal.tui.dialogs.entry_picker import EntryPicker
from thingsjournal.tui.dialogs.notices import NoticesScreen
from thingsjournal.tui.dialogs.programmes import ProgrammeScreen
from thingsjournal.tui.dialogs.ready import ReadyScreen
from thingsjournal.tui.screens.assessment import AssessmentScreen
from thingsjournal.tui.screens.autosaving import EditingScreen
from thingsjournal.tui.screens.export import ExportScreen
from thingsjournal.tui.screens.history import HistoryScreen
from thingsjournal.tui.screens.home import HomeScreen, ThingsList
from thingsjournal.tui.screens.journal import EntriesList, JournalScreen
from thingsjournal.tui.screens.learning import LearningScreen
from thingsjournal.tui.screens.ratings import RatingScreen
from thingsjournal.tui.screens.settings import SettingsScreen
from thingsjournal.tui.screens.thing import ThingScreen
from thingsjournal.tui.widgets.criteria import CriterionBox
from thingsjournal.tui.widgets.privacy_panel import FindingsList
from thingsjournal.tui.widgets.spelling_panel import MisspellingsList

Row = tuple[str, str]  # the keys as a user would write them, and what they do

SECTIONS: list[tuple[str, list[type]]] = [
    ("Everywhere", [ThingsJournalApp]),
    ("Home", [HomeScreen, ThingsList]),
    ("Any entry you are writing (a Thing, a record, an assessment, a rating)", [EditingScreen]),
    ("A Thing's workspace", [ThingScreen]),
    ("A point the statement covers (beside the statement)", [CriterionBox]),
    ("Journal", [JournalScreen, EntriesList]),
    ("A learning record", [LearningScreen]),
    ("Settings", [SettingsScreen]),
    ("Export", [ExportScreen]),
    ("History of an entry (F8)", [HistoryScreen]),
    ("What the privacy check found (the Privacy tab, Export)", [FindingsList]),
    ("What the spelling check found (the Spelling tab, a learning record)", [MisspellingsList]),
    ("Choosing a programme", [ProgrammeScreen]),
    ("What waits for you (notices)", [NoticesScreen]),
    ("A self-assessment", [AssessmentScreen]),
    ("Linking journal entries", [EntryPicker]),
    ("Capability ratings", [RatingScreen]),
    ("Ready to apply? (F5 in a Thing)", [ReadyScreen]),
    ("A question (yes or no)", [ConfirmScreen]),
]

NAMES = {
    "escape": "Esc",
    "enter": "Enter",
    "tab": "Tab",
    "space": "Space",
    "backspace": "Backspace",
    "delete": "Delete",
    "insert": "Insert",
    "home": "Home",
    "end": "End",
    "pageup": "Page Up",
    "pagedown": "Page Down",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
}


def key_name(key: str) -> str:
    """`ctrl+q` as `Ctrl+Q`, `escape` as `Esc`, `question_mark` as `?`: as the keyboard says,
    not as Textual's footer does (`^q`), which users do not recognise."""
    *modifiers, name = key.split("+")
    shown = NAMES.get(name) or format_key(name)
    if name not in NAMES and (modifiers or len(shown) > 1):
        shown = shown.upper()
    return "+".join([*(modifier.capitalize() for modifier in modifiers), shown])


def rows(classes: list[type]) -> list[Row]:
    """One row per action of each class's own bindings, its keys together: `Ctrl+Q, q`.
    Inherited bindings are Textual's, and BUILT_IN describes those."""
    actions: dict[tuple[type, str], list[Binding]] = {}
    for cls in classes:
        for binding in Binding.make_bindings(vars(cls).get("BINDINGS", [])):
            actions.setdefault((cls, binding.action), []).append(binding)
    return [
        (
            ", ".join(binding.key_display or key_name(binding.key) for binding in group),
            next((binding.tooltip for binding in group if binding.tooltip), group[0].description),
        )
        for group in actions.values()
    ]


PALETTE = key_name(ThingsJournalApp.COMMAND_PALETTE_BINDING)

BUILT_IN: list[tuple[str, list[Row]]] = [
    (
        "Moving around",
        [
            ("Tab, Shift+Tab", "Go to the next or previous field, list or button"),
            ("↑, ↓, Page Up, Page Down", "Move in a list, or scroll"),
            ("Enter", "Open, choose or tick what is highlighted; open a menu"),
            ("Space", "Tick or untick a box; open a menu"),
            ("←, →", "Change tab, when the row of tabs is highlighted"),
            (PALETTE, "Command palette: type a few letters to find any command"),
            ("Mouse", "Click to choose or to move there; the wheel scrolls; click a link to open it"),
        ],
    ),
    (
        "Writing in a text field",
        [
            ("←, →, ↑, ↓", "Move the cursor"),
            ("Ctrl+←, Ctrl+→", "Move a word at a time"),
            ("Home, End", "Go to the start or the end of the line"),
            ("Shift+arrows", "Select text"),
            ("Ctrl+C, Ctrl+X, Ctrl+V", "Copy, cut, paste"),
            ("Ctrl+Z, Ctrl+Y", "Undo, redo, in a writing box (elsewhere Ctrl+Z does nothing)"),
            ("Ctrl+A", "Select all the text in a field (F7 too, in a writing box)"),
            ("Ctrl+W", "Delete the word before the cursor"),
        ],
    ),
]


def help_sections() -> list[tuple[str, list[Row]]]:
    """The app's own keys, where they work, then Textual's."""
    return [(title, rows(classes)) for title, classes in SECTIONS] + BUILT_IN
