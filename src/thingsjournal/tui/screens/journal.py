"""The journal: every entry in one list, searched by the words in it and filtered by Thing,
capability, core learning element, status and date; entries open, go to the trash (after a
question) and come back from it.

Search texts load on a worker thread when the screen opens (a cache makes that quick after the
first time); until they have, a search looks at titles alone and says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Input, Select, Static
from textual.worker import Worker, WorkerState

from thingsjournal.errors import UserError
from thingsjournal.journal.entry_cache import ENTRIES_FILE
from thingsjournal.journal.filter import LEARNING, EntryFilter, entry_date, haystacks, select
from thingsjournal.journal.kinds import KIND_NAMES
from thingsjournal.journal.search import in_context, load_texts, matches, query_words
from thingsjournal.journal.status import NOT_STARTED
from thingsjournal.journal.store import JournalError
from thingsjournal.text.control_chars import shown
from thingsjournal.text.dates import DATE_FORMS, parse_date, show_date
from thingsjournal.text.plural import counted
from thingsjournal.tui.dialogs.confirm import ConfirmScreen
from thingsjournal.tui.journal_app import journal_app
from thingsjournal.tui.screens.home import STATUS_LABELS
from thingsjournal.tui.widgets.row_list import RowList
from thingsjournal.tui.widgets.shown_input import ShownInput
from thingsjournal.tui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

    from textual.app import ComposeResult

    from thingsjournal.journal.index import EntrySummary, Listing
    from thingsjournal.session import Session

KIND_MARKS = {"learning": "▪", "assessment": "◈", "rating": "★"}
KIND_LABELS = {kind: f"{KIND_MARKS[kind]} {name}" for kind, name in KIND_NAMES.items()}
COLUMNS_BEFORE_TITLE = 11 + 2 + 16 + 6 + 2


class EntriesList(RowList):
    """The entries, one line each; Enter or a click opens one (or, in the trash, restores it)."""

    BINDINGS = [
        Binding("enter", "choose", "Open", id="journal.open", tooltip="Open the highlighted entry"),
        Binding(
            "delete,d", "delete_entry", "Delete", id="journal.delete", tooltip="Move the highlighted entry to the trash"
        ),
        Binding("r", "restore_entry", "Restore", id="journal.restore", tooltip="In the trash: put the entry back"),
        Binding("enter", "restore_entry", "Restore", id="journal.restore-enter", show=False),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Open and delete in the journal, restore in the trash: the footer offers only what works
        here. The list decides, not the screen in front, so a question box above changes nothing."""
        screen = self.screen
        in_trash = isinstance(screen, JournalScreen) and screen.in_trash
        if action in ("choose", "delete_entry"):
            return not in_trash
        if action == "restore_entry":
            return in_trash
        return True

    def action_delete_entry(self) -> None:
        screen = self.screen
        if isinstance(screen, JournalScreen):
            screen.action_delete_entry()

    def action_restore_entry(self) -> None:
        screen = self.screen
        if isinstance(screen, JournalScreen):
            screen.action_restore_entry()


def entry_line(session: Session, entry: EntrySummary, width: int, found: tuple[str, list[str]] = ("", [])) -> Text:
    """`23 Nov 2026  ● ready            210  Thing 10: ...`, fitted to the list's width; with the
    words searched for in `found` (its text and the words), where they are, after the title."""
    title_width = max(10, width - COLUMNS_BEFORE_TITLE)
    text, words = found
    title_found, _, body = text.partition("\n")  # what a search looks in: the title, then the text
    context = in_context(body, words, title_width // 2 - 3) if words and not matches(title_found, words) else ""
    if context:
        title_width -= len(context) + 3
    status = session.view.status(entry)
    label = STATUS_LABELS.get(status, status) if status else KIND_LABELS.get(entry.kind, entry.kind)
    title = session.view.title_of(entry) or "(untitled)"
    if entry.conflict_of:
        title += f" (conflict copy of {entry.conflict_of})"
    copies = session.listing.copies.get(entry.id)
    if copies:
        title += f" ({' and '.join(sorted({copy.tool for copy in copies}))}'s copy waits: see Home's notices)"
    if len(title) > title_width:
        title = title[: max(0, title_width - 1)] + "…"
    line = Text(f"{show_date(entry_date(entry)):<11}  {label:<16}{entry.words:>6}  ", no_wrap=True)
    line.append(title)
    if context:
        line.append(f" · {shown(context)}", style="italic")
    return line


class JournalScreen(Screen[None]):
    DEFAULT_CSS = """
    #journal-header, .journal-filters, #entries-header, #journal-note { height: 1; }
    #journal-title { width: 1fr; padding: 0 1; background: $panel; }
    #search { margin: 0 1; }
    .journal-filters { padding: 0 1; }
    .journal-filters Select { width: 1fr; margin-right: 1; }
    .journal-filters Input { width: 14; margin-right: 1; }
    #entries-header { padding: 0 1; background: $panel; }
    #journal-note { padding: 0 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding(
            "escape", "back", "Back", id="journal.back", tooltip="Back to Home (from the trash: back to the journal)"
        ),
        Binding(
            "slash",
            "focus_search",
            "Search",
            id="journal.search",
            show=False,
            tooltip="Type words to find the entries holding them all",
        ),
        Binding(
            "n",
            "new_record",
            "New record",
            id="journal.new",
            show=False,  # Home's footer has it; here the footer would have no room for its last keys
            tooltip="Add a learning-log record of any other CPL",
        ),
        Binding("t", "toggle_trash", "Trash", id="journal.trash", tooltip="Show the trash, or the journal again"),
        Binding(
            "down",
            "to_results",
            "Results",
            id="journal.results",
            show=False,
            tooltip="From the search box: the entries found",
        ),
        Binding(
            "x", "app.export", "Export", id="journal.export", tooltip="Export the highlighted entry, or a portfolio"
        ),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.in_trash = False
        self.texts: dict[str, str] | None = None  # searchable texts by entry id, once loaded
        self.searched: dict[str, str] = {}  # what a search looks in: titles, and texts once loaded
        self.shown: list[EntrySummary] = []
        self.texts_problem: str | None = None
        self.resumed = False

    def compose(self) -> ComposeResult:
        index = self.session.index
        with Horizontal(id="journal-header"):
            yield Static(id="journal-title")
        yield ShownInput(placeholder="Search your words (/)", id="search", compact=True)
        with Horizontal(classes="journal-filters"):
            things: list[tuple[Text, int | str]] = [(Text("Learning-log records"), LEARNING)]
            things += [
                (Text(f"Thing {thing.number}: {thing.title}"), thing.number) for thing in self.session.programme.things
            ]
            yield Select(things, prompt="Any Thing", id="thing-filter", compact=True)
            yield Select(
                [(Text(c.name), c.id) for c in index.capabilities()],
                prompt="Any capability",
                id="capability-filter",
                compact=True,
            )
        with Horizontal(classes="journal-filters"):
            yield Select(
                [(Text(e.name), e.id) for e in index.learning_elements()],
                prompt="Any learning element",
                id="element-filter",
                compact=True,
            )
            statuses = [(Text(label), status) for status, label in STATUS_LABELS.items() if status != NOT_STARTED]
            yield Select(statuses, prompt="Any status", id="status-filter", compact=True)
            yield ShownInput(placeholder="From date", id="since", compact=True)
            yield ShownInput(placeholder="To date", id="until", compact=True)
        yield Static(Text(f"{'Date':<11}  {'Status':<16}{'Words':>6}  Title", style="bold"), id="entries-header")
        yield EntriesList(id="entries")
        yield Static(id="journal-note")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.refill()
        self.query_one("#entries", EntriesList).focus()
        self.load_texts()

    def on_screen_resume(self) -> None:
        if self.resumed:  # back from an entry, which may have changed
            self.session.refresh()
            self.refill()
            self.load_texts()
        self.resumed = True

    # Search texts

    def load_texts(self) -> None:
        listing = self.listing()
        cache = None if self.in_trash else self.session.journal.app_dir / ENTRIES_FILE
        self.run_worker(
            lambda: self._load(listing, cache),
            thread=True,
            exclusive=True,
            group="texts",
            description="Reading your entries for the search",
        )

    def _load(self, listing: Listing, cache: Path | None) -> None:
        texts = load_texts(listing, cache)
        self.app.call_from_thread(self._texts_loaded, texts)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Texts that could not be read (the app has told the user why): search titles alone,
        and say so, rather than wait for them."""
        if event.worker.group == "texts" and event.state is WorkerState.ERROR:
            self.texts_problem = "✗ Search looks at titles only: your texts could not be read."
            self._texts_loaded({})

    def _texts_loaded(self, texts: dict[str, str]) -> None:
        self.texts = texts
        self.searched = haystacks(self.session.view, self.listing().entries, texts)
        if self.query_one("#search", Input).value.strip():
            self.refill()
        else:
            self._show_note()

    # The list

    def listing(self) -> Listing:
        return self.session.journal.trash() if self.in_trash else self.session.listing

    def current_filter(self) -> EntryFilter | str:
        """The filter the widgets describe, or what is wrong with a date typed in them."""
        dates: dict[str, date | None] = {}
        for field, name in (("since", "From"), ("until", "To")):
            text = self.query_one(f"#{field}", Input).value.strip()
            try:
                dates[field] = parse_date(text) if text else None
            except ValueError:
                return f"✗ {name} date '{text}': write it as {DATE_FORMS}"

        def chosen(widget_id: str) -> Any:
            return self.query_one(widget_id, Select).selection  # None while nothing is chosen

        return EntryFilter(
            text=self.query_one("#search", Input).value,
            thing=chosen("#thing-filter"),
            capability=chosen("#capability-filter"),
            element=chosen("#element-filter"),
            status=chosen("#status-filter"),
            **dates,
        )

    def refill(self) -> None:
        """Select the entries again and show them, keeping the highlighted one where it can."""
        chosen = self.current_filter()
        if isinstance(chosen, str):
            self._show_note(chosen)
            return
        current = self.highlighted()
        entries = self.listing().entries
        if len(self.searched) != len(entries) or self.texts is None:
            self.searched = haystacks(self.session.view, entries, self.texts or {})
        self.shown = select(self.session.view, entries, self.searched, chosen)
        ids = [entry.id for entry in self.shown]
        keep = ids.index(current.id) if current is not None and current.id in ids else 0
        listed, session, searched = self.shown, self.session, self.searched
        words = query_words(chosen.text)
        self.query_one("#entries", EntriesList).set_rows(
            len(listed),
            lambda index, width: entry_line(session, listed[index], width, (searched.get(listed[index].id, ""), words)),
            keep,
        )
        self._show_note()

    def _show_note(self, problem: str | None = None) -> None:
        total = len(self.listing().entries)
        where = "in the trash" if self.in_trash else "in the journal"
        self.query_one("#journal-title", Static).update(
            Text(
                f"{'Trash' if self.in_trash else 'Journal'} · {len(self.shown)} of {counted(total, 'entry', 'entries')} {where}",
                style="bold",
                no_wrap=True,
            )
        )
        if problem or self.texts_problem:
            note = problem or self.texts_problem or ""
        elif not total:
            note = (
                "The trash is empty."
                if self.in_trash
                else "No entries yet: open a Thing from Home, or press n for a learning record."
            )
        elif self.texts is None and self.query_one("#search", Input).value.strip():
            note = "Searching titles only while your texts load…"
        elif self.in_trash:
            note = "Entries stay in the trash until you restore them: Enter or r restores; Esc goes back."
        else:
            note = "Search finds entries holding all your words; search and filters combine."
        self.query_one("#journal-note", Static).update(Text(note, no_wrap=True, overflow="ellipsis"))

    @on(Input.Changed)
    @on(Select.Changed)
    def filters_changed(self) -> None:
        self.refill()

    @on(Input.Submitted, "#search")
    def action_to_results(self) -> None:
        """Enter or Down in the search box goes to what it found."""
        self.query_one("#entries", EntriesList).focus()

    def highlighted(self) -> EntrySummary | None:
        entries = self.query_one("#entries", EntriesList)
        return self.shown[entries.cursor] if entries.cursor < len(self.shown) else None

    # Actions

    @on(RowList.Chosen, "#entries")
    def entry_chosen(self) -> None:
        if self.in_trash:
            self.action_restore_entry()
            return
        entry = self.highlighted()
        if entry is not None:
            journal_app(self.app).open_entry(entry.id)

    def action_delete_entry(self) -> None:
        entry = self.highlighted()
        if entry is None or self.in_trash:
            return
        title = self.session.view.title_of(entry) or "(untitled)"

        def answered(yes: bool | None) -> None:
            if yes:
                self._move(entry, to_trash=True)

        self.app.push_screen(
            ConfirmScreen(
                f"Move '{title}' to the trash?\n\nYou can restore it from the trash (t) at any time.", "Move to trash"
            ),
            answered,
        )

    def action_restore_entry(self) -> None:
        entry = self.highlighted()
        if entry is not None and self.in_trash:
            self._move(entry, to_trash=False)

    def _move(self, entry: EntrySummary, to_trash: bool) -> None:
        title = self.session.view.title_of(entry) or "(untitled)"
        try:
            if to_trash:
                self.session.journal.delete(entry.id)
            else:
                self.session.journal.restore(entry.id)
        except (JournalError, UserError, OSError) as problem:
            self.notify(str(problem), title="Nothing was moved", severity="error", markup=False, timeout=15)
            return
        self.session.refresh()
        done = "Moved to the trash (t shows it; r there restores)" if to_trash else "Restored to the journal"
        self.notify(f"{done}: {title}", markup=False)
        self.refill()
        self.load_texts()

    def action_toggle_trash(self) -> None:
        self.in_trash = not self.in_trash
        self.query_one("#entries", EntriesList).refresh_bindings()
        self.texts = None
        self.refill()
        self.load_texts()
        self.query_one("#entries", EntriesList).focus()

    def action_back(self) -> None:
        if self.in_trash:
            self.action_toggle_trash()
        else:
            self.app.pop_screen()

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_new_record(self) -> None:
        journal_app(self.app).new_learning_record()
