"""The journal store: atomic private files, bad files left alone, conflicts kept, the trash,
and an index that is never trusted over the files."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from journal_helpers import indexed_store, load_as, modes, reflection, saved

from thingsjournal.errors import UserError
from thingsjournal.files.problems import Problem
from thingsjournal.journal import index as journal_index
from thingsjournal.journal.entries import LearningRecord, Reflection, read_entry
from thingsjournal.journal.index import EntrySummary
from thingsjournal.journal.store import JournalError, JournalStore


def test_new_journal_folder_and_files_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        saved(tmp_path / "a" / "journal", reflection())
    finally:
        os.umask(old)
    found = modes(tmp_path / "a" / "journal")
    assert stat_of(tmp_path / "a") == 0o700
    for name, mode in found.items():
        assert mode == (0o700 if (tmp_path / "a" / "journal" / name).is_dir() else 0o600), name


def stat_of(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_an_existing_folder_keeps_its_mode_with_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o755)
    store = JournalStore(folder)
    assert "can be read by other users" in (store.ensure_folder() or "")
    store.save(reflection())
    assert stat_of(folder) == 0o755


def test_listing_orders_and_summarises(tmp_path: Path) -> None:
    first, second = saved(tmp_path, reflection(2, "one two three"), LearningRecord(title="Course", learned="a b"))
    listing = JournalStore(tmp_path).listing()
    assert {e.id for e in listing.entries} == {first.id, second.id}
    summary = {e.id: e for e in listing.entries}
    assert summary[first.id].words == 3 and summary[first.id].thing == 2
    assert summary[second.id].title == "Course" and summary[second.id].kind == "learning"


BAD_FILES = {
    "corrupt.toml": b'schema = 1\nkind = "reflection"\nstatement = """never closed\n',
    "empty.toml": b"",
    "alien.toml": b'[tool.poetry]\nname = "not mine"\n',
    "newer.toml": b'schema = 2\nkind = "reflection"\nid = "abcdefgh"\nfuture = "field"\n',
    "invalid.toml": b'schema = 1\nkind = "reflection"\nid = "abcdefgh"\ncreated = 2026-01-01T00:00:00Z\nupdated = 2026-01-01T00:00:00Z\nprogramme = "sssc-23-things-elc"\nthing = "five"\n',
}


def test_bad_files_are_reported_by_name_and_left_alone(tmp_path: Path) -> None:
    (good,) = saved(tmp_path, reflection())
    for name, data in BAD_FILES.items():
        (tmp_path / name).write_bytes(data)
    store = JournalStore(tmp_path)
    listing = store.listing()
    assert [e.id for e in listing.entries] == [good.id]
    messages = {Path(p.file).name: str(p) for p in listing.problems}
    assert set(messages) == set(BAD_FILES)
    assert "corrupt.toml:3: invalid TOML: Unterminated string at the end of the file" in messages["corrupt.toml"]
    assert "empty file" in messages["empty.toml"]
    assert "not a thingsjournal entry" in messages["alien.toml"]
    assert "newer.toml:1: schema: written by a newer thingsjournal (schema 2" in messages["newer.toml"]
    assert "invalid.toml:7: thing: Input should be a valid integer" in messages["invalid.toml"]
    store.save(store.load(good.id).model_copy(update={"statement": "changed"}))
    store.delete(good.id)
    store.restore(good.id)
    for name, data in BAD_FILES.items():
        assert (tmp_path / name).read_bytes() == data


def test_a_kind_that_is_not_text_is_a_bad_file_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "odd-kind.toml").write_bytes(b'schema = 1\nkind = ["reflection"]\n')  # any TOML value
    [problem] = JournalStore(tmp_path).listing().problems
    assert "kind: expected one of: reflection" in str(problem)


def test_a_file_changed_elsewhere_is_never_overwritten(tmp_path: Path) -> None:
    (entry,) = saved(tmp_path, reflection(statement="original"))
    mine, theirs = JournalStore(tmp_path), JournalStore(tmp_path)
    my_copy, their_copy = mine.load(entry.id), theirs.load(entry.id)
    theirs.save(their_copy.model_copy(update={"statement": "their words"}))
    result = mine.save(my_copy.model_copy(update={"statement": "my words"}))
    assert result.conflict_with == entry.id and result.entry.id != entry.id
    assert "changed elsewhere" in result.message()
    statements = {
        e.id: load_as(JournalStore(tmp_path), e.id, Reflection).statement
        for e in JournalStore(tmp_path).listing().entries
    }
    assert statements == {entry.id: "their words", result.entry.id: "my words"}
    copy = JournalStore(tmp_path).load(result.entry.id)
    assert copy.conflict_of == entry.id and copy.conflict_at is not None
    # Further saves from this copy of the app go to its own entry, quietly, even those made
    # from the entry as it was before the conflict (an autosave already under way).
    again = mine.save(result.entry.model_copy(update={"statement": "my words, more"}))
    assert again.conflict_with is None and again.entry.id == result.entry.id
    late = mine.save(my_copy.model_copy(update={"statement": "my words, later"}))
    assert late.conflict_with is None and late.entry.id == result.entry.id
    assert len(JournalStore(tmp_path).listing().entries) == 2


def test_two_processes_saving_the_same_entry_keep_both_texts(tmp_path: Path) -> None:
    (entry,) = saved(tmp_path, reflection(statement="start"))
    script = (
        "import sys\n"
        "from thingsjournal.journal.store import JournalStore\n"
        "store = JournalStore(__import__('pathlib').Path(sys.argv[1]))\n"
        "entry = store.load(sys.argv[2])\n"
        "print('loaded', flush=True)\n"
        "sys.stdin.readline()\n"
        "store.save(entry.model_copy(update={'statement': sys.argv[3]}))\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(tmp_path), entry.id, text],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for text in ("text from one", "text from two")
    ]
    for proc in procs:  # both have loaded the entry before either saves
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "loaded"
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    for proc in procs:
        proc.communicate(timeout=30)
        assert proc.returncode == 0
    store = JournalStore(tmp_path)
    texts = sorted(load_as(store, e.id, Reflection).statement for e in store.listing().entries)
    assert texts == ["text from one", "text from two"]


def test_a_full_disk_keeps_the_old_file_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (entry,) = saved(tmp_path, reflection(statement="safe words"))
    store = JournalStore(tmp_path)
    loaded = store.load(entry.id)
    path = next(tmp_path.glob("*.toml"))
    before = path.read_bytes()
    real_write = os.write

    def full(fd: int, data: bytes) -> int:
        if len(data) > 100:
            real_write(fd, bytes(data)[:50])
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(JournalError, match=r"could not save entry .*No space left on device"):
        store.save(loaded.model_copy(update={"statement": "new words " * 50}))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_failed_rename_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (entry,) = saved(tmp_path, reflection(statement="safe words"))
    store = JournalStore(tmp_path)
    loaded = store.load(entry.id)
    path = next(tmp_path.glob("*.toml"))
    before = path.read_bytes()

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(JournalError):
        store.save(loaded.model_copy(update={"statement": "new"}))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_save_killed_at_any_moment_leaves_a_whole_file(tmp_path: Path) -> None:
    (entry,) = saved(tmp_path, reflection(statement="A " * 30_000))
    script = (
        "import sys, pathlib\n"
        "from thingsjournal.journal.store import JournalStore\n"
        "store = JournalStore(pathlib.Path(sys.argv[1]))\n"
        "entry = store.load(sys.argv[2])\n"
        "print('ready', flush=True)\n"
        "n = 0\n"
        "while True:\n"
        "    n += 1\n"
        "    entry = store.save(entry.model_copy(update={'statement': ('A ' if n % 2 else 'B ') * 30_000})).entry\n"
    )
    path = next(tmp_path.glob("*.toml"))
    for delay in [0.01 * i for i in range(1, 16)]:
        proc = subprocess.Popen(
            [sys.executable, "-c", script, str(tmp_path), entry.id], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout and proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        loaded, problems = read_entry(str(path), path.read_text(encoding="utf-8"))
        assert problems == [] and isinstance(loaded, Reflection)
        assert loaded.statement in (("A " * 30_000).strip(), ("B " * 30_000).strip())


def test_delete_moves_to_the_trash_and_restore_brings_it_back(tmp_path: Path) -> None:
    (entry,) = saved(tmp_path, reflection())
    store = JournalStore(tmp_path)
    store.delete(entry.id[:3])
    assert store.listing().entries == []
    assert [e.id for e in store.trash().entries] == [entry.id]
    assert stat_of(tmp_path / ".trash") == 0o700
    with pytest.raises(UserError, match="no entry"):
        store.delete(entry.id)
    store.restore(entry.id[:4])
    assert [e.id for e in store.listing().entries] == [entry.id]
    assert load_as(store, entry.id, Reflection).statement == "A statement."


def test_ids_resolve_by_unique_prefix(tmp_path: Path) -> None:
    entries = saved(tmp_path, *[reflection(n) for n in range(1, 4)])
    store = JournalStore(tmp_path)
    assert store.resolve(entries[0].id).id == entries[0].id
    with pytest.raises(UserError, match=r"type more of its id|no entry"):
        store.resolve("")


def test_the_index_skips_unchanged_files_and_follows_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    entries = saved(tmp_path, *[reflection(n, f"words {n}") for n in range(1, 6)])
    store = indexed_store(tmp_path)
    store.listing()
    calls: list[Path] = []
    real = journal_index.summarise

    def counted(path: Path) -> tuple[EntrySummary | None, list[Problem]]:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(journal_index, "summarise", counted)
    assert len(store.listing().entries) == 5 and calls == []
    store.save(store.load(entries[0].id).model_copy(update={"statement": "one two three four"}))
    calls.clear()
    listing = store.listing()
    assert len(calls) == 1
    assert {e.id: e.words for e in listing.entries}[entries[0].id] == 4
    (tmp_path / ".thingsjournal" / "index.cache").write_text("{ not json")
    calls.clear()
    assert len(store.listing().entries) == 5 and len(calls) == 5


def test_a_summary_from_the_index_is_the_summary_of_the_file(tmp_path: Path) -> None:
    """Every field, tuples of tuples too, comes back from the index as reading the file gives it."""
    from thingsjournal.journal.entries import Badge

    badge = Badge.model_validate({"events": [{"event": "submitted", "date": "2026-11-02"}]})
    entry = reflection(
        5,
        "words here",
        capabilities=("vision", "collaboration"),
        topics=("trauma",),
        badge=badge,
    )
    saved(tmp_path, entry)
    from_file = indexed_store(tmp_path).listing().entries  # this read writes the index
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(journal_index, "summarise", lambda path: pytest.fail(f"{path} was read again"))
        from_index = indexed_store(tmp_path).listing().entries
    assert from_index == from_file
    assert from_index[0].badge_events == (("submitted", "2026-11-02"),)
    assert from_index[0].capabilities == ("vision", "collaboration")


def test_a_summary_the_index_holds_without_every_field_is_read_from_its_file(tmp_path: Path) -> None:
    """The index is what this app wrote (this computer signed it), but one written with a field
    fewer or more must not make a summary that lacks one: the file is read again."""
    from thingsjournal.files.caches import read_marshalled, write_marshalled

    saved(tmp_path, reflection(5, "words here"))
    store = indexed_store(tmp_path)
    from_file = store.listing().entries
    index = store.app_dir / "index.cache"
    for change in (lambda values: values[:-1], lambda values: (*values, 1)):  # a value fewer, and one more
        data = read_marshalled(index, journal_index.INDEX_KEY, store.secret)
        data["summaries"] = tuple(change(values) for values in data["summaries"])
        write_marshalled(index, journal_index.INDEX_KEY, data, store.secret)
        listing = indexed_store(tmp_path).listing()
        assert listing.entries == from_file and listing.entries[0].words == 2


def test_an_index_this_computer_did_not_sign_is_never_read(tmp_path: Path) -> None:
    """`marshal` is not made for bytes from anyone else: an index written without this
    computer's secret (copied from another, or made by hand) is rebuilt from the files."""
    from thingsjournal.files.caches import read_marshalled, write_marshalled

    saved(tmp_path, reflection(5, "words here"))
    store = indexed_store(tmp_path)
    store.listing()
    index = store.app_dir / "index.cache"
    data = read_marshalled(index, journal_index.INDEX_KEY, store.secret)
    [values] = data["summaries"]  # the listing wrote it, signed
    data["summaries"] = (tuple(journal_index.EntrySummary(*values)._replace(words=9999)),)  # more words than it has
    write_marshalled(index, journal_index.INDEX_KEY, data, b"another computer's")
    assert read_marshalled(index, journal_index.INDEX_KEY, store.secret) == {}
    assert [summary.words for summary in indexed_store(tmp_path).listing().entries] == [2]
    assert read_marshalled(index, journal_index.INDEX_KEY, b"") == {}  # nor ever without a secret


def _later(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """The clock moved on, as between one command and the next."""
    import time

    real = time.time_ns
    monkeypatch.setattr(time, "time_ns", lambda: real() + int(seconds * 1e9))


def test_the_index_knows_the_folder_only_once_it_has_settled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file added in the same tick of the file system's clock as a listing could leave the
    folder's time stamp as it was: a stamp is kept only once it is seconds old, and a file added
    or removed later, which stamps the folder anew, is always found."""
    from thingsjournal.files.caches import read_marshalled

    first, second = saved(tmp_path, reflection(1, "one"), reflection(2, "two"))
    store = indexed_store(tmp_path)
    index = store.app_dir / "index.cache"

    def kept_stamp() -> object:
        return read_marshalled(index, journal_index.INDEX_KEY, store.secret)["folder"]

    store.listing()
    assert kept_stamp() is None  # the folder changed just now
    _later(monkeypatch, journal_index.SETTLED_NS / 1e9 + 1)
    store.listing()
    folder = tmp_path.stat()
    assert kept_stamp() == (folder.st_mtime_ns, folder.st_ino)
    [third] = saved(tmp_path, reflection(3, "three"))
    assert {entry.id for entry in store.listing().entries} == {first.id, second.id, third.id}
    next(tmp_path.glob(f"*{first.id}.toml")).unlink()
    assert {entry.id for entry in store.listing().entries} == {second.id, third.id}


def test_a_file_edited_in_place_is_read_again_though_the_folder_is_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved(tmp_path, reflection(1, "one"))
    store = indexed_store(tmp_path)
    _later(monkeypatch, journal_index.SETTLED_NS / 1e9 + 1)
    store.listing()
    stamp = tmp_path.stat().st_mtime_ns
    path = next(tmp_path.glob("*.toml"))
    with open(path, "r+", encoding="utf-8") as handle:  # in place: the folder keeps its stamp
        text = handle.read().replace('"one"', '"one two three"')
        handle.seek(0)
        handle.write(text)
    assert tmp_path.stat().st_mtime_ns == stamp
    assert [summary.words for summary in store.listing().entries] == [3]


def test_the_index_an_earlier_version_kept_is_removed_once_this_one_is_written(tmp_path: Path) -> None:
    saved(tmp_path, reflection(1, "one"))
    store = indexed_store(tmp_path)
    store.app_dir.mkdir(exist_ok=True)
    earlier = store.app_dir / journal_index.EARLIER_INDEX
    earlier.write_text('{"key": 6}\n{}')
    assert len(store.listing().entries) == 1
    assert not earlier.exists() and (store.app_dir / journal_index.INDEX_FILE).is_file()


def test_an_index_never_outlives_its_file(tmp_path: Path) -> None:
    entries = saved(tmp_path, reflection(1), reflection(2))
    store = JournalStore(tmp_path)
    store.listing()
    next(p for p in tmp_path.glob("*.toml") if entries[0].id in p.name).unlink()
    assert [e.id for e in store.listing().entries] == [entries[1].id]


def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    (_entry,) = saved(tmp_path, reflection())
    original = next(tmp_path.glob("*.toml"))
    (tmp_path / "copy.toml").write_bytes(original.read_bytes())
    listing = JournalStore(tmp_path).listing()
    assert len(listing.entries) == 1
    assert "is also used by" in str(listing.problems[0])


def test_reflection_and_learning_defaults() -> None:
    entry = Reflection(programme="sssc-23-things-elc", thing=1)
    assert len(entry.id) == 8 and entry.created.tzinfo is not None
    assert LearningRecord(title="x").kind == "learning"


def test_an_entry_deleted_elsewhere_while_open_is_kept_as_a_new_entry(tmp_path: Path) -> None:
    """Saving an entry whose file went to the trash meanwhile must not write it back: that would
    leave two files with one id, and restore would refuse."""
    (entry,) = saved(tmp_path, reflection(statement="first words"))
    mine = JournalStore(tmp_path)
    opened = mine.load(entry.id)
    JournalStore(tmp_path).delete(entry.id)  # the command line, or another window
    result = mine.save(opened.model_copy(update={"statement": "first words, and more"}))
    assert result.removed and result.conflict_with == entry.id and result.entry.id != entry.id
    assert "moved to the trash" in result.message() and f"restore --entry {entry.id}" in result.message()
    again = mine.save(result.entry.model_copy(update={"statement": "first words, and more still"}))
    assert again.entry.id == result.entry.id and not again.removed
    store = JournalStore(tmp_path)
    assert [e.id for e in store.trash().entries] == [entry.id]
    store.restore(entry.id)
    ids = [e.id for e in store.listing().entries]
    assert sorted(ids) == sorted({entry.id, result.entry.id})
    assert load_as(store, entry.id, Reflection).statement == "first words"
    assert load_as(store, result.entry.id, Reflection).statement == "first words, and more still"


def test_the_scan_pauses_the_cycle_collector_and_restores_it(tmp_path: Path) -> None:
    """Its passes over every live object made a large journal's scan cost more per entry."""
    import gc

    saved(tmp_path, reflection(1), reflection(2))
    during: list[bool] = []
    assert gc.isenabled()
    JournalStore(tmp_path).listing(progress=lambda done, total: during.append(gc.isenabled()))
    assert during == [False, False] and gc.isenabled()
    gc.disable()  # a caller that had paused it finds it still paused
    try:
        JournalStore(tmp_path).listing()
        assert not gc.isenabled()
    finally:
        gc.enable()
