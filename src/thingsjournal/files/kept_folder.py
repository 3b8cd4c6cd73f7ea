"""The journal's folder, kept open between saves.

A save names its files within the open folder (`safe.atomic_write_in`) and syncs the folder
through it, where opening the folder again at each save, and walking its whole path at each
step, was a twentieth of a save's time on a disk.

The folder at the journal's path can become another one: removed and made again, put back from
a backup, moved aside for a new one. Each use compares the folder held with the one at the path
and, where they differ, opens the one there: nothing is written to a folder no longer the
journal's. Like the lock (`files.kept_lock`), it is used by one thread at a time: the store's,
under its lock.
"""

from __future__ import annotations

import os
import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


class KeptFolder:
    """A folder, kept open; `descriptor()` is the one at its path now."""

    def __init__(self, folder: Path) -> None:
        self._path = folder
        self._held: list[tuple[int, tuple[int, int]]] = []  # (descriptor, (inode, device)) if open
        weakref.finalize(self, _close, self._held)

    def descriptor(self) -> int:
        """The folder's descriptor, opened again if the folder at the path is another one (an
        OSError if there is none)."""
        there = os.stat(self._path)
        if self._held and self._held[0][1] == (there.st_ino, there.st_dev):
            return self._held[0][0]
        _close(self._held)
        fd = os.open(self._path, os.O_RDONLY | os.O_DIRECTORY)
        opened = os.fstat(fd)  # the folder opened, should it have changed since the stat
        self._held.append((fd, (opened.st_ino, opened.st_dev)))
        return fd


def _close(held: list[tuple[int, tuple[int, int]]]) -> None:
    while held:
        os.close(held.pop()[0])
