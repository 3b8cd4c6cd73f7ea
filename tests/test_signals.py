"""The real app in a pseudo-terminal: text typed just before the terminal closes (SIGHUP) or the
process is told to stop (SIGTERM) is on disk, though no save key was pressed and the autosave
pause had not yet passed."""

from __future__ import annotations

import os
import select
import signal
import time
from pathlib import Path

import pytest

from pty_helpers import read_until as _read_until
from pty_helpers import start_app
from thingsjournal.journal import JournalStore


def _start(journal: Path) -> tuple[int, int]:
    return start_app(["open", "1"], {"THINGSJOURNAL_DIR": str(journal)})


def _type_text(master: int) -> None:
    _read_until(master, b"Why is everyday leadership")
    time.sleep(1.0)  # let the screen settle
    os.write(master, b"\x07")  # ctrl+g: from the guide to the writing, focus in the first field
    time.sleep(0.5)
    os.write(master, b"Typed before the signal")
    time.sleep(0.3)  # well under the autosave pause


def _wait(pid: int, master: int, seconds: float = 20) -> int:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if select.select([master], [], [], 0.05)[0]:
                os.read(master, 65536)
        except OSError:
            pass
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    pytest.fail("the app did not stop")


def _saved_answer(journal: Path) -> str:
    store = JournalStore(journal)
    (entry,) = store.listing().entries
    return store.load(entry.id).answers.get("recognise-reward", "")


def test_closing_the_terminal_keeps_what_was_typed(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    pid, master = _start(journal)
    _type_text(master)
    os.close(master)  # the terminal window closes: the app gets SIGHUP
    deadline = time.monotonic() + 20
    while not os.waitpid(pid, os.WNOHANG)[0]:
        assert time.monotonic() < deadline, "the app did not stop after SIGHUP"
        time.sleep(0.05)
    assert _saved_answer(journal) == "Typed before the signal"


def test_sigterm_keeps_what_was_typed(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    pid, master = _start(journal)
    _type_text(master)
    os.kill(pid, signal.SIGTERM)
    _wait(pid, master)
    os.close(master)
    assert _saved_answer(journal) == "Typed before the signal"
