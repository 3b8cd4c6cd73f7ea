"""Running the real app in a pseudo-terminal, as a person's terminal would."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time


def start_app(arguments: list[str], environment: dict[str, str]) -> tuple[int, int]:
    """`python -m thingsjournal ARGUMENTS` in an 80x24 pseudo-terminal: its pid and the terminal."""
    pid, master = pty.fork()
    if pid == 0:  # the child: the app, with the pseudo-terminal as its controlling terminal
        os.environ.update({**environment, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"})
        os.execv(sys.executable, [sys.executable, "-m", "thingsjournal", *arguments])
    fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    return pid, master


def read_until(master: int, needle: bytes, seconds: float = 30) -> bytes:
    """Everything the app draws until `needle` appears (the test fails if it never does)."""
    seen = b""
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
