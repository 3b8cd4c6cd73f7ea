"""The journal's lock, kept open between saves.

Every save takes the lock, so two copies of the app never check and write an entry at the same
time. Opening and closing the lock file at each save was a twentieth of the save's time; here it
stays open, and each use takes and gives back the operating system's lock on it (`flock`).

Two things could make a lock kept open hold nothing back, and both are checked at each use:
- the file at the lock's path is another one (the folder was removed, or put back from a
  backup): another copy of the app would lock that one, so this lock opens it too;
- two threads of this copy: `flock` belongs to the open file, which they would share, so a
  thread lock lets one at a time through first.
"""

from __future__ import annotations

import fcntl
import os
import threading
import weakref
from typing import TYPE_CHECKING

from thingsjournal.files.safe import open_lock_file

if TYPE_CHECKING:
    from pathlib import Path
    from types import TracebackType


class KeptLock:
    """An exclusive lock on `lock_file`, used as `with lock:`."""

    def __init__(self, lock_file: Path) -> None:
        self._path = lock_file
        self._held: list[int] = []  # the open lock file, if open: closed when the lock is let go
        self._threads = threading.Lock()
        weakref.finalize(self, _close, self._held)

    def __enter__(self) -> None:
        self._threads.acquire()
        try:
            while True:
                if not self._held:
                    self._held.append(open_lock_file(self._path))
                fd = self._held[0]
                fcntl.flock(fd, fcntl.LOCK_EX)
                if _same_file(fd, self._path):
                    return
                _close(self._held)  # locked a file no longer at the path: open the one there
        except BaseException:
            self._threads.release()
            raise

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        try:
            fcntl.flock(self._held[0], fcntl.LOCK_UN)
        finally:
            self._threads.release()


def _same_file(fd: int, path: Path) -> bool:
    try:
        there = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (there.st_ino, there.st_dev) == (held.st_ino, held.st_dev)


def _close(held: list[int]) -> None:
    while held:
        os.close(held.pop())
