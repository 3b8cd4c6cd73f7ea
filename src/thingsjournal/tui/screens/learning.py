"""The learning-log form: a record of any other CPL, saved as the user goes (see
`EditingScreen`), with word counts as in the Thing workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.suggester import SuggestFromList
from textual.widgets import Input, SelectionList, Static, TextArea
from textual.widgets.input import Selection as InputSelection
from textual.widgets.selection_list import Selection

from thingsjournal.journal.entries import LearningRecord
from thingsjournal.text.dates import DATE_FORMS, parse_date, parse_minutes, show_date, show_minutes
from thingsjournal.tui.screens.autosaving import EditingScreen, Located, select_finding
from thingsjournal.tui.widgets.checked_input import CheckedInput, checked_field
from thingsjournal.tui.widgets.fields import WritingField
from thingsjournal.tui.widgets.privacy_panel import PrivacyPanel
from thingsjournal.tui.widgets.save_indicator import SaveIndicator
from thingsjournal.tui.widgets.shown_input import ShownInput
from thingsjournal.tui.widgets.spelling_panel import SpellingPanel
from thingsjournal.tui.widgets.steady_footer import SteadyFooter
from thingsjournal.tui.widgets.summary_field import summary_field
from thingsjournal.tui.widgets.tick_box import TickList

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from thingsjournal.session import Session

# Offered as the user types the kind of activity; anything else may be typed.
ACTIVITY_KINDS = [
    "Course",
    "E-learning",
    "Reading",
    "Webinar",
    "Conference",
    "Supervision",
    "Peer observation",
    "Mentoring",
    "Coaching",
    "Team meeting",
    "Shadowing",
    "Practitioner enquiry",
    "Network meeting",
]


class LearningScreen(EditingScreen[LearningRecord]):
    DEFAULT_CSS = """
    #learning-header { height: 1; }
    #learning-title { width: 1fr; padding: 0 1; background: $panel; }
    #learning-form { padding: 0 1; height: 1fr; }
    #learning-form .label { margin-top: 1; text-style: bold; }
    #learning-form .problem { color: $error; }
    #when { height: auto; }
    #when .half { width: 1fr; height: auto; margin-right: 2; }
    #learning-form WritingField { margin-top: 1; }
    #learning-form SelectionList { height: auto; }
    #learning-form PrivacyPanel, #learning-form SpellingPanel { height: auto; max-height: 12; }
    #learning-form FindingsList { height: auto; max-height: 8; }
    """
    BINDINGS = [Binding("escape", "back", "Back", id="learning.back", tooltip="Save and go back")]
    FIELDS = ("title", "activity", "learned", "practice", "summary", "learning_date", "minutes", "elements", "topics")

    def __init__(self, session: Session, entry: LearningRecord, stored: bool) -> None:
        super().__init__(session, entry, stored, classes="learning-screen")

    def compose(self) -> ComposeResult:
        entry = self.entry
        with Horizontal(id="learning-header"):
            yield Static(Text("Learning record", style="bold", no_wrap=True), id="learning-title")
            yield SaveIndicator(id="save-state")
        with VerticalScroll(id="learning-form"):
            yield Static("Title", classes="label")
            # Never selected on focus: a key pressed on arrival would replace the title.
            yield ShownInput(
                entry.title,
                placeholder="What was it? e.g. Paediatric first aid refresher",
                id="title",
                compact=True,
                select_on_focus=False,
            )
            yield Static("Kind of activity", classes="label")
            yield ShownInput(
                entry.activity,
                placeholder="Course, reading, supervision, ... (→ accepts a suggestion)",
                suggester=SuggestFromList(ACTIVITY_KINDS, case_sensitive=False),
                id="activity",
                compact=True,
                select_on_focus=False,
            )
            with Horizontal(id="when"):
                with Vertical(classes="half"):
                    yield from checked_field(
                        "Learning date", "learning_date", show_date(entry.learning_date), parse_date, DATE_FORMS
                    )
                with Vertical(classes="half"):
                    yield from checked_field(
                        "Time spent", "minutes", show_minutes(entry.minutes), parse_minutes, "90, or 1h 30m"
                    )
            yield WritingField("learned", "What did you learn?", entry.learned)
            yield WritingField("practice", "How will it change your practice?", entry.practice)
            yield from summary_field(entry.summary)
            yield Static("Core learning elements", classes="label")
            yield TickList(
                *[
                    Selection(Text(element.name), element.id, element.id in entry.elements)
                    for element in self.session.index.learning_elements()
                ],
                id="elements",
                compact=True,
            )
            yield Static("Expected of everyone, every CPL year", classes="label")
            yield TickList(
                *[
                    Selection(Text(topic.name), topic.id, topic.id in entry.topics)
                    for topic in self.session.index.expected_topics()
                ],
                id="topics",
                compact=True,
            )
            yield Static("Privacy", classes="label")
            yield PrivacyPanel()
            yield Static("Spelling", classes="label")
            yield SpellingPanel()
        yield SteadyFooter()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#title", Input).focus()

    def go_to(self, finding: Located) -> None:
        field = self.query_one(f"#{finding.field}")
        if isinstance(field, Input):
            field.focus()
            field.selection = InputSelection(finding.column - 1, finding.column - 1 + len(finding.text))
        elif isinstance(field, TextArea):
            select_finding(field, finding)

    def snapshot(self) -> dict[str, Any]:
        fields = {field.field: field.editor.text for field in self.query(WritingField)}
        checked = {field.field: field.value_ok for field in self.query(CheckedInput)}
        return {
            "base": self.entry,
            "title": self.query_one("#title", Input).value,
            "activity": self.query_one("#activity", Input).value,
            "learned": fields["learned"],
            "practice": fields["practice"],
            "learning_date": checked["learning_date"],
            "minutes": checked["minutes"],
            "summary": self.query_one("#summary", Input).value,
            "elements": tuple(sorted(self.query_one("#elements", SelectionList).selected)),
            "topics": tuple(sorted(self.query_one("#topics", SelectionList).selected)),
        }
