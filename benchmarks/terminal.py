"""Running a program in a pseudo-terminal and timing what a person sees: the first frame, and the
frame after a key. Both our app and its baseline are timed this same way, in the same run."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time


class Terminal:
    """A program running in an 80x24 (or other) pseudo-terminal."""

    def __init__(self, argv: list[str], env: dict[str, str], size: tuple[int, int] = (80, 24)) -> None:
        self.started = time.perf_counter()
        self.pid, self.master = pty.fork()
        if self.pid == 0:
            os.environ.clear()
            os.environ.update({**env, "TERM": "xterm-256color", "COLUMNS": str(size[0]), "LINES": str(size[1])})
            os.execv(argv[0], argv)
        fcntl.ioctl(self.master, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        self.seen = b""

    def wait_for(self, marker: bytes, seconds: float = 30) -> float:
        """Milliseconds from the start until `marker` has been drawn."""
        deadline = time.monotonic() + seconds
        while marker not in self.seen:
            if time.monotonic() > deadline:
                raise TimeoutError(f"never saw {marker!r}")
            if select.select([self.master], [], [], 0.05)[0]:
                self.seen += os.read(self.master, 1 << 20)
        return (time.perf_counter() - self.started) * 1000

    def drain(self, quiet: float = 0.3, longest: float = 3.0) -> None:
        """Read until the program has drawn nothing for `quiet` seconds (a blinking cursor
        never stops drawing, so give up after `longest` seconds)."""
        deadline = time.monotonic() + longest
        while time.monotonic() < deadline and select.select([self.master], [], [], quiet)[0]:
            os.read(self.master, 1 << 20)

    def key_to_frame(self, key: bytes, expect: bytes, seconds: float = 10) -> float:
        """Milliseconds from sending `key` until a frame holding `expect` is drawn (frames that
        only blink the cursor do not count)."""
        self.drain(0.02, 0.2)
        start = time.perf_counter()
        os.write(self.master, key)
        seen = b""
        deadline = time.monotonic() + seconds
        while expect not in seen:
            if time.monotonic() > deadline:
                raise TimeoutError("no frame after a key")
            if select.select([self.master], [], [], 0.5)[0]:
                seen += os.read(self.master, 1 << 20)
        return (time.perf_counter() - start) * 1000

    def close(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.master)
