"""History: the earlier versions of the open entry (`journal.history`), what each differs by from
the entry now, and bringing one back or forgetting them all.

Removed words are shown struck through and in `[-brackets-]`, added ones underlined and in
`{+braces+}`: the marks carry the meaning, colour only helps. A long text is compared on a worker
thread, so the list answers keys while it is.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from thingsjournal.errors import UserError
from thingsjournal.journal.history import FieldChange, Past, changes, forget_warning, history, restore_version
from thingsjournal.journal.store import JournalError
from thingsjournal.text.control_chars import shown
from thingsjournal.text.plural import counted
from thingsjournal.tui.dialogs.confirm import ConfirmScreen
from thingsjournal.tui.widgets.privacy_panel import field_label
from thingsjournal.tui.widgets.row_list import RowList
from thingsjournal.tui.widgets.steady_footer import SteadyFooter
from thingsjournal.tui.widgets.word_marks import append_marked

if TYPE_CHECKING:
    from collections.abc import Mapping

    from textual.app import ComposeResult

    from thingsjournal.session import Session


class HistoryScreen(Screen[bool]):
    """Dismissed with True once a version was brought back (the entry's screen then reopens it)."""

    DEFAULT_CSS = """
    HistoryScreen #history-title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    HistoryScreen #history-list { height: 7; border-bottom: solid $primary; }
    HistoryScreen #history-said { height: auto; padding: 0 1; text-style: bold; }
    HistoryScreen #history-body { height: 1fr; padding: 0 1; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="history.back"),
        Binding("enter,r", "restore", "Bring back", id="history.restore", tooltip="Bring back the chosen version"),
        Binding(
            "f",
            "forget",
            "Forget history",
            id="history.forget",
            tooltip="Remove every earlier version of this entry, after asking",
        ),
    ]

    def __init__(
        self, session: Session, entry_id: str, title: str, now: dict[str, Any], labels: Mapping[str, str]
    ) -> None:
        super().__init__()
        self.session = session
        self.entry_id = entry_id
        self.title = title
        self.now = now  # the entry's data as saved now
        self.labels = labels
        self.pasts: list[Past] = []
        self.asked = 0  # comparisons handed to the worker, so that only the newest is shown

    def compose(self) -> ComposeResult:
        yield Static(Text(shown(f"History: {self.title}")), id="history-title")
        yield RowList(id="history-list")
        yield Static(id="history-said")
        with VerticalScroll(id="history-body"):
            yield Static(id="history-diff")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        rows = self.query_one(RowList)
        self.watch(rows, "cursor", self._compare)
        self.list_versions()
        rows.focus()

    def list_versions(self) -> None:
        try:
            self.pasts = history(self.session.journal, self.entry_id)
        except (UserError, JournalError, OSError) as problem:
            self.pasts = []
            self.notify(str(problem), title="History could not be read", severity="error", markup=False)
        self.query_one(RowList).set_rows(len(self.pasts), self._row)
        if not self.pasts:
            self.query_one("#history-said", Static).update(
                Text("No earlier versions yet: each save that changes this entry keeps the text it replaced.")
            )
            self.query_one("#history-diff", Static).update("")

    def _row(self, index: int, width: int) -> Text:
        past = self.pasts[index]
        return Text(
            f" {past.number:>3}  {past.saved.astimezone():%a %d %b %Y  %H:%M:%S}   {counted(past.words, 'word')}"
        )

    def _compare(self, index: int) -> None:
        if not self.pasts:
            return
        past = self.pasts[min(index, len(self.pasts) - 1)]
        self.asked += 1
        self.query_one("#history-said", Static).update(Text(f"Version {past.number}: comparing with the text now…"))
        self.run_worker(
            partial(self._diff, self.asked, past), thread=True, group="history", name="thingsjournal-history"
        )

    def _diff(self, asked: int, past: Past) -> None:
        """On a worker thread: the comparison, then shown on the UI thread."""
        try:
            found: list[FieldChange] | str = changes(past, self.now)
        except (JournalError, OSError) as problem:
            found = str(problem)
        self.app.call_from_thread(self._show, asked, past, found)

    def _show(self, asked: int, past: Past, found: list[FieldChange] | str) -> None:
        if asked != self.asked or not self.is_attached:
            return
        said = self.query_one("#history-said", Static)
        diff = self.query_one("#history-diff", Static)
        when = f"{past.saved.astimezone():%a %d %b %Y at %H:%M}"
        if isinstance(found, str):
            said.update(Text(f"Version {past.number} ({when}) could not be read: {found}"))
            diff.update("")
            return
        if not found:
            said.update(Text(f"Version {past.number} ({when}) has the same words as the entry now."))
            diff.update("")
            return
        removed, added = sum(change.removed for change in found), sum(change.added for change in found)
        said.update(
            Text(
                f"Version {past.number} ({when}): since then {counted(removed, 'word')} taken out [-like this-], "
                f"{counted(added, 'word')} put in {{+like this+}}. Enter brings it back."
            )
        )
        diff.update(self._marked(found))

    def _marked(self, found: list[FieldChange]) -> Text:
        text = Text()
        for number, change in enumerate(found):
            if number:
                text.append("\n\n")
            text.append(shown(field_label(change.field, self.labels)) + "\n", style="bold")
            append_marked(text, change.pieces)
        return text

    def action_restore(self) -> None:
        if not self.pasts:
            return
        past = self.pasts[self.query_one(RowList).cursor]
        when = f"{past.saved.astimezone():%a %d %b %Y at %H:%M}"
        question = (
            f"Bring back version {past.number}, the text as it was on {when}? "
            "The text now is kept as the newest version, so you can bring it back in turn."
        )
        self.app.push_screen(ConfirmScreen(question, "Bring it back"), partial(self._restore, past))

    def _restore(self, past: Past, yes: bool | None) -> None:
        if not yes:
            return
        try:
            result = restore_version(self.session.journal, self.entry_id, past.number)
        except (UserError, JournalError, OSError) as problem:
            self.notify(str(problem), title="Not brought back", severity="error", markup=False)
            return
        self.session.refresh()
        self.notify(result.message() if result.conflict_with else f"Version {past.number} is back.", markup=False)
        self.dismiss(True)

    def action_forget(self) -> None:
        if not self.pasts:
            return
        question = forget_warning(len(self.pasts))
        self.app.push_screen(ConfirmScreen(question, "Forget them", "Keep them"), self._forget)

    def _forget(self, yes: bool | None) -> None:
        if not yes:
            return
        try:
            gone = self.session.journal.forget_history(self.entry_id)
        except JournalError as problem:
            self.notify(str(problem), title="Not forgotten", severity="error", markup=False)
            return
        self.notify(f"Forgot {counted(gone, 'earlier version')}; the entry itself is as it was.", markup=False)
        self.list_versions()
