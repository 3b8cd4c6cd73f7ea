"""What the journal's promises rest on, each tested so that dropping it fails a test: both fsyncs,
in order, before a save is reported; the boundary days of every date filter; caches keyed on the
file's modification time; and a store that never read a file never saving over it."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from journal_helpers import load_as, reflection, saved

from thingsjournal.cli.main import main
from thingsjournal.journal.entries import Reflection
from thingsjournal.journal.store import JournalStore
from thingsjournal.tui.app import make_app
from thingsjournal.tui.screens.journal import JournalScreen


def test_a_save_syncs_the_file_then_the_folder_before_it_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (entry,) = saved(tmp_path, reflection(statement="first"))
    store = JournalStore(tmp_path)
    loaded = store.load(entry.id)
    synced: list[str] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    result = store.save(loaded.model_copy(update={"statement": "second"}))
    monkeypatch.undo()
    file_syncs = [index for index, path in enumerate(synced) if Path(path).name.startswith(f".{result.path.name}.")]
    folder_syncs = [index for index, path in enumerate(synced) if Path(path) == tmp_path]
    assert file_syncs and folder_syncs, synced
    assert max(file_syncs) < max(folder_syncs)  # the entry's own folder, after its file


BOUNDARY = date(2026, 10, 1)


@pytest.fixture
def on_the_boundary(tmp_path: Path) -> Path:
    journal = tmp_path / "journal"
    saved(
        journal,
        reflection(1, "On the day.", learning_date=BOUNDARY),
        reflection(2, "The day before.", learning_date=date(2026, 9, 30)),
        reflection(3, "The day after.", learning_date=date(2026, 10, 2)),
    )
    return journal


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_the_boundary_day_is_inside_the_range_on_the_command_line(
    on_the_boundary: Path, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    day = BOUNDARY.isoformat()
    assert main(["--journal", str(on_the_boundary), "entries", option, day]) == 0
    assert "Thing 1" in capsys.readouterr().out
    assert main(["--journal", str(on_the_boundary), "export", "--all", option, day, "--privacy", "off"]) == 0
    assert "On the day." in capsys.readouterr().out


@pytest.mark.parametrize("field", ["since", "until"])
async def test_the_boundary_day_is_inside_the_range_on_the_journal_screen(on_the_boundary: Path, field: str) -> None:
    from textual.widgets import Input

    app = make_app(journal_dir=on_the_boundary)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        app.screen.query_one(f"#{field}", Input).value = "1 Oct 2026"
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        assert "On the day." in [app.session.view.entry_data[entry.id]["statement"] for entry in app.screen.shown]
        assert len(app.screen.shown) == 2


def test_an_edit_elsewhere_of_the_same_size_is_seen_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal"
    (entry,) = saved(journal, reflection(4, "I planted apples with the group."))
    assert main(["--journal", str(journal), "export", "--all", "--privacy", "off"]) == 0  # caches built
    capsys.readouterr()
    (path,) = journal.glob("*.toml")
    before = path.stat()
    with path.open("r+b") as handle:  # the same inode and size; only the modification time moves
        text = handle.read().replace(b"apples", b"onions")
        handle.seek(0)
        handle.write(text)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
    assert path.stat().st_size == before.st_size and path.stat().st_ino == before.st_ino
    assert main(["--journal", str(journal), "entries", "--search", "onions"]) == 0
    assert entry.id in capsys.readouterr().out
    assert main(["--journal", str(journal), "export", "--all", "--privacy", "off"]) == 0
    assert "onions" in capsys.readouterr().out


def test_a_store_that_never_read_a_file_never_saves_over_it(tmp_path: Path) -> None:
    (entry,) = saved(tmp_path, reflection(statement="written by the first process"))
    fresh = JournalStore(tmp_path)  # another process, which never loaded it
    result = fresh.save(entry.model_copy(update={"statement": "written by the second"}))
    assert result.conflict_with == entry.id and result.entry.id != entry.id
    assert load_as(JournalStore(tmp_path), entry.id, Reflection).statement == "written by the first process"
