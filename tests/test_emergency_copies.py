"""When the app must stop and cannot save (the disk full, the journal read-only), what is on
screen becomes an emergency copy, offered back at the next start; `check` names copies left."""

from __future__ import annotations

import errno
import os
import shutil
import signal
from pathlib import Path

import pytest
from journal_helpers import load_as, reflection, saved
from pilot_waits import until
from pty_helpers import Terminal, app_in_pty, wait_for_exit

from thingsjournal.cli.main import main
from thingsjournal.journal import emergency
from thingsjournal.journal.entries import Reflection
from thingsjournal.journal.store import JournalStore
from thingsjournal.paths import emergency_folders
from thingsjournal.tui.app import make_app
from thingsjournal.tui.dialogs.confirm import ConfirmScreen
from thingsjournal.tui.dialogs.emergency import EmergencyCopyScreen
from thingsjournal.tui.widgets.counting_text_area import CountingTextArea


def _full_disk(*args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


async def _stop_with_unsaved_text(journal: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    """Open Thing 5's entry, type `text` while saves fail, and stop as a signal would."""
    app = make_app(journal_dir=journal, thing=5)
    with monkeypatch.context() as patch:  # undone on the way out, leaving the isolated folders
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            patch.setattr("thingsjournal.journal.store.atomic_write_in", _full_disk)
            area = app.screen.query_one("#prompts CountingTextArea", CountingTextArea)
            area.focus()
            await pilot.pause()
            area.insert(text)
            await pilot.pause()
            app._stop_requested()  # what SIGTERM or SIGHUP runs: it waits for the keys to settle
            for _ in range(100):
                if app.return_code is not None:
                    break
                await pilot.pause(0.02)
    return app.emergency_lines


async def test_a_stop_while_saves_fail_keeps_an_emergency_copy_offered_back_at_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(5, "The statement."))
    [line] = await _stop_with_unsaved_text(journal, monkeypatch, "Words the disk would not take.")
    [copy] = emergency.copies()
    assert str(copy) in line and "offered back at the next start" in line
    assert copy.is_relative_to(emergency_folders()[0]) and copy.stat().st_mode & 0o777 == 0o600
    assert main(["--journal", str(journal), "check"]) == 1
    assert "an emergency copy" in capsys.readouterr().out
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        assert await until(
            pilot, lambda: isinstance(app.screen, EmergencyCopyScreen) and app.screen.focused is not None
        )
        await pilot.press("enter")  # Put it back has the focus
        assert await until(pilot, lambda: not isinstance(app.screen, EmergencyCopyScreen))
    assert emergency.copies() == []
    [only] = JournalStore(journal).listing().entries  # put back over its entry, which had not changed
    assert list(load_as(JournalStore(journal), only.id, Reflection).answers.values()) == [
        "Words the disk would not take."
    ]


async def test_a_copy_whose_entry_changed_meanwhile_is_put_back_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = tmp_path / "journal"
    (entry,) = saved(journal, reflection(5, "The statement."))
    await _stop_with_unsaved_text(journal, monkeypatch, "Emergency words.")
    store = JournalStore(journal)
    store.save(store.load(entry.id).model_copy(update={"statement": "Changed since, elsewhere."}))
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        assert await until(
            pilot, lambda: isinstance(app.screen, EmergencyCopyScreen) and app.screen.focused is not None
        )
        await pilot.press("enter")
        assert await until(pilot, lambda: not isinstance(app.screen, EmergencyCopyScreen))
    store = JournalStore(journal)
    texts = sorted(
        (load_as(store, e.id, Reflection).statement, tuple(load_as(store, e.id, Reflection).answers.values()))
        for e in store.listing().entries
    )
    assert texts == [("Changed since, elsewhere.", ()), ("The statement.", ("Emergency words.",))]


async def test_a_copy_can_be_discarded_after_a_second_question(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(5, "The statement."))
    await _stop_with_unsaved_text(journal, monkeypatch, "Not wanted.")
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        assert await until(
            pilot, lambda: isinstance(app.screen, EmergencyCopyScreen) and app.screen.focused is not None
        )
        await pilot.click("#discard")
        assert await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        assert await until(pilot, lambda: not isinstance(app.screen, ConfirmScreen | EmergencyCopyScreen))
    assert emergency.copies() == []


@pytest.mark.xdist_group("timing")
def test_sigterm_while_the_journal_cannot_be_written_keeps_what_was_typed(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(1, "Saved before."))
    shutil.rmtree(journal / ".thingsjournal")
    (journal / ".thingsjournal").write_text("not a folder")  # every save fails from now on
    env = {"THINGSJOURNAL_DIR": str(journal), "XDG_STATE_HOME": os.environ["XDG_STATE_HOME"]}
    with app_in_pty(["open", "1"], env, size=(120, 40)) as app:
        terminal = Terminal(app.master)
        terminal.wait_for("┏")
        terminal.type("Typed on a broken journal")
        terminal.wait_for("not saved")
        os.kill(app.pid, signal.SIGTERM)
        assert wait_for_exit(app.pid, None) is not None
    [copy] = emergency.copies()
    assert "Typed on a broken journal" in copy.read_text(encoding="utf-8")
