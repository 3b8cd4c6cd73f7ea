"""Running a program in a pseudo-terminal and timing what a person sees: the first frame, and the
frame after a key. Both our app and its baseline are timed this same way, in the same run."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import termios
import time

from harness import failure

ESCAPES = re.compile(rb"\x1b(\[[0-9;?<=>]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


class Terminal:
    """A program running in an 80x24 (or other) pseudo-terminal."""

    def __init__(self, argv: list[str], env: dict[str, str], size: tuple[int, int] = (80, 24)) -> None:
        self.argv = argv
        self.started = time.perf_counter()
        self.pid, self.master = pty.fork()
        if self.pid == 0:
            os.environ.clear()
            os.environ.update({**env, "TERM": "xterm-256color", "COLUMNS": str(size[0]), "LINES": str(size[1])})
            os.execv(argv[0], argv)
        fcntl.ioctl(self.master, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        self.seen = b""
        self.tail = b""  # the last of what it drew, to say why it ended

    def wait_for(self, marker: bytes, seconds: float = 30) -> float:
        """Milliseconds from the start until `marker` has been drawn."""
        deadline = time.monotonic() + seconds
        while marker not in self.seen:
            if time.monotonic() > deadline:
                raise TimeoutError(f"never saw {marker!r}")
            if select.select([self.master], [], [], 0.05)[0]:
                self.seen += self._read()
        return (time.perf_counter() - self.started) * 1000

    def _read(self) -> bytes:
        """What the program drew since the last read; if it has ended, why (see `failure`)."""
        try:
            data = os.read(self.master, 1 << 20)
        except OSError:  # the program has ended: its side of the terminal is closed
            _, status = os.waitpid(self.pid, 0)
            self.pid = 0
            text = ESCAPES.sub(b"", self.tail).decode(errors="replace")
            raise failure(self.argv, os.waitstatus_to_exitcode(status), text) from None
        self.tail = (self.tail + data)[-(1 << 16) :]
        return data

    def drain(self, quiet: float = 0.3, longest: float = 3.0) -> None:
        """Read until the program has drawn nothing for `quiet` seconds (a blinking cursor
        never stops drawing, so give up after `longest` seconds)."""
        deadline = time.monotonic() + longest
        while time.monotonic() < deadline and select.select([self.master], [], [], quiet)[0]:
            self._read()

    def settle(self, window: float = 0.5, longest: float = 60.0) -> None:
        """Wait until the program has stopped working in the background (a worker checking a
        long text): under 5% of a core over `window` seconds, reading what it draws meanwhile."""
        deadline = time.monotonic() + longest
        ticks = os.sysconf("SC_CLK_TCK")
        used = self._cpu()
        while time.monotonic() < deadline:
            self.drain(window, window)
            now = self._cpu()
            if now - used < 0.05 * window * ticks:
                return
            used = now

    def _cpu(self) -> int:
        """Clock ticks of CPU the program has used (user and system, every thread)."""
        with open(f"/proc/{self.pid}/stat") as stat:
            fields = stat.read().rpartition(")")[2].split()
        return int(fields[11]) + int(fields[12])

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
                seen += self._read()
        return (time.perf_counter() - start) * 1000

    def close(self) -> None:
        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        os.close(self.master)
