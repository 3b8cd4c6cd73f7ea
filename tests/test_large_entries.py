"""Very large entries: one too large for the app is offered to the user's own editor (and saved
from it); a text too long to check as the user writes is skipped, saying so. Their memory and
speed are measured in `benchmarks/bench_large.py`."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest
from journal_helpers import fake_editor, load_as, reflection, saved
from pty_helpers import Terminal, app_in_pty, wait_for_exit
from textual.widgets import Static

from thingsjournal.journal.entries import Reflection
from thingsjournal.journal.store import JournalStore
from thingsjournal.tui import offers
from thingsjournal.tui.app import make_app
from thingsjournal.tui.dialogs.confirm import ConfirmScreen
from thingsjournal.tui.screens import autosaving
from thingsjournal.tui.screens.thing import ThingScreen

if TYPE_CHECKING:
    from pathlib import Path


def _statement(journal: Path) -> str:
    store = JournalStore(journal)
    [entry] = store.listing().entries
    return load_as(store, entry.id, Reflection).statement


@pytest.mark.xdist_group("timing")
def test_an_entry_too_large_for_the_app_is_written_in_the_users_editor(tmp_path: Path) -> None:
    """The real app, with a real entry past the limit: it says so, and on Yes closes and runs
    `thingsjournal edit` on it, which saves what the editor wrote."""
    journal = tmp_path / "journal"
    [entry] = saved(journal, reflection(1, "A long statement. " * (offers.LARGEST_IN_APP // 18 + 1)))
    env = {"THINGSJOURNAL_DIR": str(journal), "EDITOR": fake_editor(tmp_path, "Cut down to size.")}
    with app_in_pty(["open", "1"], env, size=(120, 40)) as app:
        terminal = Terminal(app.master)
        terminal.wait_for("too large to edit")
        terminal.wait_for(f"thingsjournal edit --entry {entry.id}")
        terminal.burst(["y"])
        status = wait_for_exit(app.pid, None)
        assert status is not None and os.waitstatus_to_exitcode(status) == 0
    assert _statement(journal) == "Cut down to size."


async def test_back_from_the_offer_leaves_the_entry_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(1, "Long enough to be past a small limit."))
    monkeypatch.setattr(offers, "LARGEST_IN_APP", 100)
    app = make_app(journal_dir=journal, thing=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen | ThingScreen)
    assert app.edit_after is None
    assert _statement(journal) == "Long enough to be past a small limit."


async def test_a_text_too_long_to_check_as_you_write_is_skipped_saying_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = tmp_path / "journal"
    long_statement = "Ruaridh came in. " + "We played outside all morning. " * 10
    [entry] = saved(
        journal, reflection(10, long_statement, answers={"lisa-collaborative": "Mrs Patel said thank you."})
    )
    monkeypatch.setattr(autosaving, "LONGEST_CHECKED", 100)
    app = make_app(journal_dir=journal, thing=10)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ThingScreen)
        assert [finding.text for finding in screen.findings] == ["Mrs Patel"]
        summary = str(screen.query_one("#privacy-summary", Static).render())
        assert "Not checked as you write, as it is over 1 MB: Statement." in summary
        assert f"thingsjournal privacy --entry {entry.id}" in summary
