"""A save killed before its rename leaves its temporary file: the next start finishes it (a whole
newer entry) or keeps its fragment aside, so that no words are lost and no stray file is left."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from journal_helpers import load_as, reflection, saved
from pty_helpers import Terminal, app_in_pty

from thingsjournal.cli.main import main
from thingsjournal.journal.entries import Reflection, now, to_toml
from thingsjournal.journal.recovery import finish_interrupted_saves
from thingsjournal.journal.store import JournalStore
from thingsjournal.tui.screens.autosaving import LONGEST_WAIT


def _journal(tmp_path: Path) -> tuple[Path, Path, Reflection]:
    folder = tmp_path / "journal"
    (entry,) = saved(folder, reflection(5, "The last whole save."))
    (path,) = folder.glob("*.toml")
    return folder, path, entry


def test_a_whole_newer_save_is_finished(tmp_path: Path) -> None:
    folder, path, entry = _journal(tmp_path)
    newer = entry.model_copy(update={"statement": "The newest words.", "updated": now()})
    (folder / f".{path.name}.0a1b2c3d.tmp").write_bytes(to_toml(newer))
    [said] = finish_interrupted_saves(folder, folder / ".thingsjournal")
    assert "has its newest text" in said
    assert load_as(JournalStore(folder), entry.id, Reflection).statement == "The newest words."
    assert list(folder.glob(".*.tmp")) == []


def test_the_first_save_of_a_new_entry_is_finished(tmp_path: Path) -> None:
    folder, _, _ = _journal(tmp_path)
    new = reflection(6, "A new entry, never renamed into place.")
    from thingsjournal.journal.store import file_name

    (folder / f".{file_name(new)}.00ff00ff.tmp").write_bytes(to_toml(new))
    assert len(finish_interrupted_saves(folder, folder / ".thingsjournal")) == 1
    assert load_as(JournalStore(folder), new.id, Reflection).statement == "A new entry, never renamed into place."


def test_a_save_cut_short_is_kept_aside_and_named_by_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder, path, entry = _journal(tmp_path)
    whole = to_toml(entry.model_copy(update={"statement": "Newer, but cut"}))
    (folder / f".{path.name}.12345678.tmp").write_bytes(whole[: len(whole) // 2])
    [said] = finish_interrupted_saves(folder, folder / ".thingsjournal")
    assert "cut short" in said and "last whole save" in said
    assert list(folder.glob(".*.tmp")) == []
    assert load_as(JournalStore(folder), entry.id, Reflection).statement == "The last whole save."
    assert main(["--journal", str(folder), "check"]) == 1
    assert "part of a save that was cut short" in capsys.readouterr().out


def test_an_older_leftover_is_left_for_check(tmp_path: Path) -> None:
    folder, path, entry = _journal(tmp_path)
    older = entry.model_copy(update={"statement": "Older.", "updated": entry.updated.replace(year=2020)})
    leftover = folder / f".{path.name}.deadbeef.tmp"
    leftover.write_bytes(to_toml(older))
    assert finish_interrupted_saves(folder, folder / ".thingsjournal") == []
    assert leftover.exists() and load_as(JournalStore(folder), entry.id, Reflection).statement == "The last whole save."


@pytest.mark.xdist_group("timing")
def test_kill_9_while_typing_leaves_whole_files_and_loses_at_most_the_autosave_wait(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Typing at 20 keys a second, killed at a moment that moves a little each try: every file
    whole, no temporary file left once the app has started again, and only the words of the last
    LONGEST_WAIT seconds (plus a margin for the save itself) lost. 2 tries in the suite, 30 in the soak."""
    tries = 30 if request.config.getoption("soak") else 2
    for number in range(tries):
        journal = tmp_path / f"journal-{number}"
        sent: list[tuple[float, str]] = []
        with app_in_pty(["open", "1"], {"THINGSJOURNAL_DIR": str(journal)}, size=(120, 40)) as app:
            terminal = Terminal(app.master)  # reads what the app draws, as a terminal does
            terminal.wait_for("┏")  # the heavy border: the first field has the cursor
            words = f"try {number}: " + "word " * (10 + number % 7)
            for key in words:
                sent.append((time.monotonic(), key))
                terminal.type(key, gap=0.05)
            os.kill(app.pid, signal.SIGKILL)
            killed = time.monotonic()
        store = JournalStore(journal)
        finish_interrupted_saves(journal, store.app_dir)
        assert list(journal.glob(".*.tmp")) == [] and store.listing().problems == []
        (entry,) = store.listing().entries
        kept = load_as(store, entry.id, Reflection).answers.get("recognise-reward", "")
        surely_saved = "".join(key for at, key in sent if at < killed - LONGEST_WAIT - 0.5)
        assert kept.startswith(surely_saved.rstrip()) and words.startswith(kept), (number, kept, surely_saved)
