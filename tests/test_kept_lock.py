"""The journal's lock kept open between saves still holds back every other holder: another copy
of the app (another open file), another thread of this one, and a copy that opens a lock file put
back at the path since this one opened its own."""

from __future__ import annotations

import fcntl
import os
import threading
from typing import TYPE_CHECKING

import pytest

from thingsjournal.files.kept_lock import KeptLock

if TYPE_CHECKING:
    from pathlib import Path


def _other_copy_can_lock(path: Path) -> bool:
    """Whether another copy of the app (its own open of the file) could take the lock now."""
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)
    return True


def test_another_copy_is_held_back_only_while_the_lock_is_held(tmp_path: Path) -> None:
    path = tmp_path / "app" / "lock"
    lock = KeptLock(path)
    with lock:
        assert path.is_file() and (path.stat().st_mode & 0o777) == 0o600  # its folder made too
        assert not _other_copy_can_lock(path)
    assert _other_copy_can_lock(path)
    with lock:  # again, the file kept open
        assert not _other_copy_can_lock(path)


def test_a_lock_file_put_back_at_its_path_is_the_one_locked(tmp_path: Path) -> None:
    path = tmp_path / "lock"
    lock = KeptLock(path)
    with lock:
        pass
    path.unlink()  # as when the app's folder is put back from a backup
    path.write_bytes(b"")
    with lock:
        assert not _other_copy_can_lock(path)
    path.unlink()
    with lock:  # and made again where it is gone
        assert path.exists() and not _other_copy_can_lock(path)


def test_one_thread_at_a_time(tmp_path: Path) -> None:
    lock = KeptLock(tmp_path / "lock")
    inside = threading.Event()
    let_go = threading.Event()
    order: list[str] = []

    def first() -> None:
        with lock:
            order.append("first in")
            inside.set()
            let_go.wait(5)
            order.append("first out")

    def second() -> None:
        inside.wait(5)
        with lock:
            order.append("second in")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    inside.wait(5)
    threads[1].join(0.2)  # it waits while the first holds the lock
    assert threads[1].is_alive() and order == ["first in"]
    let_go.set()
    for thread in threads:
        thread.join(5)
    assert order == ["first in", "first out", "second in"]


def test_a_failure_inside_gives_the_lock_back(tmp_path: Path) -> None:
    path = tmp_path / "lock"
    lock = KeptLock(path)
    with pytest.raises(RuntimeError), lock:
        raise RuntimeError("a save that failed")
    assert _other_copy_can_lock(path)
    with lock:  # this thread can take it again
        assert not _other_copy_can_lock(path)
