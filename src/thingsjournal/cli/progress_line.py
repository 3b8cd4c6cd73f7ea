"""One line on the terminal that counts what a slow step has done, rewritten in place: shown only
once the step has taken half a second (a warm start never shows it), at most ten times a second,
and wiped when the step ends, so the app's screen or the next output starts on a clean line."""

from __future__ import annotations

import time

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TextIO

SHOW_AFTER = 0.5  # seconds
EVERY = 0.1  # seconds between rewrites


class ProgressLine:
    def __init__(self, stream: TextIO, what: str, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.what = what  # "Reading your journal"
        self.clock = clock
        self.started = clock()
        self.drawn_at: float | None = None
        self.width = 0
        self.on_terminal = stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if not self.on_terminal or now - self.started < SHOW_AFTER:
            return
        if self.drawn_at is not None and now - self.drawn_at < EVERY and done < total:
            return
        line = f"{self.what}: {done:,} of {total:,} files…"
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width, self.drawn_at = max(self.width, len(line)), now

    def finish(self) -> None:
        """Wipe the line, if it was drawn."""
        if self.drawn_at is not None:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
