"""Home: the programme at a glance. Every Thing with its status, progress, coverage of the
capabilities and core learning elements, and this year's CPL; filters by status or capability."""

from __future__ import annotations

from textwrap import wrap
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import OptionList, ProgressBar, Select, Static
from textual.widgets.option_list import Option

from thingsjournal.journal.status import DRAFT, READY, STATUS_ORDER, in_words
from thingsjournal.notices import Notice, notices
from thingsjournal.progress.programme import Overview, overview, start_with
from thingsjournal.text.dates import show_minutes
from thingsjournal.text.plural import counted
from thingsjournal.tui.journal_app import journal_app
from thingsjournal.tui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from thingsjournal.journal.view import ThingRow
    from thingsjournal.session import Session

STATUS_LABELS = {status: f"{mark} {in_words(status)}" for status, mark in zip(STATUS_ORDER, "○◐●✓✗◇◆", strict=True)}
WIDE = 110  # from this many columns the summary sits beside the list


class NoticeLine(Horizontal):
    """The notice line; a click shows every notice."""

    def on_click(self) -> None:
        screen = self.screen
        if isinstance(screen, HomeScreen):
            screen.action_notices()


class ThingsList(OptionList):
    """The list of Things, a row each (a long title wraps under its column); Enter or a click
    opens one."""

    BINDINGS = [Binding("enter", "select", "Open", id="home.open", tooltip="Open the highlighted Thing")]


def thing_line(row: ThingRow, title_width: int) -> Text:
    """`1    ○ not started      0/200  Why is everyday leadership`, with the rest of the title
    wrapped under its column: a Thing's title is its question, to be read whole."""
    line = Text(
        f"{row.thing.number:<3}  {STATUS_LABELS.get(row.status, row.status):<16}{row.words_of_minimum:>9}  ",
        no_wrap=True,
    )
    line.append(f"\n{' ' * COLUMNS_BEFORE_TITLE}".join(wrap(row.thing.title, title_width) or [""]))
    return line


COLUMNS_BEFORE_TITLE = 3 + 2 + 16 + 9 + 2


class HomeScreen(Screen[None]):
    """The list of Things with their status; the first thing a user sees."""

    BINDINGS = [
        Binding(
            "j", "app.journal", "Journal", id="home.journal", tooltip="Every entry: search, filter, delete, restore"
        ),
        Binding("n", "new_record", "New record", id="home.new", tooltip="Add a learning-log record of any other CPL"),
        Binding(
            "x",
            "app.export",
            "Export",
            id="home.export",
            tooltip="A CPL portfolio or any entry, as Markdown, HTML or text",
        ),
        Binding(
            "d",
            "app.declaration",
            "Declaration",
            id="home.declaration",
            tooltip="This CPL year: when it is due, what is covered and what is not",
        ),
        Binding(
            "p",
            "app.choose_programme",
            "Programme",
            id="home.programme",
            show=False,  # the palette and f1 list it; the footer keeps room for Help and Quit at 80 columns
            tooltip="Work on another programme",
        ),
        Binding(
            "a",
            "self_assessment",
            "Self-assessment",
            id="home.assess",
            show=False,
            tooltip="A new self-assessment and action plan",
        ),
        Binding(
            "r",
            "rating",
            "Rate capabilities",
            id="home.rate",
            show=False,
            tooltip="Rate the six capabilities; see the chart over time",
        ),
        Binding("s", "focus_status", "Status", id="home.status", show=False, tooltip="Filter the Things by status"),
        Binding(
            "c",
            "focus_capability",
            "Capability",
            id="home.capability",
            show=False,
            tooltip="Filter the Things by capability",
        ),
        Binding(
            "exclamation_mark",
            "notices",
            "Notices",
            id="home.notices",
            show=False,  # the notice line says so, where there is one
            tooltip="Everything that waits for you, with what to do; choose one to go to it",
        ),
        Binding(
            "f2",
            "app.settings",
            "Settings",
            id="home.settings",
            show=False,
            tooltip="Your name, registration, theme and programme",
        ),
    ]

    def __init__(self, session: Session, highlight: int | None = None) -> None:
        super().__init__()
        self.session = session
        self.highlight = highlight
        self.overview: Overview | None = None
        self.resumed = False
        self.fitted_width = 0
        self.notices: list[Notice] = []

    def compose(self) -> ComposeResult:
        with Horizontal(id="home-header"):
            yield Static(id="programme-title")
        with Horizontal(id="progress-line"):
            yield ProgressBar(show_eta=False, show_percentage=False, id="progress")
            yield Static(id="progress-text")
        with NoticeLine(id="notice-line"):
            yield Static(id="notice-text")
            yield Static(id="notice-key")
        with Horizontal(id="filters"):
            yield Select(
                [(Text(label), status) for status, label in STATUS_LABELS.items()],
                prompt="Any status (s)",
                id="status-filter",
                compact=True,
            )
            yield Select(
                [(Text(capability.name), capability.id) for capability in self.session.index.capabilities()],
                prompt="Any capability (c)",
                id="capability-filter",
                compact=True,
            )
            yield Static(id="advice")
        with Horizontal(id="home-body"):
            with Vertical(id="things-pane"):
                yield Static(Text(f"{'#':<3}  {'Status':<16}{'Words':>9}  Thing", style="bold"), id="things-header")
                yield ThingsList(id="things")
            yield Static(id="summary")
        yield Static(id="summary-line")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.set_class(self.app.size.width >= WIDE, "-wide")
        self.refresh_overview(read_again=False)  # the app has just read the journal
        self.fitted_width = self._title_width()  # the list is filled for this width: the first resize keeps it
        things = self.query_one("#things", ThingsList)
        if self.highlight is not None:
            things.highlighted = things.get_option_index(str(self.highlight))
        things.focus()

    def on_screen_resume(self) -> None:
        if self.resumed:  # the first resume comes with the mount, which has just filled the list
            self.refresh_overview()
        self.resumed = True

    def refresh_overview(self, read_again: bool = True) -> None:
        """Read the journal's summaries again (a scan of every file) and show them."""
        if read_again:
            self.session.refresh()
        session = self.session
        self.overview = overview(session.view, session.current_date(), session.registration_date)
        self._show_programme()
        self._show_notices()
        self._fill_table()
        self._show_progress()
        self._show_summary()

    def _show_programme(self) -> None:
        """The programme's title, size and advice: the default programme may change in Settings."""
        programme = self.session.programme
        self.query_one("#programme-title", Static).update(
            Text(programme.title, style="bold", no_wrap=True, overflow="ellipsis")
        )
        self.query_one("#progress", ProgressBar).update(total=max(1, len(programme.things)))
        start = programme.start_with
        self.query_one("#advice", Static).update(Text(f"{start_with(start)}." if start else ""))

    def _show_notices(self) -> None:
        """The first notice, on one line, and the key that shows them all; no line without one."""
        self.notices = notices(self.session)
        self.query_one("#notice-line").display = bool(self.notices)
        if self.notices:
            self.query_one("#notice-text", Static).update(Text(f"⚑ {self.notices[0].text}", style="bold"))
            more = f"! see all {len(self.notices)}" if len(self.notices) > 1 else "! what to do"
            self.query_one("#notice-key", Static).update(Text(f" {more}"))

    def action_notices(self) -> None:
        if not self.notices:
            self.notify("Nothing waits for you.", markup=False)
            return
        from thingsjournal.tui.dialogs.notices import NoticesScreen

        self.app.push_screen(NoticesScreen(self.notices), self._go_to_notice)

    def _go_to_notice(self, notice: Notice | None) -> None:
        """Go where a chosen notice asks: its entry, or the texts not saved offered back."""
        if notice is None:
            return
        if notice.kind == "sync-copy" and notice.entry in self.session.listing.copies:
            from thingsjournal.tui.screens.sync_copy import SyncCopyScreen

            self.app.push_screen(
                SyncCopyScreen(self.session, notice.entry, self.session.listing.copies[notice.entry][0])
            )
        elif notice.entry:
            journal_app(self.app).open_entry(notice.entry)
        elif notice.kind == "cpl":
            journal_app(self.app).action_declaration()
        elif notice.kind == "emergency":
            from thingsjournal.journal.emergency import copies
            from thingsjournal.tui.offers import offer_emergency_copies

            offer_emergency_copies(journal_app(self.app), copies())

    def _visible_rows(self) -> list[ThingRow]:
        assert self.overview is not None
        status = self.query_one("#status-filter", Select).value
        capability = self.query_one("#capability-filter", Select).value
        related = self.session.view.related_capabilities()
        return [
            row
            for row in self.overview.rows
            if (status is Select.NULL or row.status == status)
            and (capability is Select.NULL or capability in related.get(row.thing.number, ()))
        ]

    def _fill_table(self) -> None:
        things = self.query_one("#things", ThingsList)
        current = things.highlighted or 0
        width = self._title_width()
        things.clear_options()
        things.add_options(Option(thing_line(row, width), id=str(row.thing.number)) for row in self._visible_rows())
        if things.option_count:
            things.highlighted = min(current, things.option_count - 1)

    def _title_width(self) -> int:
        width = self.app.size.width - (42 if self.app.size.width >= WIDE else 0)
        return max(10, width - COLUMNS_BEFORE_TITLE - 2)

    def _show_progress(self) -> None:
        assert self.overview is not None
        statuses = self.overview.statuses
        self.query_one("#progress", ProgressBar).update(progress=self.overview.done)
        parts = [f"{self.overview.done} of {len(self.overview.rows)} done"]
        parts += [f"{statuses[name]} {name}" for name in (READY, DRAFT) if statuses[name]]
        self.query_one("#progress-text", Static).update(Text(" · ".join(parts)))

    def _show_summary(self) -> None:
        assert self.overview is not None
        learning = f"{counted(self.overview.year_entries, 'entry', 'entries')}, {show_minutes(self.overview.year_minutes) or '0m'}"
        text = Text()
        text.append("Capabilities evidenced\n", style="bold")
        for capability, count in self.overview.capabilities:
            text.append(f"{'✓' if count else '·'} {count:>2}  {capability.name}\n")
        text.append("\nCore learning elements\n", style="bold")
        for element, count in self.overview.elements:
            text.append(f"{'✓' if count else '·'} {count:>2}  {element.name}\n")
        text.append("\nThis CPL year\n", style="bold")
        text.append(f"{self.overview.year.shown()}\n{learning}")
        self.query_one("#summary", Static).update(text)
        covered = sum(1 for _, count in self.overview.capabilities if count)
        elements = sum(1 for _, count in self.overview.elements if count)
        line = (
            f"Capabilities {covered}/{len(self.overview.capabilities)} · "
            f"learning elements {elements}/{len(self.overview.elements)} · CPL year: {learning}"
        )
        self.query_one("#summary-line", Static).update(Text(line, no_wrap=True, overflow="ellipsis"))

    def on_resize(self) -> None:
        wide = self.app.size.width >= WIDE
        if wide != self.has_class("-wide") or self.fitted_width != self._title_width():
            self.set_class(wide, "-wide")
            if self.overview is not None:
                self._fill_table()
        self.fitted_width = self._title_width()

    @on(Select.Changed)
    def filter_changed(self) -> None:
        if self.overview is not None:
            self._fill_table()

    @on(OptionList.OptionSelected, "#things")
    def thing_selected(self, event: OptionList.OptionSelected) -> None:
        journal_app(self.app).open_thing(int(str(event.option.id)))

    def action_self_assessment(self) -> None:
        journal_app(self.app).new_self_assessment()

    def action_rating(self) -> None:
        journal_app(self.app).new_rating()

    def action_new_record(self) -> None:
        journal_app(self.app).new_learning_record()

    def action_focus_status(self) -> None:
        self.query_one("#status-filter", Select).focus()

    def action_focus_capability(self) -> None:
        self.query_one("#capability-filter", Select).focus()
