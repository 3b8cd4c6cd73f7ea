"""Every version kept (issue 27): a save keeps the text it replaced, thinning keeps what it promises
at each age, versions follow their entry to the trash and back and into a backup, forgetting
removes them and nothing else, and a deleted paragraph comes back from the command line."""

from __future__ import annotations

import os
import stat
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from journal_helpers import load_as, reflection

from thingsjournal.cli.main import main
from thingsjournal.journal.entries import Reflection
from thingsjournal.journal.history import changes, history, restore_version
from thingsjournal.journal.store import JournalStore
from thingsjournal.journal.versions import TIERS, Version, thinned, versions_in

STORY = "The second paragraph holds the story I must not lose."
NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


def _written(folder: Path) -> tuple[JournalStore, str]:
    """An entry saved three times: with two paragraphs, with the second deleted, then with a word more."""
    store = JournalStore(folder)
    entry = store.save(reflection(thing=5, statement=f"First paragraph.\n\n{STORY}")).entry
    entry = store.save(entry.model_copy(update={"statement": "First paragraph."})).entry
    store.save(entry.model_copy(update={"statement": "First paragraph. More."}))
    return store, entry.id


def test_each_save_that_changes_an_entry_keeps_the_text_it_replaced_privately(tmp_path: Path) -> None:
    store, entry_id = _written(tmp_path / "journal")
    store.save(store.load(entry_id))  # a save that changes nothing keeps no version
    pasts = history(store, entry_id)
    assert [past.number for past in pasts] == [1, 2]
    assert STORY in pasts[1].path.read_text(encoding="utf-8")
    assert [past.words for past in pasts] == [2, 12]
    folder = store.versions_folder(entry_id)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(past.path.stat().st_mode) == 0o600 for past in pasts)


def test_saving_with_versions_off_keeps_none(tmp_path: Path) -> None:
    store = JournalStore(tmp_path / "journal", keep_versions=False)
    entry = store.save(reflection(statement="One.")).entry
    store.save(entry.model_copy(update={"statement": "Two."}))
    assert history(store, entry.id) == []


def test_a_deleted_paragraph_comes_back_from_the_command_line_and_the_restore_can_be_undone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal"
    _, entry_id = _written(journal)
    run = ["--journal", str(journal), "history", "--entry", entry_id]
    assert main([*run, "--diff", "2"]) == 0
    assert f"[-{STORY}-]" in capsys.readouterr().out
    assert main([*run, "--show", "2"]) == 0
    assert STORY in capsys.readouterr().out
    assert main([*run, "--restore", "2"]) == 0
    assert "version 1" in capsys.readouterr().out
    assert load_as(JournalStore(journal), entry_id, Reflection).statement == f"First paragraph.\n\n{STORY}"
    assert main([*run, "--restore", "1"]) == 0  # the text the restore replaced is version 1
    assert load_as(JournalStore(journal), entry_id, Reflection).statement == "First paragraph. More."
    assert main([*run, "--json"]) == 0
    assert '"number": 4' in capsys.readouterr().out
    assert main([*run, "--show", "9"]) == 2
    assert "there is no version 9" in capsys.readouterr().err


def test_the_diff_names_words_taken_out_and_put_in(tmp_path: Path) -> None:
    store, entry_id = _written(tmp_path / "journal")
    [change] = changes(history(store, entry_id)[1], store.load(entry_id).model_dump(mode="json", by_alias=True))
    assert change.field == "statement" and (change.removed, change.added) == (10, 1)


def test_restoring_keeps_the_entrys_id_and_file(tmp_path: Path) -> None:
    store, entry_id = _written(tmp_path / "journal")
    result = restore_version(store, entry_id, 2)
    assert result.entry.id == entry_id and result.conflict_with is None
    assert len(list((tmp_path / "journal").glob("*.toml"))) == 1


def _aged(ages: list[timedelta]) -> list[Version]:
    return [Version(Path("versions"), f"v{number}", NOW - age) for number, age in enumerate(ages)]


def test_thinning_keeps_what_it_promises_at_each_age() -> None:
    every_30_seconds = [timedelta(seconds=30 * step) for step in range(2 * 24 * 60 * 40)]  # 40 days of saves
    versions = _aged(every_30_seconds)
    gone = {version.path for version in thinned(versions, NOW)}
    kept = [version for version in versions if version.path not in gone]
    by_age = {
        "ten minutes": [v for v in kept if NOW - v.saved < TIERS[0][0]],  # type: ignore[operator]
        "hour": [v for v in kept if TIERS[0][0] <= NOW - v.saved < TIERS[1][0]],  # type: ignore[operator]
        "day": [v for v in kept if TIERS[1][0] <= NOW - v.saved < TIERS[2][0]],  # type: ignore[operator]
        "month": [v for v in kept if TIERS[2][0] <= NOW - v.saved < TIERS[3][0]],  # type: ignore[operator]
    }
    assert len(by_age["ten minutes"]) == 20  # every save
    assert 49 <= len(by_age["hour"]) <= 51  # one a minute
    assert 137 <= len(by_age["day"]) <= 139  # one each ten minutes
    assert 29 <= len(by_age["month"]) <= 30  # one a day
    older = [v for v in kept if NOW - v.saved >= TIERS[3][0]]  # type: ignore[operator]
    assert 1 <= len(older) <= 3  # one a week
    assert thinned(kept, NOW) == []  # thinning again removes nothing more
    assert thinned(kept, NOW + timedelta(days=400))  # as they age, more go


def test_saving_thins_by_the_clock_once_a_minute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Saves every 30 seconds for 20 minutes, each file dated by a fixed clock: the last ten
    minutes keep every version, the ten before one a minute, as `thinned` promises."""
    from thingsjournal.journal import store as store_module

    clock = NOW
    monkeypatch.setattr(store_module, "utc_now", lambda: clock)
    store = JournalStore(tmp_path / "journal")
    entry = store.save(reflection(thing=5, statement="Day one.")).entry
    path = store.listing().path_of(store.resolve(entry.id))
    for step in range(41):
        os.utime(path, (clock.timestamp(), clock.timestamp()))
        clock += timedelta(seconds=30)
        entry = store.save(entry.model_copy(update={"statement": f"Day one, save {step}."})).entry
    kept = versions_in(store.versions_folder(entry.id))
    # thinned last at 12:20:00 (the save at 12:20:30 was in the same minute): every version since
    # 12:10:00 stays, and one a minute (the newest) from 12:00 to 12:10
    recent = [v for v in kept if v.saved > NOW + timedelta(minutes=10)]
    assert len(recent) == 20
    older = [v for v in kept if v.saved <= NOW + timedelta(minutes=10)]
    assert [v.saved.second for v in older] == [0] + [30] * 10
    assert thinned(kept, clock - timedelta(seconds=30)) == []


def test_versions_go_to_the_trash_with_their_entry_and_come_back(tmp_path: Path) -> None:
    store, entry_id = _written(tmp_path / "journal")
    names = {past.path.name for past in history(store, entry_id)}
    store.delete(entry_id)
    assert {version.path.name for version in versions_in(store.versions_folder(entry_id, trashed=True))} == names
    assert not store.versions_folder(entry_id).exists()
    store.restore(entry_id)
    assert {past.path.name for past in history(store, entry_id)} == names


def test_a_backup_holds_the_versions_and_unzips_into_a_journal_that_has_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal"
    _, entry_id = _written(journal)
    target = tmp_path / "backup.zip"
    assert main(["--journal", str(journal), "backup", "-o", str(target)]) == 0
    with zipfile.ZipFile(target) as archive:
        archive.extractall(tmp_path / "unzipped")
    [copy] = (tmp_path / "unzipped").iterdir()
    restored = JournalStore(copy)
    pasts = history(restored, entry_id)
    assert len(pasts) == 2 and STORY in pasts[1].path.read_text(encoding="utf-8")


def test_forgetting_removes_every_version_and_nothing_else(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journal = tmp_path / "journal"
    store, entry_id = _written(journal)
    other = store.save(reflection(thing=6, statement="Other.")).entry
    store.save(other.model_copy(update={"statement": "Other, changed."}))
    before = {path: path.read_bytes() for path in journal.glob("*.toml")}
    not_versions = [store.versions_folder(entry_id) / name for name in ("notes.txt", "20261399T250000.000000Z.toml")]
    for path in not_versions:  # named by someone else, or for a day that does not exist
        path.write_text("not a version")
    run = ["--journal", str(journal), "history", "--entry", entry_id, "--forget"]
    assert main(run) == 2  # off a terminal it asks for --yes rather than wait for an answer
    assert "--yes" in capsys.readouterr().err
    assert main([*run, "--yes"]) == 0
    assert history(store, entry_id) == []
    assert len(history(store, other.id)) == 1
    assert {path: path.read_bytes() for path in journal.glob("*.toml")} == before
    assert all(path.read_text() == "not a version" for path in not_versions)


def test_the_privacy_check_reads_the_versions_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journal = tmp_path / "journal"
    store = JournalStore(journal)
    entry = store.save(reflection(statement="I sat with Zebedee Mackintosh today.")).entry
    store.save(entry.model_copy(update={"statement": "I sat with a child today."}))
    assert main(["--journal", str(journal), "privacy", "--entry", entry.id]) == 0
    capsys.readouterr()
    assert main(["--journal", str(journal), "privacy", "--entry", entry.id, "--versions", "--json"]) == 1
    assert '"version.1.statement"' in capsys.readouterr().out


def test_a_file_system_without_hard_links_gets_a_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(*_: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    store, entry_id = _written(tmp_path / "journal")
    assert len(history(store, entry_id)) == 2
    assert STORY in history(store, entry_id)[1].path.read_text(encoding="utf-8")


STAMPED_TEXT = st.text(st.sampled_from("ab \n\"'=:+-0123456789TZupdate"), max_size=60)


@given(STAMPED_TEXT, STAMPED_TEXT, st.integers(0, 10**9))
def test_a_save_that_changes_nothing_but_its_time_keeps_no_version(before: str, after: str, seconds: int) -> None:
    """Whether a save changes the file is read off the TOML it writes (its `updated` line put
    back), never from a second TOML of the entry: it must say what comparing that TOML says,
    whatever the statement holds (a line that looks like the time stamp included)."""
    from thingsjournal.journal.entries import to_toml
    from thingsjournal.journal.store import _changes

    entry = reflection(5, before + "\nupdated = " + before)
    for on_disk in (to_toml(entry), to_toml(entry.model_copy(update={"statement": after}))):
        saved = entry.model_copy(update={"updated": entry.updated + timedelta(seconds=seconds)})
        assert _changes(to_toml(saved), on_disk, entry, saved) == (to_toml(entry) != on_disk)


def test_versions_of_one_tick_of_the_clock_are_newest_by_their_number(tmp_path: Path) -> None:
    """Two saves in one tick of the file system's clock give two versions of one time: the
    later is numbered, and the numbers count up past 9 (found as two fast saves in a row)."""
    stem = "20261205T120000.000000Z"
    for name in (f"{stem}.toml", f"{stem}-2.toml", f"{stem}-10.toml", "20261205T115959.000000Z.toml"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert [version.name for version in versions_in(tmp_path)] == [
        f"{stem}-10.toml",
        f"{stem}-2.toml",
        f"{stem}.toml",
        "20261205T115959.000000Z.toml",
    ]
