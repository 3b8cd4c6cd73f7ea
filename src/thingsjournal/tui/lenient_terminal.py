"""Textual's Linux driver, made to survive a terminal that misbehaves or goes away.

- **Input**: the driver decodes strictly, so one byte that is not UTF-8 (a Latin-1 terminal,
  PuTTY sending é as 0xE9, a binary paste) raises in its input thread, which dies, and the app
  quits without saving. A decoder that replaces bad bytes with U+FFFD keeps it reading.
- **Output**: the driver writes through a thread fed by a short queue. When the terminal closes,
  the first write fails, that thread dies, and the queue fills: the next write (the app redrawing
  while it saves, or restoring the terminal on the way out) then waits for ever and the app never
  stops. A writer that drops what it cannot write keeps the queue moving.

Both reach into Textual's private API (the driver looks `getincrementaldecoder` and `WriterThread`
up in its own module each time it starts); Textual is pinned, and `tests/test_terminal_faults.py`
fails if either name moves.
"""

from __future__ import annotations

import codecs
from contextlib import suppress
from functools import partial
from typing import Any

from textual.drivers._writer_thread import WriterThread


def _lenient(encoding: str) -> Any:
    """`codecs.getincrementaldecoder`, with bad bytes replaced rather than raised."""
    return partial(codecs.getincrementaldecoder(encoding), errors="replace")


class LenientWriter(WriterThread):
    """Textual's writer thread, which goes on taking writes (and drops them) once the terminal
    has gone, so no one waits on it."""

    def run(self) -> None:
        gone = False
        while (text := self._queue.get()) is not None:
            if gone:
                continue
            try:
                self._file.write(text)
                if self._queue.qsize() == 0:
                    self._file.flush()
            except OSError:  # EIO once the terminal has closed: nothing can be shown any more
                gone = True
        if not gone:
            with suppress(OSError):
                self._file.flush()


def install() -> None:
    from textual.drivers import linux_driver

    # Pinned by tests/test_terminal_faults.py: test_the_driver_still_decodes_through_the_name_we_replace
    # and test_bytes_that_are_not_utf8_become_a_stand_in_and_the_app_goes_on (input);
    # test_the_driver_still_writes_through_the_name_we_replace and
    # test_once_the_terminal_has_gone_writes_never_wait (output).
    linux_driver.getincrementaldecoder = _lenient
    linux_driver.WriterThread = LenientWriter  # type: ignore[misc]  # replacing the class is the point
