"""What a real terminal and a real machine throw at the app: two stop signals at once (a logout
sends SIGHUP and SIGTERM), bytes that are not UTF-8, and Textual giving up. Nothing typed is
lost, and the app never hangs."""

from __future__ import annotations

import errno
import inspect
import io
import os
import signal
import time
from pathlib import Path

import pytest
from journal_helpers import load_as
from pty_helpers import app_in_pty, read_until, wait_for_exit

from thingsjournal.journal.entries import Reflection
from thingsjournal.journal.store import JournalStore

pytestmark = pytest.mark.xdist_group("timing")

TEXT = b"Typed before the signals"
PAIRS = [(signal.SIGHUP, signal.SIGTERM), (signal.SIGTERM, signal.SIGTERM), (signal.SIGTERM, signal.SIGHUP)]


def _answer(journal: Path) -> str:
    store = JournalStore(journal)
    (entry,) = store.listing().entries
    return load_as(store, entry.id, Reflection).answers.get("recognise-reward", "")


def _tries(soak: bool) -> list[tuple[signal.Signals, signal.Signals, float]]:
    """Both orders, 0 to 20 ms apart: three tries in the suite, ten in the soak."""
    tries = [(first, second, gap / 1000) for gap in (0, 5, 10, 20) for first, second in PAIRS]
    return tries[:10] if soak else tries[::4]


def test_two_stop_signals_in_a_row_never_hang_and_lose_nothing(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    for number, (first, second, gap) in enumerate(_tries(request.config.getoption("soak"))):
        journal = tmp_path / f"journal-{number}"
        with app_in_pty(["open", "1"], {"THINGSJOURNAL_DIR": str(journal)}, size=(120, 40)) as app:
            read_until(app.master, b"0 words")
            os.write(app.master, TEXT)
            read_until(app.master, TEXT)
            os.kill(app.pid, first)
            time.sleep(gap)
            os.kill(app.pid, second)
            assert wait_for_exit(app.pid, app.master) is not None, f"hung after {first.name} then {second.name}"
        assert _answer(journal) == TEXT.decode(), (
            f"lost after {first.name} then {second.name} {gap * 1000:.0f} ms apart"
        )


def test_keys_typed_just_before_a_stop_signal_are_kept(tmp_path: Path) -> None:
    """A fast typist, then the terminal is closed: every key the app had been sent lands first."""
    journal = tmp_path / "journal"
    words = " ".join(f"word{n}" for n in range(30))
    with app_in_pty(["open", "1"], {"THINGSJOURNAL_DIR": str(journal)}, size=(120, 40)) as app:
        read_until(app.master, b"0 words")
        os.write(app.master, words.encode())
        os.kill(app.pid, signal.SIGTERM)
        assert wait_for_exit(app.pid, app.master) is not None
    assert _answer(journal) == words


def test_bytes_that_are_not_utf8_become_a_stand_in_and_the_app_goes_on(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    sent = b"ab\xffcd\xc3\x28ef\xed\xa0\x80gh"  # Latin-1 ÿ, a broken pair, an encoded surrogate
    landed = sent.decode("utf-8", errors="replace")
    with app_in_pty(["open", "1"], {"THINGSJOURNAL_DIR": str(journal)}, size=(120, 40)) as app:
        read_until(app.master, b"0 words")
        os.write(app.master, sent)
        read_until(app.master, landed.encode())  # drawn with its stand-ins (the guide has a "gh" too)
        os.write(app.master, b"\x11")  # Ctrl+Q
        status = wait_for_exit(app.pid, app.master)
        assert status is not None and os.waitstatus_to_exitcode(status) == 0
    assert _answer(journal) == landed


def test_the_driver_still_decodes_through_the_name_we_replace() -> None:
    """The lenient decoding rests on Textual's Linux driver calling `getincrementaldecoder`
    from its own module: if an upgrade changes that, this fails first."""
    from textual.drivers import linux_driver

    from thingsjournal.tui import lenient_terminal

    lenient_terminal.install()
    assert 'getincrementaldecoder("utf-8")()' in inspect.getsource(linux_driver.LinuxDriver.run_input_thread)
    assert linux_driver.getincrementaldecoder("utf-8")().decode(b"a\xffb", final=True) == "a\ufffdb"


def test_the_driver_still_writes_through_the_name_we_replace() -> None:
    """The writer that outlives a closed terminal rests on the driver making its `WriterThread`
    from its own module: if an upgrade changes that, this fails first."""
    from textual.drivers import linux_driver

    from thingsjournal.tui import lenient_terminal

    lenient_terminal.install()
    assert "WriterThread(self._file)" in inspect.getsource(linux_driver.LinuxDriver.start_application_mode)
    assert linux_driver.WriterThread is lenient_terminal.LenientWriter


def test_once_the_terminal_has_gone_writes_never_wait() -> None:
    """Textual's own writer dies on the first failed write, and the 31st write after it waits for
    ever; ours drops them and stops when told."""
    from textual.drivers._writer_thread import MAX_QUEUED_WRITES

    from thingsjournal.tui.lenient_terminal import LenientWriter

    class GoneTerminal(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(errno.EIO, "Input/output error")

    writer = LenientWriter(GoneTerminal())
    writer.start()
    for _ in range(MAX_QUEUED_WRITES * 4):
        writer._queue.put("frame", timeout=5)  # raises queue.Full if the writer has stopped taking
    writer.stop()
    assert not writer.is_alive()


async def test_when_textual_gives_up_everything_on_screen_is_saved_and_said(tmp_path: Path) -> None:
    from thingsjournal.tui.app import make_app

    journal = tmp_path / "journal"
    app = make_app(journal_dir=journal, thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press(*"Not yet saved")
        app.panic("the input thread died")
    assert app.crash is not None and "everything on screen was saved" in str(app.crash)
    assert _answer(journal) == "Not yet saved"
