"""No network, proven: the app and every command, run under `strace -f -e trace=network`, make
no socket but the pair asyncio makes to wake its own loop (AF_UNIX, connected to nothing else)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from functools import cache
from typing import TYPE_CHECKING

import pytest
from journal_helpers import fake_editor, reflection, saved
from pty_helpers import Terminal, app_in_pty, wait_for_exit

if TYPE_CHECKING:
    from pathlib import Path

_CALL = re.compile(r"^\d+\s+(\w+)\((\d+)?")
_PAIR = re.compile(r"socketpair\(AF_UNIX, .*\[(\d+), (\d+)\]\) = 0")


@cache
def _cannot_trace() -> str | None:
    """Why strace cannot be used here, or None."""
    if shutil.which("strace") is None:
        return "strace is not installed (.ci/run installs it)"
    done = subprocess.run(
        ["strace", "-f", "-e", "trace=network", "-o", os.devnull, sys.executable, "-c", "pass"],
        capture_output=True,
        text=True,
        check=False,
    )
    return None if done.returncode == 0 else f"strace cannot trace here: {done.stderr.strip()[:200]}"


def _strace(log: Path) -> tuple[str, ...]:
    reason = _cannot_trace()
    if reason:
        pytest.skip(reason)
    return ("strace", "-f", "-e", "trace=network", "-o", str(log))


def _network_calls(log: Path) -> list[str]:
    """Every traced call but the socketpair asyncio makes and calls on its two ends."""
    own: set[str] = set()
    others = []
    for line in log.read_text(encoding="utf-8").splitlines():
        pair = _PAIR.search(line)
        if pair:
            own.update(pair.groups())
            continue
        call = _CALL.match(line)
        if call and call.group(2) not in own:
            others.append(line)
    return others


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    saved(folder, reflection(statement="We planned the garden with the children."))
    return folder


COMMANDS = [
    ["things"],
    ["entries", "--search", "garden"],
    ["check"],
    ["where"],
    ["privacy", "--all"],
    ["export", "--all", "--format", "html", "-o", "{tmp}/out.html"],
    ["backup", "-o", "{tmp}/backup.zip"],
    ["edit", "1"],
    ["new-pack", "{tmp}/pack"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: command[0])
def test_no_command_opens_a_socket(tmp_path: Path, journal: Path, command: list[str]) -> None:
    log = tmp_path / "strace.log"
    environment = {**os.environ, "THINGSJOURNAL_DIR": str(journal), "EDITOR": fake_editor(tmp_path, "Edited.")}
    done = subprocess.run(
        [*_strace(log), sys.executable, "-m", "thingsjournal", *(part.format(tmp=tmp_path) for part in command)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    assert _network_calls(log) == []


@pytest.mark.xdist_group("timing")
def test_the_app_opens_no_socket(tmp_path: Path, journal: Path) -> None:
    log = tmp_path / "strace.log"
    with app_in_pty(["open", "1"], {"THINGSJOURNAL_DIR": str(journal)}, under=_strace(log)) as app:
        terminal = Terminal(app.master)
        terminal.wait_for("Thing 1")
        terminal.burst(["\x1b[6;5~"])  # the next tab, so the app does some work
        terminal.burst(["\x11"])  # Ctrl+Q
        status = wait_for_exit(app.pid, None, seconds=60)
        assert status is not None and os.waitstatus_to_exitcode(status) == 0
    assert "socketpair(AF_UNIX" in log.read_text(encoding="utf-8")  # the trace saw the app's loop start
    assert _network_calls(log) == []
