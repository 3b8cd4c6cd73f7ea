"""The journal's folder kept open between saves: every save goes to the folder at the journal's
path, even after that folder was replaced (moved aside for a new one, or put back from a backup),
and a store that saves again and again opens the folder once."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest
from journal_helpers import reflection, saved

from thingsjournal.files.kept_folder import KeptFolder
from thingsjournal.journal.store import JournalStore

if TYPE_CHECKING:
    from pathlib import Path


def test_the_folder_is_kept_while_it_is_the_one_at_its_path(tmp_path: Path) -> None:
    folder = KeptFolder(tmp_path / "journal")
    with pytest.raises(FileNotFoundError):
        folder.descriptor()
    (tmp_path / "journal").mkdir()
    first = folder.descriptor()
    assert folder.descriptor() == first  # kept, not opened again
    os.rename(tmp_path / "journal", tmp_path / "aside")
    (tmp_path / "journal").mkdir()
    assert os.path.samestat(os.fstat(folder.descriptor()), os.stat(tmp_path / "journal"))
    assert str(tmp_path / "aside") not in _open_files()  # the folder moved aside is let go


def _open_files() -> set[str]:
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            found.add(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:  # the listing's own descriptor, closed since
            continue
    return found


def test_a_save_after_the_journal_folder_was_replaced_goes_to_the_new_one(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    (entry,) = saved(journal, reflection(statement="First words."))
    store = JournalStore(journal)
    loaded = store.load(entry.id)
    first = store.save(loaded.model_copy(update={"statement": "Second words."}))
    os.rename(journal, tmp_path / "moved aside")
    journal.mkdir()  # the user put another journal folder at the path (or a backup back)
    result = store.save(loaded.model_copy(update={"statement": "Third words."}))
    assert [path.name for path in journal.glob("*.toml")] == [result.path.name]
    assert result.path.parent == journal and "Third words." in result.path.read_text(encoding="utf-8")
    kept = (tmp_path / "moved aside" / first.path.name).read_text(encoding="utf-8")
    assert "Second words." in kept and "Third words." not in kept


def test_saving_again_and_again_opens_the_folder_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journal = tmp_path / "journal"
    (entry,) = saved(journal, reflection(statement="First words."))
    store = JournalStore(journal)
    loaded = store.load(entry.id)
    opened: list[str] = []
    real_open = os.open

    def watched(path: str | os.PathLike[str], *args: object, **kwargs: object) -> int:
        fd = real_open(path, *args, **kwargs)  # type: ignore[arg-type]  # os.open's own arguments
        opened.append(os.readlink(f"/proc/self/fd/{fd}"))
        return fd

    monkeypatch.setattr(os, "open", watched)
    results = [store.save(loaded.model_copy(update={"statement": f"Words, take {number}."})) for number in range(5)]
    monkeypatch.undo()
    assert opened.count(str(journal)) == 1
    assert "Words, take 4." in results[-1].path.read_text(encoding="utf-8")
