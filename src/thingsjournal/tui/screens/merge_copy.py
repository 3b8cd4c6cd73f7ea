"""An entry and a sync tool's copy of it merged paragraph by paragraph (`journal.merge`): for
each place where they differ the user keeps the entry's paragraphs, the copy's, or both, sees
both sides of the place highlighted, and keeps the result; both texts before become versions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from thingsjournal.errors import UserError
from thingsjournal.journal.merge import CHOICES, hunks, merged
from thingsjournal.journal.store import JournalError
from thingsjournal.text.control_chars import shown
from thingsjournal.tui.widgets.privacy_panel import field_label
from thingsjournal.tui.widgets.row_list import RowList
from thingsjournal.tui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from thingsjournal.journal.entry_cache import Data
    from thingsjournal.journal.sync_copies import SyncCopy
    from thingsjournal.session import Session


class MergeCopyScreen(Screen[bool]):
    """Dismissed with True once the merged text was kept."""

    DEFAULT_CSS = """
    MergeCopyScreen #merge-title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    MergeCopyScreen #merge-said { height: auto; padding: 0 1; }
    MergeCopyScreen #merge-list { height: 6; border-bottom: solid $primary; }
    MergeCopyScreen #merge-body { height: 1fr; padding: 0 1; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="merge.back", tooltip="Back to the two side by side"),
        Binding("1", "choose('entry')", "Entry's", id="merge.entry", tooltip="Keep the entry's paragraphs here"),
        Binding("2", "choose('copy')", "Copy's", id="merge.copy", tooltip="Keep the copy's paragraphs here"),
        Binding("3", "choose('both')", "Both", id="merge.both", tooltip="Keep the entry's, then the copy's"),
        Binding("k", "keep", "Keep merged", id="merge.keep", tooltip="Save the merged text in the entry"),
    ]

    def __init__(self, session: Session, title: str, copy: SyncCopy, entry: Data, other: Data) -> None:
        super().__init__()
        self.session = session
        self.entry_title = title
        self.copy = copy
        self.entry = entry
        self.other = other
        self.hunks = hunks(entry, other)
        self.choices = ["entry"] * len(self.hunks)

    def compose(self) -> ComposeResult:
        yield Static(Text(shown(f"Merge: {self.entry_title}")), id="merge-title")
        yield Static(
            Text(
                "Where they differ, choose for each place: 1 the entry's paragraphs, 2 the copy's, 3 both "
                "(Enter or a click also changes it). K keeps the merged text; both texts before become earlier versions."
            ),
            id="merge-said",
        )
        yield RowList(id="merge-list")
        with VerticalScroll(id="merge-body"):
            yield Static(id="merge-place")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        rows = self.query_one(RowList)
        self.watch(rows, "cursor", self._show_place)
        rows.set_rows(len(self.hunks), self._row)
        rows.focus()

    def _row(self, index: int, width: int) -> Text:
        hunk = self.hunks[index]
        room = max(10, width - 36)  # what the choices leave for saying where the place is
        where = f"{field_label(hunk.field)}, paragraph {hunk.paragraph}"[:room]
        marks = "  ".join(f"{'◉' if self.choices[index] == choice else '○'} {choice}" for choice in CHOICES)
        return Text(shown(f" {index + 1:>2}  {where:<{room}} {marks}"), no_wrap=True)

    def _show_place(self, index: int) -> None:
        if not self.hunks:
            self.query_one("#merge-place", Static).update(Text("No paragraphs differ."))
            return
        hunk, choice = self.hunks[index], self.choices[index]
        text = Text()
        for side, paragraphs in (("entry", hunk.entry), ("copy", hunk.copy)):
            kept = choice in (side, "both")
            text.append(f"In the {side}{' (kept)' if kept else ' (not kept)'}:\n", style="bold" if kept else "dim")
            written = "\n\n".join(paragraphs).strip("\n") or "(nothing here)"
            text.append(shown(written) + "\n\n", style="" if kept else "dim")
        self.query_one("#merge-place", Static).update(text)

    def action_choose(self, choice: str) -> None:
        rows = self.query_one(RowList)
        if self.hunks:
            self.choices[rows.cursor] = choice
            rows.set_rows(len(self.hunks), self._row, rows.cursor)

    def on_row_list_chosen(self, message: RowList.Chosen) -> None:
        now = self.choices[message.index]
        self.action_choose(CHOICES[(CHOICES.index(now) + 1) % len(CHOICES)])

    def action_keep(self) -> None:
        try:
            said = self.session.journal.settle_copy(self.copy, "merge", merged(self.entry, self.other, self.choices))
        except (JournalError, UserError, ValueError) as problem:
            self.notify(str(problem), title="Not merged: both are as they were", severity="error", markup=False)
            return
        self.session.refresh()
        self.notify(said[0].upper() + said[1:] + ".", title="Merged", markup=False, timeout=10)
        self.dismiss(True)
