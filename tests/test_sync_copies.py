"""A journal in a synced folder: the copies sync tools make of an entry changed on two devices
are known as copies of that entry (`journal.sync_copies`), never loaded in its place, never
reported as bad files or as a second entry with its id. Each tool's mark is as its code, its
documentation or its users' files show it (cited in `journal.sync_copies`)."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest
from journal_helpers import load_as, reflection, saved

from thingsjournal.journal.entries import Reflection
from thingsjournal.journal.store import JournalStore
from thingsjournal.journal.sync_copies import SyncCopy, copy_of

if TYPE_CHECKING:
    from pathlib import Path

OWN = "2026-12-02-thing-05-7hb9pq4q.toml"
# Each tool's mark after the id, from the names quoted in the sources.
MARKS = {
    # `conflictName`: `.sync-conflict-20060102-150405-` + the short device id (7 characters of base32)
    ".sync-conflict-20261202-101530-ABCDEF7": "Syncthing",
    ".sync-conflict-20250926-224656-C5H6PTH": "Syncthing",  # scanned_words.sync-conflict-20250926-224656-C5H6PTH.txt
    ".sync-conflict-20160401-100237": "Syncthing",  # before v0.14.30: db_user.sync-conflict-20160401-100237.php
    " (Jo's conflicted copy 2026-12-02)": "Dropbox",
    " (Miguel Mota's conflicted copy 2014-06-17)": "Dropbox",  # foo (Miguel Mota's conflicted copy 2014-06-17).txt
    " (serges-MacBook-Pro.local's conflicted copy 2019-07-03)": "Dropbox",  # a computer's name
    " (Ricardo's Conflicted Copy 2025-01-15)": "Dropbox",
    " (Copie en conflit de SEMLOG-GTH-0001 2025-11-17)": "Dropbox",  # in French
    " (conflicted copy 2018-04-10 093612)": "Nextcloud",  # mydata (conflicted copy 2018-04-10 093612).txt
    " (conflicted copy jo 2026-12-02 101530)": "Nextcloud",  # with the user, where the server asks for it
    " (case clash from 2026-12-02 101530)": "Nextcloud",
    "_conflict-20180410-093612": "ownCloud",  # mydata_conflict-20180410-093612.txt, before 2.5
    "-DESKTOP-4KJ9P2A": "OneDrive",  # Otomo Spring 1545-DESKTOP-4KJ9P2A.save
    "-MacBook Pro de Charlyne": "OneDrive",  # …Les caractères-MacBook Pro de Charlyne.md
    "-MacBook Pro de Charlyne-2": "OneDrive",
    " (1)": "Google Drive",
    " (2)": "Google Drive",
    ".Conflict": "a sync tool",  # Resilio Sync's filename.Conflict.jpg: not named, still a copy
}


@pytest.mark.parametrize(("mark", "tool"), MARKS.items())
def test_each_tools_copy_is_known_as_a_copy_of_the_entry(mark: str, tool: str) -> None:
    name = OWN.removesuffix(".toml") + mark + ".toml"
    copy = copy_of(name, {OWN})
    assert copy == SyncCopy(name, OWN)
    assert copy.tool == tool


def test_names_that_are_not_copies() -> None:
    assert copy_of(OWN, {OWN}) is None  # the entry's own file
    assert copy_of("my notes (1).toml", {OWN}) is None  # no entry's id in it
    assert copy_of("2026-12-02-thing-05-7hb9pq4q (1).toml", set()) is None  # no entry to be a copy of
    assert copy_of("2026-12-02-thing-05-7hb9pq4q (1).txt", {OWN}) is None


def _journal_with_copies(tmp_path: Path) -> tuple[Path, str, list[str]]:
    """An entry, and a copy of its file under each tool's mark holding other text."""
    folder = tmp_path / "journal"
    entry = saved(folder, reflection(5, "My latest words."))[0]
    own = next(path for path in folder.glob("*.toml"))
    names = []
    for mark in MARKS:
        copy = own.with_name(own.stem + mark + ".toml")
        shutil.copy(own, copy)
        copy.write_text(copy.read_text().replace("My latest words.", f"Older words{mark}."))
        names.append(copy.name)
    return folder, entry.id, names


def test_the_entry_is_always_its_own_file_and_the_copies_are_listed(tmp_path: Path) -> None:
    folder, entry_id, names = _journal_with_copies(tmp_path)
    store = JournalStore(folder)
    listing = store.listing()
    assert [summary.id for summary in listing.entries] == [entry_id]
    assert listing.problems == []
    assert sorted(copy.file for copy in listing.copies[entry_id]) == sorted(names)
    assert load_as(store, entry_id, Reflection).statement == "My latest words."
    again = store.listing()  # from the index, the same
    assert [summary.file for summary in again.entries] == [listing.entries[0].file]
    assert sorted(copy.file for copy in again.copies[entry_id]) == sorted(names)


def test_the_next_save_goes_to_the_entrys_own_file(tmp_path: Path) -> None:
    folder, entry_id, names = _journal_with_copies(tmp_path)
    store = JournalStore(folder)
    entry = store.load(entry_id)
    result = store.save(entry.model_copy(update={"statement": "Newer still."}))
    assert result.path.name == store.listing().entries[0].file and result.conflict_with is None
    for name in names:
        assert "Newer still." not in (folder / name).read_text()


def test_a_copy_holding_another_id_is_an_entry_of_its_own(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    first, second = saved(folder, reflection(5, "First."), reflection(6, "Second."))
    own = next(folder.glob(f"*{first.id}.toml"))
    (folder / f"{own.stem} (1).toml").write_bytes(next(folder.glob(f"*{second.id}.toml")).read_bytes())
    listing = JournalStore(folder).listing()
    assert listing.copies == {}
    assert any("is also used by" in problem.message for problem in listing.problems)  # as before


def _one_copy(tmp_path: Path, mark: str = " (Jo's conflicted copy 2026-12-02)") -> tuple[JournalStore, str, SyncCopy]:
    """An entry written at work, and the copy Dropbox made of it with the words written at home."""
    folder = tmp_path / "journal"
    entry = saved(folder, reflection(5, "Written at work."))[0]
    own = next(folder.glob("*.toml"))
    copy = own.with_name(own.stem + mark + ".toml")
    copy.write_text(own.read_text().replace("Written at work.", "Written at home."))
    store = JournalStore(folder)
    return store, entry.id, store.listing().copies[entry.id][0]


def _all_words(store: JournalStore, entry_id: str) -> str:
    """Every text the journal holds for the entry: its file, its versions and any other entry."""
    texts = [path.read_text() for path in store.folder.glob("*.toml")]
    texts += [path.read_text() for path in store.versions_folder(entry_id).glob("*.toml")]
    return "\n".join(texts)


def test_keeping_the_entry_keeps_the_copys_text_as_a_version(tmp_path: Path) -> None:
    store, entry_id, copy = _one_copy(tmp_path)
    said = store.settle_copy(copy, "entry")
    assert "one of its versions" in said and copy.file in said
    assert not (store.folder / copy.file).exists()
    assert load_as(store, entry_id, Reflection).statement == "Written at work."
    assert "Written at home." in _all_words(store, entry_id)
    assert store.listing().copies == {} and store.listing().problems == []


def test_keeping_the_copy_makes_it_the_entry_and_keeps_the_entrys_text(tmp_path: Path) -> None:
    store, entry_id, copy = _one_copy(tmp_path)
    store.settle_copy(copy, "copy")
    assert load_as(store, entry_id, Reflection).statement == "Written at home."
    assert "Written at work." in _all_words(store, entry_id)
    assert [summary.id for summary in store.listing().entries] == [entry_id]


def test_keeping_both_makes_the_copy_a_new_entry(tmp_path: Path) -> None:
    store, entry_id, copy = _one_copy(tmp_path)
    said = store.settle_copy(copy, "both")
    listing = store.listing()
    (other,) = [summary for summary in listing.entries if summary.id != entry_id]
    assert other.conflict_of == entry_id and other.id in said
    assert load_as(store, other.id, Reflection).statement == "Written at home."
    assert load_as(store, entry_id, Reflection).statement == "Written at work."
    assert listing.copies == {}


def test_two_devices_sharing_a_folder_never_lose_a_word(tmp_path: Path) -> None:
    """Two journals kept in step by copying files between them, as a sync tool does: both edit
    the entry; the tool brings one device's file over as the other's conflict copy, and the
    other's file over in its place. Every word written on either device stays in each journal,
    and the entry always loads."""
    work, home = tmp_path / "at-work", tmp_path / "at-home"
    entry = saved(work, reflection(5, "First draft."))[0]
    shutil.copytree(work, home)
    at_work, at_home = JournalStore(work), JournalStore(home)
    at_work.save(at_work.load(entry.id).model_copy(update={"statement": "Work words."}))
    at_home.save(at_home.load(entry.id).model_copy(update={"statement": "Home words."}))
    own = next(work.glob("*.toml")).name
    # The sync: each side's file reaches the other as a conflict copy.
    shutil.copy(home / own, work / own.replace(".toml", ".sync-conflict-20261202-101530-ABCDEF7.toml"))
    shutil.copy(work / own, home / own.replace(".toml", ".sync-conflict-20261202-101531-GHIJK23.toml"))
    for store, mine, theirs in ((at_work, "Work words.", "Home words."), (at_home, "Home words.", "Work words.")):
        listing = store.listing()
        assert [summary.id for summary in listing.entries] == [entry.id] and listing.problems == []
        assert load_as(store, entry.id, Reflection).statement == mine
        store.settle_copy(listing.copies[entry.id][0], "copy")
        assert load_as(store, entry.id, Reflection).statement == theirs
        assert mine in _all_words(store, entry.id) and "First draft." in _all_words(store, entry.id)


def test_the_command_line_lists_compares_and_settles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from thingsjournal.cli.main import main

    store, entry_id, copy = _one_copy(tmp_path)
    journal = ["--journal", str(store.folder)]
    assert main([*journal, "conflicts"]) == 0
    assert f"{entry_id}  Thing 5" in capsys.readouterr().out
    assert main([*journal, "conflicts", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["entry"] == entry_id and listed[0]["copies"] == [{"file": copy.file, "tool": "Dropbox"}]
    assert main([*journal, "conflicts", "--entry", entry_id]) == 0
    compared = capsys.readouterr().out
    assert "[-work.-]" in compared and "{+home.+}" in compared
    assert main([*journal, "check"]) == 0
    assert f"a copy Dropbox made of entry {entry_id}" in capsys.readouterr().out
    assert main([*journal, "conflicts", "--entry", entry_id, "--keep", "both"]) == 0
    assert copy.file in capsys.readouterr().out  # named as it is, not changed in case
    assert main([*journal, "conflicts", "--entry", entry_id]) == 2
    assert "has no copy made by a sync tool" in capsys.readouterr().err


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_home_shows_the_copy_beside_the_entry_and_keeps_the_chosen(tmp_path: Path, size: tuple[int, int]) -> None:
    from textual.widgets import Static

    from thingsjournal.tui.app import make_app
    from thingsjournal.tui.screens.home import HomeScreen
    from thingsjournal.tui.screens.sync_copy import SyncCopyScreen

    store, entry_id, copy = _one_copy(tmp_path)
    app = make_app(journal_dir=store.folder)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert "Dropbox made 1 copy of 'Thing 5" in str(home.query_one("#notice-text", Static).render())
        await pilot.press("exclamation_mark", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SyncCopyScreen)
        left = str(screen.query_one("#copy-entry-text", Static).render())
        right = str(screen.query_one("#copy-copy-text", Static).render())
        assert "Written at [-work.-]" in left and "{+" not in left
        assert "Written at {+home.+}" in right and "[-" not in right
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert not app.screen.query_one("#notice-line").display
    assert load_as(store, entry_id, Reflection).statement == "Written at home."
    assert "Written at work." in _all_words(store, entry_id)
    assert not (store.folder / copy.file).exists()


def test_the_journal_names_the_entries_with_a_copy_waiting(tmp_path: Path) -> None:
    from thingsjournal.session import Session
    from thingsjournal.tui.screens.journal import entry_line

    store, _, _ = _one_copy(tmp_path)
    session = Session.open(store.folder)
    (summary,) = session.listing.entries
    assert "(Dropbox's copy waits: see Home's notices)" in entry_line(session, summary, 200).plain


async def test_merging_paragraph_by_paragraph_keeps_the_chosen_and_every_word(tmp_path: Path) -> None:
    from thingsjournal.tui.app import make_app
    from thingsjournal.tui.screens.home import HomeScreen
    from thingsjournal.tui.screens.merge_copy import MergeCopyScreen
    from thingsjournal.tui.widgets.row_list import RowList

    folder = tmp_path / "journal"
    entry = saved(folder, reflection(5, "Same start.\n\nAt work.\n\nSame end.\n\nWork's last."))[0]
    own = next(folder.glob("*.toml"))
    text = own.read_text().replace("At work.", "At home.").replace("Work's last.", "Home's last.")
    own.with_name(own.stem + ".sync-conflict-20261202-101530-ABCDEF7.toml").write_text(text)
    app = make_app(journal_dir=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("exclamation_mark", "enter", "m")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MergeCopyScreen) and screen.query_one(RowList).count == 2
        await pilot.press("2", "down", "3")  # the copy's first place; both at the second
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    store = JournalStore(folder)
    merged_text = "Same start.\n\nAt home.\n\nSame end.\n\nWork's last.\n\nHome's last."
    assert load_as(store, entry.id, Reflection).statement == merged_text
    assert "At work." in _all_words(store, entry.id) and store.listing().copies == {}


@pytest.mark.parametrize("mark", list(MARKS))
@pytest.mark.parametrize("keep", ["entry", "copy", "both"])
def test_each_tools_copy_is_settled_with_nothing_lost(tmp_path: Path, mark: str, keep: str) -> None:
    store, entry_id, copy = _one_copy(tmp_path, mark)
    store.settle_copy(copy, keep)
    words = _all_words(store, entry_id)
    assert "Written at work." in words and "Written at home." in words
    listing = store.listing()
    assert listing.copies == {} and listing.problems == [] and entry_id in {s.id for s in listing.entries}


def test_versions_and_the_trash_survive_being_synced(tmp_path: Path) -> None:
    """The whole journal copied to another computer (every file new, caches included): the
    trash lists what was deleted, restores it, and its earlier versions are there."""
    from thingsjournal.journal.history import history

    here, there = tmp_path / "here", tmp_path / "there"
    entry = saved(here, reflection(5, "First words."))[0]
    store = JournalStore(here)
    store.save(load_as(store, entry.id, Reflection).model_copy(update={"statement": "Second words."}))
    store.delete(entry.id)
    shutil.copytree(here, there)
    synced = JournalStore(there)
    assert [summary.id for summary in synced.trash().entries] == [entry.id]
    synced.restore(entry.id)
    assert load_as(synced, entry.id, Reflection).statement == "Second words."
    (version,) = history(synced, entry.id)
    assert "First words." in version.path.read_text()
