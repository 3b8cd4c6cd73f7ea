"""What every screen that edits an entry shares: changes saved as the user goes.

Every change marks the entry dirty; it is saved about a second after typing pauses (never more
than two seconds after the first unsaved change), when a field loses focus, and before leaving,
quitting, suspending or stopping. Saving happens on the Autosaver's thread. A subclass names the
entry's fields it edits (`FIELDS`) and reads them from its widgets (`snapshot`); it is typed over
the kind of entry it edits, so its `entry` is that kind.
"""

from __future__ import annotations

import time
from contextlib import suppress
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Checkbox, Input, Select, SelectionList, TextArea

from thingsjournal.errors import UserError
from thingsjournal.tui.autosave import Autosaver
from thingsjournal.tui.screens.saving import SavingScreen
from thingsjournal.tui.widgets.privacy_panel import FindingsList, PrivacyPanel
from thingsjournal.tui.widgets.save_indicator import SaveIndicator
from thingsjournal.tui.widgets.spelling_panel import MisspellingsList, SpellingPanel

if TYPE_CHECKING:
    from textual.events import DescendantBlur
    from textual.timer import Timer

    from thingsjournal.journal.entries import AnyEntry
    from thingsjournal.journal.store import SaveResult
    from thingsjournal.privacy.findings import Finding
    from thingsjournal.privacy.vocabulary import Vocabulary
    from thingsjournal.session import Session
    from thingsjournal.spelling.check import KnownWords, Misspelling
    from thingsjournal.tui.widgets.row_list import RowList

PAUSE = 1.0  # seconds of quiet before saving
LONGEST_WAIT = 2.0  # seconds from the first unsaved change to its save, however fast the typing
RETRY = 5.0  # seconds before trying again after a failed save
DISK_POLL = 2.0  # seconds between looks at the entry's file, for a change made on another device
# Characters (about a megabyte) past which a text is not checked on the pause: a check would then
# hold up the keys typed next. `thingsjournal privacy` checks it.
LONGEST_CHECKED = 1_000_000

# The kind of entry a screen edits (each screen edits one kind).
EntryT = TypeVar("EntryT", bound="AnyEntry")


class Saved(Message):
    """The Autosaver finished a save (from its own thread)."""

    def __init__(self, generation: int, result: SaveResult | None, error: str | None) -> None:
        super().__init__()
        self.generation = generation
        self.result = result
        self.error = error


class EditingScreen(SavingScreen, Generic[EntryT]):
    """The base of every screen that edits an entry, of the kind `EntryT`."""

    FIELDS: tuple[str, ...] = ()  # the entry's fields that the screen edits
    BINDINGS = [
        Binding(
            "f8",
            "history",
            "History",
            id="entry.history",
            show=False,  # the footers are full at 80 columns: the palette and f1 list it
            tooltip="Earlier versions of this entry: compare, bring one back, or forget them",
        ),
    ]

    def __init__(self, session: Session, entry: EntryT, stored: bool, tab: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.session = session
        self.entry = entry
        self.opening_tab = tab  # the tab to open at (the one shown when it was opened again), else its first
        self.entry_type = type(entry)
        self.stored = stored  # whether the entry is in the journal yet
        self.generation = 0
        self.saved_generation = 0
        self.dirty_since: float | None = None
        self.timer: Timer | None = None
        self.autosaver = Autosaver(self._save_snapshot, self._report)
        self.error: str | None = None
        self.saved_content = comparable(self.values_of(entry))
        self.settled = False  # widgets report changes while they are filled in; those are not edits
        self.watching_disk = True  # for a change to the entry's file made elsewhere (`look_at_disk`)
        # For the privacy check, made when first needed and again once the session's settings
        # (fine words) or people change, here or on another screen (Settings, the export).
        self.vocabulary: Vocabulary | None = None
        self.vocabulary_of: tuple[object, ...] = ()
        self.findings: list[Finding] = []
        self.known: KnownWords | None = None  # for the spelling check, made with the vocabulary
        self.known_of: tuple[object, ...] = ()
        self.misspellings: list[Misspelling] = []
        self.spelling_asked = 0  # checks handed to the worker, so that only the newest is shown

    def snapshot(self) -> dict[str, Any]:
        """Everything the user has written and chosen, read from the widgets (UI thread only)."""
        raise NotImplementedError

    def build_entry(self, snapshot: dict[str, Any]) -> EntryT:
        """The entry to save for a snapshot (on the Autosaver's thread)."""
        base: EntryT = snapshot["base"]
        changes = {key: value for key, value in snapshot.items() if key != "base"}
        return self._same_kind(type(base).model_validate({**base.model_dump(by_alias=True), **changes}))

    def values_of(self, entry: EntryT) -> dict[str, Any]:
        """An entry's values in the shape `snapshot` gives."""
        return entry.model_dump(include=set(self.FIELDS))

    def on_mount(self) -> None:
        self.set_interval(DISK_POLL, self.look_at_disk)
        self.query_one(SaveIndicator).show_state("stored" if self.stored else "idle")
        self.call_after_refresh(setattr, self, "settled", True)
        self.call_after_refresh(self.check_privacy)

    # Privacy

    def check_privacy(self) -> None:
        """Check what is on screen now (saved or not) and show what was found."""
        from thingsjournal.journal.entry_cache import entry_texts
        from thingsjournal.privacy.check import check_entry, vocabulary_for

        made_of = (self.session.settings, self.session.people)
        if self.vocabulary is None or self.vocabulary_of != made_of:
            self.vocabulary = vocabulary_for(self.session.index, *made_of)
            self.vocabulary_of = made_of
        data = self.entry_data()
        too_long = [field for field, text in entry_texts(data) if len(text) > LONGEST_CHECKED]
        self.findings = check_entry(data, self.vocabulary, skip=too_long)
        self.query_one(PrivacyPanel).show(self.findings, too_long, self.entry.id)
        self.show_findings_count(len(self.findings))
        self.check_spelling(data, too_long)

    def check_spelling(self, data: dict[str, Any], too_long: list[str]) -> None:
        """Where the screen lists misspellings: check the same texts on a worker thread (the
        first check loads the dictionary, and a long text's first check looks up every word:
        neither may hold up the keys typed meanwhile). A newer check's result wins."""
        from thingsjournal.spelling.check import KnownWords, name_spans
        from thingsjournal.spelling.dictionary import is_loaded

        panel = next(iter(self.query(SpellingPanel)), None)
        if panel is None or self.vocabulary is None:
            return
        if self.known is None or self.known_of != self.vocabulary_of:
            self.known = KnownWords.of(self.vocabulary, self.session.settings, self.session.people)
            self.known_of = self.vocabulary_of
        if not is_loaded():
            panel.show(None)
            self.show_spelling_count(None)
        self.spelling_asked += 1
        check = partial(self._spell, self.spelling_asked, data, self.known, name_spans(self.findings), too_long)
        self.run_worker(check, thread=True, group="spelling", name="thingsjournal-spelling")

    def _spell(
        self,
        asked: int,
        data: dict[str, Any],
        known: KnownWords,
        names: dict[str | None, list[tuple[int, int]]],
        skip: list[str],
    ) -> None:
        """On a worker thread: the check, then its result shown on the UI thread."""
        from thingsjournal.spelling.check import check_entry

        found = check_entry(data, known, names, skip)
        with suppress(RuntimeError):  # the app has closed meanwhile
            self.app.call_from_thread(self._spelled, asked, found)

    def _spelled(self, asked: int, found: list[Misspelling]) -> None:
        if asked != self.spelling_asked or not self.is_attached:
            return  # a newer check is under way, or the screen has closed
        self.misspellings = found
        self.query_one(SpellingPanel).show(found)
        self.show_spelling_count(len(found))

    def show_spelling_count(self, count: int | None) -> None:
        """Where a screen shows how many misspellings there are besides the panel (None: loading)."""

    def entry_data(self) -> dict[str, Any]:
        """What is on screen now, as the entry's data (saved or not), for the checks."""
        return {
            "kind": self.entry.kind,
            "id": self.entry.id,
            **{k: v for k, v in self.snapshot().items() if k != "base"},
        }

    def on_screen_resume(self) -> None:
        """Back from another screen: people or fine words changed there show here at once."""
        if self.vocabulary is not None and self.vocabulary_of != (self.session.settings, self.session.people):
            self.check_privacy()

    def show_findings_count(self, count: int) -> None:
        """Where a screen shows how many findings there are besides the panel (a tab's label)."""

    @on(FindingsList.MarkFine)
    @on(FindingsList.AddPerson)
    def remember_finding(self, message: FindingsList.MarkFine | FindingsList.AddPerson) -> None:
        """`f` or `p` on a finding: keep it, and check again, so its reason changes or it goes."""
        from thingsjournal.tui.screens.remember_finding import remember

        try:
            notice = remember(self.session, message)
        except (OSError, ValueError) as problem:
            self.notify(f"Could not remember that: {problem}", severity="error", markup=False)
            return
        self.notify(notice, markup=False)
        self.check_privacy()

    def on_row_list_chosen(self, message: RowList.Chosen) -> None:
        if isinstance(message.row_list, FindingsList) and self.findings:
            self.go_to(self.findings[message.index])
        elif isinstance(message.row_list, MisspellingsList) and self.misspellings:
            self.go_to(self.misspellings[message.index])

    def go_to(self, finding: Located) -> None:
        """Show and select the words found, in their field."""
        raise NotImplementedError

    def on_misspellings_list_add_word(self, message: MisspellingsList.AddWord) -> None:
        """`a` on a misspelling: it is one of the user's words, and the check runs again."""
        word = message.misspelling.text
        try:
            self.session.add_my_word(word)
        except (OSError, ValueError) as problem:
            self.notify(f"Could not add that word: {problem}", severity="error", markup=False)
            return
        self.notify(f"'{word}' is added to your words and will not be flagged again.", markup=False)
        self.check_privacy()

    def on_unmount(self) -> None:
        self.autosaver.stop()

    # Changes

    @on(TextArea.Changed)
    @on(Checkbox.Changed)
    @on(SelectionList.SelectedChanged)
    @on(Input.Changed)
    @on(Select.Changed)
    def changed(self, event: Message) -> None:
        if self.settled and self.counts_as_edit(event):
            self.mark_changed()

    def counts_as_edit(self, event: Message) -> bool:
        return True

    def mark_changed(self) -> None:
        self.generation += 1
        now = time.monotonic()
        if self.dirty_since is None:
            self.dirty_since = now
        self.query_one(SaveIndicator).show_state("editing")
        if self.timer is not None:
            self.timer.stop()
        if now - self.dirty_since >= LONGEST_WAIT:
            # Typing without a pause: save now, and give the next stretch its own LONGEST_WAIT
            # (a timer restarted by every key would never fire while keys come faster than it).
            self.dirty_since = now
            self.timer = None
            self.save_soon()
            return
        wait = max(0.05, min(PAUSE, LONGEST_WAIT - (now - self.dirty_since)))  # a 0s Timer divides by zero
        self.timer = self.set_timer(wait, self.save_soon)

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        if self.generation > self.saved_generation and isinstance(event.widget, TextArea | Input):
            self.save_soon()

    def save_soon(self) -> None:
        """Hand the current text to the Autosaver, if it differs from what is saved; check it."""
        self.check_privacy()
        snapshot = self._unsaved()
        if snapshot is not None:
            self.query_one(SaveIndicator).show_state("saving")
            self.autosaver.submit(self.generation, snapshot)

    def flush(self) -> str | None:
        """Save now, on this thread; the reason it failed, or None."""
        snapshot = self._unsaved(at_once=True)
        if snapshot is None:
            return None
        result, error = self.autosaver.flush(self.generation, snapshot)
        self._apply(self.generation, result, error)
        return error

    def keep_unsaved(self) -> str | None:
        """Write what could not be saved as an emergency copy (the app must stop); a line saying
        where, or None when everything is saved."""
        from thingsjournal.journal.emergency import keep

        snapshot = self._unsaved(at_once=True)
        if snapshot is None:
            return None
        entry = self.build_entry(snapshot)
        try:
            path = keep(entry)
        except OSError as error:
            return (
                f"could not keep an emergency copy either ({error.strerror or error}): the text of {entry.id} is lost"
            )
        return f"could not save entry {entry.id}; its text is kept in {path} and is offered back at the next start"

    def _unsaved(self, at_once: bool = False) -> dict[str, Any] | None:
        """The snapshot to save, or None when nothing differs from the saved entry (widgets
        report changes as they are filled in, and opening an entry must not create one).

        A field's change message climbs to the screen one queue at a time, so a save `at_once`
        (leaving, quitting) that comes right behind the last key reads the widgets even when no
        change has been counted yet, and counts the one it finds."""
        if self.generation <= self.saved_generation and not at_once:
            return None
        snapshot = self.snapshot()
        if comparable(snapshot) == self.saved_content:
            self.saved_generation = self.generation
            self.dirty_since = None
            self.query_one(SaveIndicator).show_state("stored" if self.stored else "idle")
            return None
        if self.generation <= self.saved_generation:
            self.generation = self.saved_generation + 1
        return snapshot

    # Saving

    def _save_snapshot(self, snapshot: dict[str, Any]) -> SaveResult:
        return self.session.journal.save(self.build_entry(snapshot))

    def _report(self, generation: int, result: SaveResult | None, error: str | None) -> None:
        self.post_message(Saved(generation, result, error))

    def on_saved(self, message: Saved) -> None:
        self._apply(message.generation, message.result, message.error)

    def _apply(self, generation: int, result: SaveResult | None, error: str | None) -> None:
        indicator = self.query_one(SaveIndicator)
        if error is not None:
            if error != self.error:
                self.notify(
                    error, title="Not saved: your text is still here", severity="error", markup=False, timeout=10
                )
            self.error = error
            indicator.show_state("failed", error)
            self.set_timer(RETRY, self.save_soon)
            return
        if result is None:
            return
        self.error = None
        if result.conflict_with:
            title = "Moved to the trash elsewhere" if result.removed else "Changed elsewhere"
            self.notify(result.message(), title=title, severity="warning", markup=False, timeout=20)
        self.entry = self._same_kind(result.entry)
        self.stored = True
        self.saved_content = comparable(self.values_of(self.entry))
        self.saved_generation = max(self.saved_generation, generation)
        self.session.refresh()
        if self.saved_generation >= self.generation:
            self.dirty_since = None
            indicator.show_state("saved")

    def _same_kind(self, entry: AnyEntry) -> EntryT:
        """`entry`, made from or saved as one of this screen's kind, typed as that kind."""
        if not isinstance(entry, self.entry_type):
            raise TypeError(f"saving a {self.entry_type.__name__} gave a {type(entry).__name__}")
        return entry

    def action_back(self) -> None:
        if self.flush() is None:
            self.app.pop_screen()

    # History

    def field_labels(self) -> dict[str, str]:
        """Each writing field as the user knows it, where the screen names them otherwise."""
        return {}

    def action_history(self) -> None:
        """The entry's earlier versions, once what is on screen is saved (History compares
        them with it); after a version is brought back the entry opens again with its text."""
        from thingsjournal.tui.screens.history import HistoryScreen

        if not self.stored:
            self.notify("Nothing is saved yet, so there are no earlier versions.", markup=False)
            return
        error = self.flush()
        if error is not None:
            self.notify(error, title="Save first: History waits until it is saved", severity="error", markup=False)
            return
        try:
            title = self.session.view.title_of(self.session.journal.resolve(self.entry.id, self.session.listing))
        except UserError:
            title = f"entry {self.entry.id}"
        now = self.entry.model_dump(mode="json", by_alias=True)
        self.app.push_screen(
            HistoryScreen(self.session, self.entry.id, title, now, self.field_labels()), self._after_history
        )

    def look_at_disk(self) -> None:
        """Open the entry again when its file changed on disk (a sync tool brought the text
        written on another device) and nothing here is unsaved, and say so. With unsaved text
        it is left alone: the next save keeps both, the user's as a conflict copy.

        The file is polled (a stat every `DISK_POLL` seconds, the file read only when the stat
        changed) rather than watched: sync tools write into folders that file-change events
        miss (network and FUSE file systems), a stat of one file costs microseconds, and no
        library is needed."""
        if not (self.stored and self.watching_disk) or self.generation > self.saved_generation or self.error:
            return
        if not self.session.journal.changed_elsewhere(self.entry.id) or self._unsaved(at_once=True) is not None:
            return
        try:
            self.session.journal.keep_shown(self.entry)
        except OSError as error:  # the text shown would be kept nowhere else: keep showing it
            self.notify(f"Changed on disk, but not opened again: {error}", severity="warning", markup=False)
            self.watching_disk = False  # not asked again; the next save keeps both (a conflict copy)
            return
        self.session.refresh()
        self._reopen()
        self.app.notify(
            "This entry was changed on disk (on another device, or by another program), and nothing here was "
            "unsaved: it now shows that text. History (F8) has the text it showed before.",
            title="Opened again",
            markup=False,
            timeout=10,
        )

    def _after_history(self, restored: bool | None) -> None:
        """A version was brought back: the entry opens again with its text, at the same tab."""
        if restored:
            self._reopen()

    def _reopen(self) -> None:
        """Open the entry again from its file, at the same tab."""
        from textual.widgets import TabbedContent

        from thingsjournal.tui.journal_app import journal_app

        tab = next((tabs.active for tabs in self.query(TabbedContent)), "")
        app = self.app
        app.pop_screen()
        journal_app(app).open_entry(self.entry.id, tab)


class Located(Protocol):
    """Words found in a field (a privacy finding, a misspelling): where to show them."""

    @property
    def text(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...
    @property
    def field(self) -> str | None: ...


def select_finding(area: TextArea, finding: Located) -> None:
    """Focus `area` with the found words selected (lines and columns are 1-based)."""
    from textual.widgets.text_area import Selection

    start = (finding.line - 1, finding.column - 1)
    area.focus()
    area.selection = Selection(start, (start[0], start[1] + len(finding.text)))
    area.scroll_cursor_visible(center=True)


def comparable(values: dict[str, Any]) -> dict[str, Any]:
    """Values as they would be saved: texts normalised, empty answers dropped, tags in order."""

    from thingsjournal.journal.entries import normalise_text

    def tidy(value: Any) -> Any:
        if isinstance(value, str):
            return normalise_text(value)
        if isinstance(value, dict):
            tidied = {key: tidy(item) for key, item in value.items()}
            return {key: item for key, item in tidied.items() if item not in ("", None)}
        if isinstance(value, tuple | list):
            if any(isinstance(item, dict) for item in value):
                return tuple(str(sorted(tidy(item).items())) for item in value)  # an action plan keeps its order
            return tuple(sorted(value))
        return value

    tidied = {key: tidy(value) for key, value in values.items() if key != "base"}
    if "badge" in tidied:
        tidied["badge"] = tidied["badge"] or None
    return tidied
