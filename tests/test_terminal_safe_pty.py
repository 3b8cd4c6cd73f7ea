"""The bytes the real app and the real commands write to a terminal, over a pack and a journal
full of control sequences: only the app's own drawing, never a sequence from data."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from hostile import PROGRAMME, SHOWN_TITLE, write_hostile_journal, write_hostile_pack
from pty_helpers import Terminal, app_in_pty, wait_for_exit

if TYPE_CHECKING:
    from pathlib import Path

# What data would send: a title (OSC 0), a link (OSC 8), the clipboard (OSC 52), a colour the
# app never uses (its colours are 256-colour or true-colour), 8-bit CSI, and a clear screen.
FROM_DATA = re.compile(rb"\x1b\](?:0|8|52);|\x1b\[31mred|\xc2[\x80-\x9f]|\x1b\[2J")


def _options(tmp_path: Path) -> list[str]:
    pack = write_hostile_pack(tmp_path / "pack")
    journal = tmp_path / "journal"
    write_hostile_journal(journal)
    return ["--journal", str(journal), "--content", str(pack), "--programme", PROGRAMME]


@pytest.mark.xdist_group("timing")
def test_the_app_draws_no_sequence_from_a_pack_or_an_entry(tmp_path: Path) -> None:
    with app_in_pty([*_options(tmp_path), "open", "1"], {}, size=(120, 40)) as app:
        terminal = Terminal(app.master)
        terminal.wait_for(f"Thing 1 · {SHOWN_TITLE}")
        for tab in ("Statement", "Logic model", "Tags", "Details", "Privacy"):
            terminal.burst(["\x1b[6;5~"])  # Ctrl+PageDown: the next tab
            terminal.wait_for(tab)
        terminal.burst(["\x1b"])  # Escape: Home
        terminal.wait_for("Any status")
        terminal.burst(["j"])
        terminal.wait_for("Journal ·")
        terminal.burst(["\x11"])  # Ctrl+Q
        status = wait_for_exit(app.pid, None)
        assert status is not None and os.waitstatus_to_exitcode(status) == 0
    with terminal.lock:
        drawn = terminal.drawn
    assert SHOWN_TITLE.encode() in drawn
    found = FROM_DATA.search(drawn)
    assert found is None, f"the app wrote {drawn[found.start() - 40 : found.end() + 40]!r}"


@pytest.mark.parametrize(
    "command",
    [
        ["things"],
        ["entries"],
        ["check"],
        ["privacy", "--all"],
        ["export", "--all"],
        ["export", "--all", "--format", "html"],
    ],
)
def test_a_command_writes_no_escape_at_all(tmp_path: Path, command: list[str]) -> None:
    """Commands draw nothing of their own, so their output holds no ESC, raw or 8-bit."""
    done = subprocess.run(
        [sys.executable, "-m", "thingsjournal", *_options(tmp_path), *command],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    for stream in (done.stdout, done.stderr):
        assert b"\x1b" not in stream and re.search(rb"\xc2[\x80-\x9f]", stream) is None
    assert "␛".encode() in done.stdout + done.stderr
