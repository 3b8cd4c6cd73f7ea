"""A sync tool's copy of an entry (`journal.sync_copies`) beside the entry: the words only in
the entry marked `[-like this-]` on the left, those only in the copy `{+like this+}` on the
right (the marks carry the meaning, colour only helps); then keep the entry, the copy, or both
(`JournalStore.settle_copy`), and nothing is lost whichever is chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from thingsjournal.errors import UserError
from thingsjournal.journal.history import text_changes
from thingsjournal.journal.store import JournalError
from thingsjournal.text.control_chars import shown
from thingsjournal.text.plural import counted
from thingsjournal.text.word_diff import ADDED, REMOVED
from thingsjournal.tui.widgets.privacy_panel import field_label
from thingsjournal.tui.widgets.steady_footer import SteadyFooter
from thingsjournal.tui.widgets.word_marks import append_marked

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from thingsjournal.journal.entry_cache import Data
    from thingsjournal.journal.history import FieldChange
    from thingsjournal.journal.sync_copies import SyncCopy
    from thingsjournal.session import Session


class SyncCopyScreen(Screen[bool]):
    """Dismissed with True once the copy was settled."""

    DEFAULT_CSS = """
    SyncCopyScreen #copy-title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    SyncCopyScreen #copy-said { height: auto; padding: 0 1; }
    SyncCopyScreen #copy-sides { height: 1fr; }
    SyncCopyScreen .copy-side { width: 1fr; padding: 0 1; border: solid $primary; }
    SyncCopyScreen .copy-side:focus { border: double $accent; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="copy.back", tooltip="Decide later; the copy stays"),
        Binding("e", "keep('entry')", "Keep entry", id="copy.entry", tooltip="The copy's text becomes a version"),
        Binding("c", "keep('copy')", "Keep copy", id="copy.copy", tooltip="The entry's text becomes a version"),
        Binding("b", "keep('both')", "Keep both", id="copy.both", tooltip="The copy becomes an entry of its own"),
        Binding("m", "merge", "Merge", id="copy.merge", tooltip="Choose paragraph by paragraph where they differ"),
    ]

    def __init__(self, session: Session, entry_id: str, copy: SyncCopy) -> None:
        super().__init__()
        self.session = session
        self.entry_id = entry_id
        self.copy = copy
        summary = next(entry for entry in session.listing.entries if entry.id == entry_id)
        self.entry_title = session.view.title_of(summary)
        self.both: tuple[Data, Data] | None = None  # the entry's data and the copy's, once read

    def compose(self) -> ComposeResult:
        yield Static(Text(shown(f"A copy {self.copy.tool} made: {self.entry_title}")), id="copy-title")
        yield Static(id="copy-said")
        with Horizontal(id="copy-sides"):
            with VerticalScroll(classes="copy-side", id="copy-entry") as left:
                left.border_title = "The entry (its own file)"
                yield Static(id="copy-entry-text")
            with VerticalScroll(classes="copy-side", id="copy-copy") as right:
                right.border_title = f"The copy ({self.copy.tool})"
                yield Static(id="copy-copy-text")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        from thingsjournal.journal.sync_compare import copy_data

        said = self.query_one("#copy-said", Static)
        try:
            self.both = (
                dict(self.session.view.entry_data[self.entry_id]),
                copy_data(self.session.journal.folder, self.copy),
            )
        except (JournalError, KeyError, OSError) as problem:
            said.update(Text(shown(f"The copy could not be read: {problem}. It stays as it is.")))
            return
        found = text_changes(*self.both)
        self.query_one("#copy-entry").focus()
        if not found:
            said.update(Text("The copy has the same words as the entry: keep either (E keeps the entry)."))
            return
        only_entry = sum(change.removed for change in found)
        only_copy = sum(change.added for change in found)
        said.update(
            Text(
                f"{counted(only_entry, 'word')} only in the entry [-like this-], {counted(only_copy, 'word')} only in "
                "the copy {+like this+}. E keeps the entry, C the copy, B both, M merges paragraph by paragraph: "
                "the text not kept becomes an earlier version (F8), so nothing is lost."
            )
        )
        self.query_one("#copy-entry-text", Static).update(self._side(found, REMOVED))
        self.query_one("#copy-copy-text", Static).update(self._side(found, ADDED))

    def _side(self, found: list[FieldChange], kind: str) -> Text:
        text = Text()
        for number, change in enumerate(found):
            if number:
                text.append("\n\n")
            text.append(shown(field_label(change.field)) + "\n", style="bold")
            append_marked(text, change.pieces, (kind,))
        return text

    def action_merge(self) -> None:
        from thingsjournal.tui.screens.merge_copy import MergeCopyScreen

        if self.both is None:
            self.notify("The copy could not be read, so there is nothing to merge.", title="Cannot merge", markup=False)
            return
        self.app.push_screen(MergeCopyScreen(self.session, self.entry_title, self.copy, *self.both), self._merged)

    def _merged(self, done: bool | None) -> None:
        if done:
            self.dismiss(True)

    def action_keep(self, keep: str) -> None:
        try:
            said = self.session.journal.settle_copy(self.copy, keep)
        except (JournalError, UserError) as problem:
            self.notify(str(problem), title="Not settled: both are as they were", severity="error", markup=False)
            return
        self.session.refresh()
        self.notify(said[0].upper() + said[1:] + ".", title="Settled", markup=False, timeout=10)
        self.dismiss(True)
