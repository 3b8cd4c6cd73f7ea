"""Where an export or a backup goes, by rules that keep `-o` from being turned against the user
(the command line and the export screen both write through here):

- `-` is standard output;
- a device or a FIFO (/dev/null, a pipe a script made) is written through, never replaced;
- a symbolic link is followed: the file it names is written, and the link stays a link;
- anything else is replaced all at once, through a new private file beside it (`replacing`).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from thingsjournal.errors import UserError
from thingsjournal.files.safe import replacing

if TYPE_CHECKING:
    from collections.abc import Iterator

STDOUT = "-"


def followed(target: Path) -> Path:
    """The file `target` names: itself, or where its links lead (a link to nothing leads to the
    file it would make)."""
    return target.resolve() if target.is_symlink() else target


def written_through(path: Path) -> bool:
    """Whether `path` is a device or a FIFO, which is written to and never replaced."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode)


@contextlib.contextmanager
def writing(target: str | Path, what: str = "output", binary: bool = False) -> Iterator[BinaryIO]:
    """A file to write `what` to at `target`, by the rules above. `binary` output (a zip) goes to
    standard output only where that is not a terminal. A UserError says what is wrong and where."""
    if str(target) == STDOUT:
        if binary and sys.stdout.isatty():
            raise UserError(f"-o - would print the {what} on your terminal: send it to a file (-o - > FILE)")
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    path = followed(Path(target))
    try:
        if written_through(path):
            with open(os.open(path, os.O_WRONLY | os.O_NOCTTY), "wb") as handle:
                yield handle
            return
        if path.is_dir():
            raise UserError(f"-o {target}: that is a folder; name a file in it")
        if not path.parent.is_dir():
            raise UserError(f"-o {target}: the folder {path.parent} does not exist")
        with replacing(path) as handle:
            yield handle
    except OSError as error:
        raise UserError(f"could not write the {what} to {target}: {error.strerror or error}") from None
