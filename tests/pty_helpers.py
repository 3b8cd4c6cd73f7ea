"""Running the real app in a pseudo-terminal, as a person's terminal would.

Tests wait on what the app draws (a handshake), never on a sleep, and `app_in_pty` kills the
app when a test fails, so no copy of it is left running."""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import threading
import time
from collections.abc import Iterator

import pytest


def start_app(
    arguments: list[str], environment: dict[str, str], size: tuple[int, int] = (80, 24), under: tuple[str, ...] = ()
) -> tuple[int, int]:
    """`python -m thingsjournal ARGUMENTS` in a pseudo-terminal (80x24 unless `size` says), run
    `under` a command such as strace if asked: its pid and the terminal."""
    columns, lines = size
    pid, master = pty.fork()
    if pid == 0:  # the child: the app, with the pseudo-terminal as its controlling terminal
        os.environ.update({**environment, "TERM": "xterm-256color", "COLUMNS": str(columns), "LINES": str(lines)})
        command = [*under, sys.executable, "-m", "thingsjournal", *arguments]
        os.execvp(command[0], command)
    fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    return pid, master


class PtyApp:
    """The app running in a pseudo-terminal: its pid, the terminal's file descriptor, and
    whether the test has closed the terminal (as a window closing would)."""

    def __init__(self, pid: int, master: int) -> None:
        self.pid, self.master, self.closed = pid, master, False

    def close_terminal(self) -> None:
        os.close(self.master)
        self.closed = True


@contextlib.contextmanager
def app_in_pty(
    arguments: list[str], environment: dict[str, str], size: tuple[int, int] = (80, 24), under: tuple[str, ...] = ()
) -> Iterator[PtyApp]:
    """`start_app`, and on the way out (a failure too) the app killed if it still runs and the
    terminal closed if the test has not closed it."""
    app = PtyApp(*start_app(arguments, environment, size, under))
    try:
        yield app
    finally:
        with contextlib.suppress(ChildProcessError):
            if os.waitpid(app.pid, os.WNOHANG) == (0, 0):
                os.kill(app.pid, signal.SIGKILL)
                os.waitpid(app.pid, 0)
        if not app.closed:
            os.close(app.master)


def read_until(master: int, needle: bytes, seconds: float = 30, seen: bytes = b"") -> bytes:
    """Everything the app draws until `needle` appears (the test fails if it never does), after
    what was `seen` already."""
    deadline = time.monotonic() + seconds
    while needle not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                seen += os.read(master, 65536)
            except OSError:
                break
    assert needle in seen, f"never saw {needle!r}"
    return seen


def wait_for_exit(pid: int, master: int | None, seconds: float = 20) -> int | None:
    """The app's exit status once it stops (reading what it draws meanwhile), or None if it has
    not stopped within `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if master is not None:
            with contextlib.suppress(OSError):
                if select.select([master], [], [], 0.05)[0]:
                    os.read(master, 65536)
        else:
            time.sleep(0.05)
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
    return None


class Terminal:
    """Writes keys to the app and drains what it draws (a full terminal would stall the app)."""

    def __init__(self, master: int) -> None:
        self.master, self.drawn, self.lock = master, b"", threading.Lock()
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            with self.lock:
                self.drawn += chunk

    def wait_for(self, text: str, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with self.lock:
                if text.encode() in self.drawn:
                    return
            time.sleep(0.02)
        pytest.fail(f"never saw {text!r}")

    def type(self, keys: str | list[str], gap: float = 0.02) -> None:
        """Keys one at a time, `gap` seconds apart (50 keys a second unless told)."""
        for key in keys:
            os.write(self.master, key.encode())
            time.sleep(gap)

    def burst(self, keys: list[str]) -> None:
        """Keys in one write, as key repeat or a quick typist's roll sends them."""
        os.write(self.master, "".join(keys).encode())
