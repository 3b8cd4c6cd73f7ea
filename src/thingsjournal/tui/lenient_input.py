"""Bytes from the terminal that are not UTF-8 become U+FFFD instead of stopping the keyboard.

Textual's Linux driver decodes its input strictly: one byte such as 0xFF (a Latin-1 terminal,
PuTTY sending é as 0xE9, a binary paste) raises in its input thread, which dies, and the app
quits without saving. The driver looks up `getincrementaldecoder` in its own module each time it
starts reading, so giving that module a lenient one is enough. This reaches into Textual's
private API; Textual is pinned, and `tests/test_terminal_faults.py` fails if the name moves.
"""

from __future__ import annotations

import codecs
from functools import partial
from typing import Any


def _lenient(encoding: str) -> Any:
    """`codecs.getincrementaldecoder`, with bad bytes replaced rather than raised."""
    return partial(codecs.getincrementaldecoder(encoding), errors="replace")


def install() -> None:
    from textual.drivers import linux_driver

    linux_driver.getincrementaldecoder = _lenient  # type: ignore[attr-defined]
