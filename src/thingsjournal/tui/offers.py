"""Questions the app asks of its own accord: an emergency copy left by the last run, to put back
or discard (see `thingsjournal.journal.emergency`), and an entry too large to edit in the app, to write
in the user's own editor instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from thingsjournal.errors import UserError
from thingsjournal.journal import emergency
from thingsjournal.journal.store import JournalError

if TYPE_CHECKING:
    from pathlib import Path

    from thingsjournal.tui.app import ThingsJournalApp

LARGEST_IN_APP = 4_000_000  # bytes of an entry file: larger ones open in the user's own editor


def offer_emergency_copies(app: ThingsJournalApp, left: list[Path]) -> None:
    """Offer each emergency copy back in turn."""
    if not left:
        return
    from thingsjournal.journal.index import summarise
    from thingsjournal.tui.dialogs.confirm import ConfirmScreen
    from thingsjournal.tui.dialogs.emergency import EmergencyCopyScreen

    path, rest = left[0], left[1:]
    summary, _ = summarise(path)
    if summary is None:
        offer_emergency_copies(app, rest)  # not whole: `check` names it
        return

    def discard(yes: bool | None) -> None:
        if yes:
            emergency.discard(path)
        offer_emergency_copies(app, rest)

    def answered(answer: str | None) -> None:
        if answer == "discard":
            question = f"Discard the text kept in {path}? It cannot be brought back."
            app.push_screen(ConfirmScreen(question, "Discard"), discard)
            return
        if answer == "back":
            _put_back(app, path)
        offer_emergency_copies(app, rest)

    app.push_screen(EmergencyCopyScreen(path, app.session.view.title_of(summary), summary.words), answered)


def _put_back(app: ThingsJournalApp, path: Path) -> None:
    try:
        result = emergency.put_back(app.session.journal, path)
    except (UserError, JournalError) as problem:
        app.notify(str(problem), title="Not put back", severity="error", markup=False, timeout=20)
        return
    app.refresh_home()
    note = result.message() if result.conflict_with else f"Put back into entry {result.entry.id}."
    app.notify(note, title="Emergency copy", markup=False, timeout=15)


def offered_own_editor(app: ThingsJournalApp, entry_id: str) -> bool:
    """For an entry past `LARGEST_IN_APP`: say so, offer `thingsjournal edit` (run once the app
    has saved everything and closed, so the editor has the terminal), and return True."""
    from thingsjournal.tui.dialogs.confirm import ConfirmScreen

    size = _file_size(app, entry_id)
    if size <= LARGEST_IN_APP:
        return False
    question = (
        f"Entry {entry_id} is {size / 1_000_000:.1f} MB: too large to edit in the app, which edits entries "
        f"of up to {LARGEST_IN_APP // 1_000_000} MB. You can write it in your own editor with:\n\n"
        f"    thingsjournal edit --entry {entry_id}"
    )

    def answered(edit: bool | None) -> None:
        if edit:
            app.edit_after = entry_id
            app.call_later(app.action_quit)

    app.push_screen(ConfirmScreen(question, "Close the app and edit it", "Back"), answered)
    return True


def _file_size(app: ThingsJournalApp, entry_id: str) -> int:
    listing = app.session.listing
    summary = next((entry for entry in listing.entries if entry.id == entry_id), None)
    try:
        return listing.path_of(summary).stat().st_size if summary else 0
    except OSError:
        return 0  # opening it says what is wrong
