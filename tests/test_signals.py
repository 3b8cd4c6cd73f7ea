"""The real app in a pseudo-terminal: text typed just before the terminal closes (SIGHUP) or the
process is told to stop (SIGTERM) is on disk, though no save key was pressed and the autosave
pause had not yet passed."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from journal_helpers import load_as
from pty_helpers import app_in_pty, read_until, wait_for_exit

from thingsjournal.journal.entries import Reflection
from thingsjournal.journal.store import JournalStore

pytestmark = pytest.mark.xdist_group("timing")  # the text must be typed well inside the autosave pause

TEXT = b"Typed before the signal"


def _type_text(master: int) -> None:
    read_until(master, b"Why is everyday leadership")
    os.write(master, b"\x07")  # ctrl+g: from the guide to the writing, focus in the first field
    read_until(master, b"0 words")
    os.write(master, TEXT)
    read_until(master, TEXT)  # drawn, so the app has it; the autosave pause has not passed


def _saved_answer(journal: Path) -> str:
    store = JournalStore(journal)
    (entry,) = store.listing().entries
    return load_as(store, entry.id, Reflection).answers.get("recognise-reward", "")


def test_closing_the_terminal_keeps_what_was_typed(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    with app_in_pty(["open", "1"], {"THINGSJOURNAL_DIR": str(journal)}) as app:
        _type_text(app.master)
        app.close_terminal()  # the terminal window closes: the app gets SIGHUP
        assert wait_for_exit(app.pid, None) is not None, "the app did not stop after SIGHUP"
    assert _saved_answer(journal) == TEXT.decode()


def test_sigterm_keeps_what_was_typed(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    with app_in_pty(["open", "1"], {"THINGSJOURNAL_DIR": str(journal)}) as app:
        _type_text(app.master)
        os.kill(app.pid, signal.SIGTERM)
        assert wait_for_exit(app.pid, app.master) is not None, "the app did not stop after SIGTERM"
    assert _saved_answer(journal) == TEXT.decode()
