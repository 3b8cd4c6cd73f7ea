"""Writing files so that a crash, a full disk or a killed process never leaves half a file, and
so that what the user writes is readable by them alone, whatever their umask."""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and any missing parents) as 0700; an existing folder keeps its mode."""
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue
        os.chmod(path, PRIVATE_DIR)  # mkdir's mode is filtered by the umask


def atomic_write(path: Path, data: bytes, before_replace: Callable[[], Path] | None = None) -> None:
    """Replace `path` with `data` all at once (see `replacing`)."""
    with replacing(path, before_replace) as handle:
        view = memoryview(data)
        while view:  # straight to the file: a short write (a full disk) raises, never half-saves
            view = view[os.write(handle.fileno(), view) :]


def keep_copy(path: Path) -> Path:
    """Copy `path` beside itself (`settings.before-20260101-093000.toml.bak`) before a file that
    does not load is replaced, so nothing the user wrote in it is lost; the copy."""
    from datetime import datetime

    copy = path.with_name(f"{path.stem}.before-{datetime.now():%Y%m%d-%H%M%S}{path.suffix}.bak")
    atomic_write(copy, path.read_bytes())
    return copy


@contextlib.contextmanager
def replacing(path: Path, before_replace: Callable[[], Path] | None = None) -> Iterator[BinaryIO]:
    """A file to write that replaces `path` all at once when the block ends: a temporary file
    beside it with a random name, made new (never one planted there, never through a link) and
    readable by the user alone, synced, renamed over `path`, then the folder synced. On any
    failure `path` is left as it was and the temporary file is removed.

    `before_replace` runs once the new bytes are synced, just before the rename (a version
    keeps the file about to be replaced there); the folder it returns is synced after the
    journal's, which on a journaling file system has committed it already, so it costs little."""
    also_sync = None
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(fd, PRIVATE_FILE)
            yield handle
            handle.flush()
            os.fsync(fd)
        if before_replace is not None:
            also_sync = before_replace()
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    sync_dir(path.parent)
    if also_sync is not None:
        sync_dir(also_sync)


def sync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def locked(lock_file: Path) -> Iterator[None]:
    """Hold an exclusive lock, so two copies of the app never check-and-write at the same time."""
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
