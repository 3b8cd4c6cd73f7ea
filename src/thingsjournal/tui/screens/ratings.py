"""Rating the six leadership capabilities (and any sub-capability) on a date, with notes; and a
chart of every rating over time beside the journal's evidence for each capability."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Select, Static, TabbedContent, TabPane

from thingsjournal.journal.entries import CapabilityRating
from thingsjournal.progress.ratings import histories
from thingsjournal.text.dates import DATE_FORMS, parse_date, show_date
from thingsjournal.tui.screens.autosaving import EditingScreen, Located, select_finding
from thingsjournal.tui.widgets.checked_input import CheckedInput, checked_field
from thingsjournal.tui.widgets.fields import WritingField
from thingsjournal.tui.widgets.privacy_panel import PrivacyPanel
from thingsjournal.tui.widgets.save_indicator import SaveIndicator
from thingsjournal.tui.widgets.steady_footer import SteadyFooter
from thingsjournal.tui.widgets.tab_focus import Tabs, focus_opening, tab_shown

if TYPE_CHECKING:
    from datetime import date

    from textual.app import ComposeResult

    from thingsjournal.session import Session

RATING_CHOICES = [
    ("Not rated", 0),
    ("1 Just starting", 1),
    ("2 Developing", 2),
    ("3 Competent", 3),
    ("4 Confident", 4),
    ("5 A real strength", 5),
]


def chart(session: Session, on_screen: tuple[date, dict[str, int]] | None = None, editing: str | None = None) -> Text:
    """Each capability: its ratings over time as bars, the change, and its evidence."""
    rows = histories(session.view, on_screen, editing)
    width = max((len(row.name) for row in rows), default=10)
    text = Text()
    text.append(f"{'Capability':<{width}}  Over time   Change          Evidence\n", style="bold")
    for row in rows:
        dates = ", ".join(show_date(when) for when, _ in row.ratings[-3:])
        evidence = f"{row.evidence} entr{'y' if row.evidence == 1 else 'ies'}"
        text.append(f"{row.name:<{width}}  ")
        text.append(f"{row.bars():<10}", style="bold")
        text.append(f"  {row.change():<14}  {evidence}\n")
        if dates:
            text.append(f"{'':<{width}}  rated {dates}\n", style="italic")
    text.append("\nBars run from the first rating to the latest: ▁ 1 … █ 5.", style="italic")
    return text


class RatingScreen(EditingScreen[CapabilityRating]):
    DEFAULT_CSS = """
    #rating-header { height: 1; }
    #rating-title { width: 1fr; padding: 0 1; background: $panel; }
    #rating-tabs { height: 1fr; }
    RatingScreen TabPane { padding: 0 1; height: 1fr; }
    RatingScreen .label { text-style: bold; margin-top: 1; }
    RatingScreen .rating-row { height: auto; }
    RatingScreen .rating-row.capability { margin-top: 1; }
    RatingScreen .rating-row > .name { width: 1fr; }
    RatingScreen .rating-row.capability > .name { text-style: bold; }
    RatingScreen .rating-row.sub > .name { padding-left: 3; }
    RatingScreen .rating-row > Select { width: 24; }
    RatingScreen .problem { color: $error; }
    RatingScreen CheckedInput { width: 30; }
    """
    BINDINGS = [Binding("escape", "back", "Back", id="ratings.back", tooltip="Save and go back")]
    FIELDS = ("learning_date", "ratings", "notes")

    def __init__(self, session: Session, entry: CapabilityRating, stored: bool, tab: str = "") -> None:
        super().__init__(session, entry, stored, tab, classes="rating-screen")

    def compose(self) -> ComposeResult:
        entry = self.entry
        with Horizontal(id="rating-header"):
            yield Static(Text("Capability ratings", style="bold"), id="rating-title")
            yield SaveIndicator(id="save-state")
        with Tabs(id="rating-tabs", initial=self.opening_tab):
            with TabPane("Ratings", id="tab-ratings"), VerticalScroll(id="rating-form"):
                yield from checked_field(
                    "Date of this rating", "learning_date", show_date(entry.learning_date), parse_date, DATE_FORMS
                )
                for capability in self.session.catalog.capabilities().values():
                    yield from self._row(capability.id, capability.name, "capability")
                    for sub in capability.subs:
                        yield from self._row(sub.id, sub.name, "sub")
                yield WritingField("notes", "Notes on this rating", entry.notes)
            with TabPane("Chart", id="tab-chart"), VerticalScroll():
                yield Static(id="chart")
            with TabPane("Privacy", id="tab-privacy"):
                yield PrivacyPanel()
        yield SteadyFooter(compact=True)

    def _row(self, capability_id: str, name: str, kind: str) -> ComposeResult:
        """A capability (bold) or a sub-capability (indented), its name wrapped beside its rating."""
        with Horizontal(classes=f"rating-row {kind}"):
            yield Static(Text(name), classes="name")
            value = self.entry.ratings.get(capability_id, 0)
            yield Select(RATING_CHOICES, value=value, allow_blank=False, id=f"rate-{capability_id}", compact=True)

    def on_mount(self) -> None:
        super().on_mount()
        self.show_chart()
        focus_opening(self, self.opening_tab, self.query_one("#learning_date", CheckedInput))

    @on(TabbedContent.TabActivated)
    def tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """Show the chart fresh, and move the focus into the tab shown."""
        self.show_chart()
        tab_shown(event)

    def show_chart(self) -> None:
        snapshot = self.snapshot()
        when = snapshot["learning_date"] or self.session.current_date()
        self.query_one("#chart", Static).update(chart(self.session, (when, snapshot["ratings"]), self.entry.id))

    def snapshot(self) -> dict[str, Any]:
        ratings = {}
        for select in self.query(Select):
            name = select.id or ""
            if name.startswith("rate-") and isinstance(select.value, int) and select.value:
                ratings[name.removeprefix("rate-")] = select.value
        return {
            "base": self.entry,
            "learning_date": self.query_one("#learning_date", CheckedInput).value_ok,
            "ratings": ratings,
            "notes": self.query_one(WritingField).editor.text,
        }

    def go_to(self, finding: Located) -> None:
        self.query_one(TabbedContent).active = "tab-ratings"
        self.call_after_refresh(select_finding, self.query_one(WritingField).editor, finding)
