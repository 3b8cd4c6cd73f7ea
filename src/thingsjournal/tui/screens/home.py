"""Home: the programme at a glance. Every Thing with its status, progress, coverage of the
capabilities and core learning elements, and this year's CPL; filters by status or capability."""

from __future__ import annotations

from datetime import timedelta

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, ProgressBar, Select, Static
from textual.widgets.data_table import ColumnKey

from thingsjournal.dates import show_date, show_minutes
from thingsjournal.progress import Overview, overview
from thingsjournal.session import Session, ThingRow

STATUS_LABELS = {
    "not-started": "○ not started",
    "draft": "◐ draft",
    "ready": "● ready",
    "complete": "✓ complete",
    "badge-applied": "◇ badge applied",
    "badge-awarded": "◆ badge awarded",
}
WIDE = 110  # from this many columns the summary sits beside the list


class ThingsTable(DataTable[Text]):
    """The list of Things; Enter or a single click opens one."""

    BINDINGS = [Binding("enter", "select_cursor", "Open", id="home.open", tooltip="Open the highlighted Thing")]

    async def _on_click(self, event: events.Click) -> None:
        before = self.cursor_coordinate
        await super()._on_click(event)
        if event.style.meta.get("row", -1) >= 0 and self.cursor_coordinate != before:
            self.action_select_cursor()  # DataTable only selects on a second click


class HomeScreen(Screen[None]):
    """The list of Things with their status; the first thing a user sees."""

    BINDINGS = [
        Binding("s", "focus_status", "Status filter", id="home.status"),
        Binding("c", "focus_capability", "Capability filter", id="home.capability"),
    ]

    def __init__(self, session: Session, highlight: int | None = None) -> None:
        super().__init__()
        self.session = session
        self.highlight = highlight
        self.overview: Overview | None = None

    def compose(self) -> ComposeResult:
        programme = self.session.programme
        with Horizontal(id="home-header"):
            yield Static(Text(programme.title, style="bold", no_wrap=True, overflow="ellipsis"), id="programme-title")
        with Horizontal(id="progress-line"):
            yield ProgressBar(total=max(1, len(programme.things)), show_eta=False, show_percentage=False, id="progress")
            yield Static(id="progress-text")
        with Horizontal(id="filters"):
            yield Select(
                [(Text(label), status) for status, label in STATUS_LABELS.items()],
                prompt="Any status",
                id="status-filter",
                compact=True,
            )
            yield Select(
                [(Text(capability.name), capability.id) for capability in self.session.index.capabilities()],
                prompt="Any capability",
                id="capability-filter",
                compact=True,
            )
            if programme.start_with:
                first, last = programme.start_with[0], programme.start_with[-1]
                yield Static(Text(f"Start with Things {first}-{last}."), id="advice")
        with Horizontal(id="home-body"):
            yield ThingsTable(id="things", cursor_type="row", zebra_stripes=True)
            yield Static(id="summary")
        yield Static(id="summary-line")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#things", DataTable)
        table.add_column("#", key="number")
        table.add_column("Status", key="status")
        table.add_column("Words", key="words")
        table.add_column("Thing", key="title")
        self.refresh_overview()
        if self.highlight is not None:
            table.move_cursor(row=table.get_row_index(str(self.highlight)))
        table.focus()

    def on_screen_resume(self) -> None:
        self.refresh_overview()

    def refresh_overview(self) -> None:
        """Read the journal's summaries again and show them."""
        self.session.refresh()
        self.overview = overview(self.session)
        self._fill_table()
        self._show_progress()
        self._show_summary()

    def _visible_rows(self) -> list[ThingRow]:
        assert self.overview is not None
        status = self.query_one("#status-filter", Select).value
        capability = self.query_one("#capability-filter", Select).value
        related = self.session.related_capabilities()
        return [
            row
            for row in self.overview.rows
            if (status is Select.NULL or row.status == status)
            and (capability is Select.NULL or capability in related.get(row.number, ()))
        ]

    def _fill_table(self) -> None:
        table = self.query_one("#things", DataTable)
        current = table.cursor_row
        table.clear()
        for row in self._visible_rows():
            words = f"{row.words}/{row.min_words}" if row.min_words else str(row.words)
            table.add_row(
                Text(str(row.number), justify="right"),
                Text(STATUS_LABELS.get(row.status, row.status)),
                Text(words, justify="right"),
                Text(row.title, no_wrap=True, overflow="ellipsis"),
                key=str(row.number),
            )
        if table.row_count:
            table.move_cursor(row=min(current, table.row_count - 1))
        self._fit_titles()

    def _show_progress(self) -> None:
        assert self.overview is not None
        statuses = self.overview.statuses
        self.query_one("#progress", ProgressBar).update(progress=self.overview.done)
        parts = [f"{self.overview.done} of {len(self.overview.rows)} done"]
        parts += [f"{statuses[name]} {name}" for name in ("ready", "draft") if statuses[name]]
        self.query_one("#progress-text", Static).update(Text(" · ".join(parts)))

    def _show_summary(self) -> None:
        assert self.overview is not None
        start, end = self.overview.year
        learning = f"{self.overview.year_entries} entries, {show_minutes(self.overview.year_minutes) or '0m'}"
        text = Text()
        text.append("Capabilities evidenced\n", style="bold")
        for capability, count in self.overview.capabilities:
            text.append(f"{'✓' if count else '·'} {count:>2}  {capability.name}\n")
        text.append("\nCore learning elements\n", style="bold")
        for element, count in self.overview.elements:
            text.append(f"{'✓' if count else '·'} {count:>2}  {element.name}\n")
        text.append("\nThis CPL year\n", style="bold")
        text.append(f"{show_date(start)} – {show_date(end - timedelta(days=1))}\n{learning}")
        self.query_one("#summary", Static).update(text)
        covered = sum(1 for _, count in self.overview.capabilities if count)
        elements = sum(1 for _, count in self.overview.elements if count)
        line = (
            f"Capabilities {covered}/{len(self.overview.capabilities)} · "
            f"core learning elements {elements}/{len(self.overview.elements)} · this CPL year: {learning}"
        )
        self.query_one("#summary-line", Static).update(Text(line, no_wrap=True, overflow="ellipsis"))

    def on_resize(self) -> None:
        self.set_class(self.size.width >= WIDE, "-wide")
        self._fit_titles()

    def _fit_titles(self) -> None:
        """Fit the titles to the list's width, so status and words stay in view at 80 columns."""
        table = self.query_one("#things", DataTable)
        if not table.columns:
            return
        title = table.columns[ColumnKey("title")]
        others = sum(column.get_render_width(table) for key, column in table.columns.items() if key != "title")
        width = table.size.width or self.size.width
        title.auto_width = False
        title.width = max(10, width - others - 2 * table.cell_padding - table.styles.scrollbar_size_vertical)
        table.refresh()

    @on(Select.Changed)
    def filter_changed(self) -> None:
        if self.overview is not None:
            self._fill_table()

    @on(DataTable.RowSelected)
    def row_selected(self, event: DataTable.RowSelected) -> None:
        self.app.open_thing(int(str(event.row_key.value)))  # type: ignore[attr-defined]

    def action_focus_status(self) -> None:
        self.query_one("#status-filter", Select).focus()

    def action_focus_capability(self) -> None:
        self.query_one("#capability-filter", Select).focus()
