"""A practitioner's first hour: keys do what a Word user expects."""

from __future__ import annotations

import os
import signal
import time
from typing import TYPE_CHECKING

import pytest
from pty_helpers import Terminal, app_in_pty, wait_for_exit

from thingsjournal.journal import JournalStore

if TYPE_CHECKING:
    from pathlib import Path

CTRL_Z, CTRL_Q = "\x1a", "\x11"
LEAVE_THE_SCREEN = b"\x1b[?1049l"  # what an app writes as it gives the terminal back (suspending)


def _stopped(pid: int) -> bool:
    done, status = os.waitpid(pid, os.WNOHANG | os.WUNTRACED)
    if done and os.WIFSTOPPED(status):
        os.kill(pid, signal.SIGCONT)
        return True
    return False


@pytest.mark.xdist_group("timing")
def test_ctrl_z_never_suspends_from_a_list_or_a_one_line_field(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    with app_in_pty([], {"THINGSJOURNAL_DIR": str(journal)}) as app:
        terminal = Terminal(app.master)
        terminal.wait_for("Start with Things")
        terminal.burst([CTRL_Z])  # on Home's list of Things
        terminal.burst(["n"])  # a new learning record: its title field has the cursor
        terminal.wait_for("Learning record")
        terminal.type("Course")
        terminal.burst([CTRL_Z])  # in a one-line field
        terminal.type(" notes")
        time.sleep(0.5)
        assert not _stopped(app.pid)
        with terminal.lock:
            assert LEAVE_THE_SCREEN not in terminal.drawn, "Ctrl+Z gave the terminal back"
        terminal.burst([CTRL_Q])
        status = wait_for_exit(app.pid, None)
        assert status is not None and os.waitstatus_to_exitcode(status) == 0
    store = JournalStore(journal)
    [summary] = store.listing().entries
    assert store.load(summary.id).title == "Course notes"
