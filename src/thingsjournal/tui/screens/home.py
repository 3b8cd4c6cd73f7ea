"""Home: the programme at a glance, one row per Thing."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static
from textual.widgets.data_table import ColumnKey

from thingsjournal.content_cache import ProgrammeSummary
from thingsjournal.session import ThingRow

STATUS_LABELS = {"not-started": "○ not started"}


class HomeScreen(Screen[None]):
    """The list of Things with their status; the first thing a user sees."""

    def __init__(self, programme: ProgrammeSummary, rows: list[ThingRow], highlight: int | None = None) -> None:
        super().__init__()
        self.programme = programme
        self.rows = rows
        self.highlight = highlight

    def compose(self) -> ComposeResult:
        yield Static(Text(self.programme.title, style="bold"), id="programme-title")
        if self.programme.start_with:
            first, last = self.programme.start_with[0], self.programme.start_with[-1]
            yield Static(
                Text(f"New here? Start with Things {first}-{last}: they make a good foundation for the rest."),
                id="advice",
            )
        yield DataTable(id="things", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#things", DataTable)
        table.add_column("#", key="number")
        table.add_column("Status", key="status")
        table.add_column("Words", key="words")
        table.add_column("Thing", key="title")
        for row in self.rows:
            words = f"{row.words}/{row.min_words}" if row.min_words else str(row.words)
            table.add_row(
                Text(str(row.number), justify="right"),
                Text(STATUS_LABELS.get(row.status, row.status)),
                Text(words, justify="right"),
                Text(row.title, no_wrap=True, overflow="ellipsis"),
                key=str(row.number),
            )
        if self.highlight is not None:
            table.move_cursor(row=table.get_row_index(str(self.highlight)))
        table.focus()

    def on_resize(self) -> None:
        """Fit the titles to the window, so status and words stay in view at 80 columns."""
        table = self.query_one("#things", DataTable)
        title = table.columns[ColumnKey("title")]
        others = sum(column.get_render_width(table) for key, column in table.columns.items() if key != "title")
        scrollbar = table.styles.scrollbar_size_vertical
        title.auto_width = False
        title.width = max(10, self.size.width - others - 2 * table.cell_padding - scrollbar)
        table.refresh()
