"""Writing files so that a crash, a full disk or a killed process never leaves half a file, and
so that what the user writes is readable by them alone, whatever their umask."""

from __future__ import annotations

import contextlib
import fcntl
import os
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
    """Replace `path` with `data` all at once, as `replacing` does, with the file's descriptor
    alone (no file object: every save comes here); `atomic_write_in` where the folder is open."""
    folder = _open_folder(path)
    try:
        atomic_write_in(folder, os.path.basename(path), data, before_replace)
    finally:
        os.close(folder)


def atomic_write_in(folder: int, name: str, data: bytes, before_replace: Callable[[], Path] | None = None) -> None:
    """`atomic_write` of the file `name` in the open `folder` (its descriptor): each step names
    the file within it, not by a whole path the system walks again, and the folder is synced
    through the descriptor, not opened again (a twentieth of a save, on a disk)."""
    temporary, fd = _new_temporary(folder, name)
    try:
        try:
            view = memoryview(data)
            while view:  # a short write (a full disk) raises, never half-saves
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        also_sync = _put_in_place(folder, temporary, name, before_replace)
    except BaseException:
        _discard(folder, temporary)
        raise
    _sync_after_replace(folder, also_sync)


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
    folder = _open_folder(path)
    try:
        name = os.path.basename(path)
        temporary, fd = _new_temporary(folder, name)
        try:
            with os.fdopen(fd, "wb") as handle:
                yield handle
                handle.flush()
                os.fsync(fd)
            also_sync = _put_in_place(folder, temporary, name, before_replace)
        except BaseException:
            _discard(folder, temporary)
            raise
        _sync_after_replace(folder, also_sync)
    finally:
        os.close(folder)


def _open_folder(path: Path) -> int:
    """The descriptor of the folder `path` is in, open: the steps of a write all go through it."""
    return os.open(os.path.dirname(path) or ".", os.O_RDONLY | os.O_DIRECTORY)


def _new_temporary(folder: int, name: str) -> tuple[str, int]:
    """A temporary file beside `name` in `folder`, with a random name, made new (never one
    planted there, never through a link), 0600 whatever the umask: its name and descriptor."""
    temporary = f".{name}.{os.urandom(4).hex()}.tmp"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, PRIVATE_FILE, dir_fd=folder)
    try:
        os.fchmod(fd, PRIVATE_FILE)
    except BaseException:
        os.close(fd)
        _discard(folder, temporary)
        raise
    return temporary, fd


def _discard(folder: int, temporary: str) -> None:
    """Remove a temporary file a failed write leaves, if it is there to remove."""
    with contextlib.suppress(OSError):
        os.unlink(temporary, dir_fd=folder)


def _put_in_place(folder: int, temporary: str, name: str, before_replace: Callable[[], Path] | None) -> Path | None:
    """Rename the synced temporary file over `name`, `before_replace` first: the folder it
    returns, to sync too."""
    also = before_replace() if before_replace is not None else None
    os.replace(temporary, name, src_dir_fd=folder, dst_dir_fd=folder)
    return also


def _sync_after_replace(folder: int, also: Path | None) -> None:
    os.fsync(folder)
    if also is not None:
        sync_dir(also)


def sync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def open_lock_file(lock_file: Path) -> int:
    """The lock file, open (made 0600 if new), and its folder (and any missing above it) made,
    privately, if it is missing: looked for only then, as every save takes the lock."""
    try:
        return os.open(lock_file, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
    except FileNotFoundError:
        make_private_dir(lock_file.parent)
        return os.open(lock_file, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)


@contextlib.contextmanager
def locked(lock_file: Path) -> Iterator[None]:
    """Hold an exclusive lock, so two copies of the app never check-and-write at the same time
    (`files.kept_lock` keeps one open for a store that takes it at every save)."""
    fd = open_lock_file(lock_file)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
