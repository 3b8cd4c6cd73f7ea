"""Standard output and error for the commands, with every control character shown as its
stand-in: what a command prints quotes Thing titles, entry titles, file names and what people
wrote, and none of it may drive the terminal. The commands print only text; JSON escapes its own
(`control_chars.terminal_json`), so it passes unchanged."""

from __future__ import annotations

import contextlib
import io
import sys

from thingsjournal.text.control_chars import shown

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import BinaryIO, TextIO


class ShownStream(io.TextIOBase):
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(shown(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def fileno(self) -> int:
        return self._stream.fileno()

    def isatty(self) -> bool:
        return self._stream.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]  # TextIOWrapper declares encoding writable; ours follows the wrapped stream
        return self._stream.encoding

    @property
    def beneath(self) -> TextIO:
        """The stream itself, for our own text that must move the cursor (a progress line's
        carriage return) and holds nothing from data."""
        return self._stream

    @property
    def buffer(self) -> BinaryIO:
        """The bytes beneath, for a zip (`backup -o -`), which is never shown on a terminal."""
        return self._stream.buffer


@contextlib.contextmanager
def shown_output() -> Iterator[None]:
    """stdout and stderr shown, for as long as a command runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = ShownStream(out), ShownStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
