"""The journal's commands: entries, edit through an editor, delete, restore, backup, check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from journal_helpers import fake_editor, indexed_store, load_as, modes, reflection, saved
from test_journal_store import BAD_FILES

from thingsjournal.cli.main import main
from thingsjournal.journal.entries import LearningRecord, Reflection
from thingsjournal.journal.entry_cache import ENTRIES_FILE
from thingsjournal.journal.search import load_texts
from thingsjournal.journal.store import JournalStore


@pytest.fixture
def journal(journal: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("VISUAL", raising=False)
    return journal


def test_edit_writes_the_statement_and_things_shows_it(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, "My reflection on leadership.\r\nSecond line.\n\n"))
    assert main(["edit", "1"]) == 0
    assert "Saved entry" in capsys.readouterr().out
    assert main(["things", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)[0]
    assert (first["status"], first["words"]) == ("draft", 6)
    (entry,) = JournalStore(journal).listing().entries
    assert (
        load_as(JournalStore(journal), entry.id, Reflection).statement == "My reflection on leadership.\nSecond line."
    )


def test_edit_reaches_the_minimum_and_becomes_ready(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, "word " * 200))
    assert main(["edit", "everyday-leadership"]) == 0
    assert ": 200 / 200 words." in capsys.readouterr().out
    main(["things", "--json"])
    assert json.loads(capsys.readouterr().out)[0]["status"] == "ready"


def test_edit_a_prompt_answer_of_the_same_entry(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    saved(journal, reflection(1, "existing statement"))
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, "Lollipops!"))
    assert main(["edit", "1", "--prompt", "lollipop-moments"]) == 0
    (entry,) = JournalStore(journal).listing().entries
    loaded = load_as(JournalStore(journal), entry.id, Reflection)
    assert loaded.answers == {"lollipop-moments": "Lollipops!"} and loaded.statement == "existing statement"


def test_edit_new_starts_another_entry(journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    saved(journal, reflection(1, "first"))
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, "second"))
    assert main(["edit", "1", "--new"]) == 0
    assert len(JournalStore(journal).listing().entries) == 2


def test_edit_an_entry_by_id_prefix(journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (record,) = saved(journal, LearningRecord(title="First aid", learned="old"))
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, "CPR and recovery position"))
    assert main(["edit", "--entry", record.id[:4], "--prompt", "practice"]) == 0
    loaded = load_as(JournalStore(journal), record.id, LearningRecord)
    assert (loaded.learned, loaded.practice) == ("old", "CPR and recovery position")


def test_unchanged_text_is_not_saved(
    journal: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EDITOR", "/bin/true")
    assert main(["edit", "2"]) == 0
    assert capsys.readouterr().out.strip() == "Nothing changed."
    assert JournalStore(journal).listing().entries == []


@pytest.mark.parametrize(
    "args, message",
    [
        (["edit", "24"], "unknown Thing '24'"),
        (["edit", "--entry", "zzzz"], "no entry 'zzzz'"),
        (["edit", "1", "--prompt", "nope"], "--prompt nope: Thing 1 has no such prompt (its prompts: recognise-reward"),
        (["edit"], "edit needs a Thing"),
        (["delete", "--entry", "zzzz"], "no entry 'zzzz'"),
        (["restore", "--entry", "zzzz"], "no entry 'zzzz' in the trash"),
    ],
)
def test_mistakes_change_nothing(
    args: list[str], message: str, journal: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    saved(journal, reflection(1, "keep me"))
    indexed_store(journal).listing()  # the index is the app's cache, made by any command
    before = modes(journal), sorted(p.read_bytes() for p in journal.glob("*.toml"))
    monkeypatch.setenv("EDITOR", "/bin/true")
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("thingsjournal: ") and message in err and err.count("\n") == 1
    assert (modes(journal), sorted(p.read_bytes() for p in journal.glob("*.toml"))) == before


def test_a_missing_editor_is_one_line(
    journal: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert main(["edit", "1"]) == 2
    assert capsys.readouterr().err == "thingsjournal: no editor found: set $EDITOR, for example EDITOR=nano\n"
    assert not journal.exists()


def test_an_editor_that_cannot_start_keeps_the_draft(
    journal: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    saved(journal, reflection(1, "my precious words"))
    monkeypatch.setenv("EDITOR", "/no/such/editor")
    assert main(["edit", "1"]) == 2
    err = capsys.readouterr().err
    assert "the editor '/no/such/editor' could not be started" in err
    draft = Path(err.rsplit("kept in ", 1)[1].strip())
    assert draft.read_text() == "my precious words\n" and draft.stat().st_mode & 0o777 == 0o600


def test_a_failing_editor_keeps_its_text(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EDITOR", "/bin/sh -c 'echo half-written thoughts > \"$1\"; exit 3' editor")
    assert main(["edit", "1"]) == 2
    err = capsys.readouterr().err
    assert "the editor '/bin/sh' failed (exit code 3); your text is kept in " in err
    assert Path(err.rsplit("kept in ", 1)[1].strip()).read_text() == "half-written thoughts\n"
    assert JournalStore(journal).listing().entries == []


def test_a_save_that_fails_keeps_the_draft(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from thingsjournal.journal import store as journal_module

    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, "words that must survive"))

    def no_space(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(journal_module, "atomic_write_in", no_space)
    assert main(["edit", "1"]) == 2
    err = capsys.readouterr().err
    assert "No space left on device" in err
    assert Path(err.rsplit("kept in ", 1)[1].strip()).read_text() == "words that must survive"


def test_entries_json_contract(journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reflection_entry, record = saved(
        journal,
        reflection(10, "one two", status="complete"),
        LearningRecord(title="Safeguarding course", learned="three four five"),
    )
    assert main(["entries", "--json"]) == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert set(rows[reflection_entry.id]) == {
        "id",
        "kind",
        "programme",
        "thing",
        "title",
        "learning_date",
        "created",
        "updated",
        "status",
        "words",
    }
    assert rows[reflection_entry.id]["title"].startswith("Thing 10: Collaborating and influencing")
    assert (rows[reflection_entry.id]["status"], rows[reflection_entry.id]["words"]) == ("complete", 2)
    assert rows[record.id]["kind"] == "learning" and rows[record.id]["thing"] is None
    assert (rows[record.id]["status"], rows[record.id]["title"], rows[record.id]["words"]) == (
        None,
        "Safeguarding course",
        3,
    )


def test_the_entry_for_a_thing_is_the_most_advanced(journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved(
        journal,
        reflection(3, "word " * 250),
        reflection(3, "short", status="badge-applied"),
        reflection(3, "later draft"),
    )
    main(["things", "--json"])
    third = json.loads(capsys.readouterr().out)[2]
    assert (third["status"], third["words"]) == ("badge-applied", 1)


def test_delete_and_restore(journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (entry,) = saved(journal, reflection(4, "to the trash"))
    assert main(["delete", "--entry", entry.id[:3]]) == 0
    assert "Moved entry" in capsys.readouterr().out
    main(["things", "--json"])
    assert json.loads(capsys.readouterr().out)[3]["status"] == "not-started"
    assert main(["restore", "--entry", entry.id]) == 0
    assert "Restored entry" in capsys.readouterr().out
    main(["things", "--json"])
    assert json.loads(capsys.readouterr().out)[3]["status"] == "draft"


def test_bad_files_are_named_and_every_command_still_works(
    journal: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (good,) = saved(journal, reflection(1, "fine"))
    for name, data in BAD_FILES.items():
        (journal / name).write_bytes(data)
    assert main(["things", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)[0]["words"] == 1
    assert (
        "5 journal files could not be read: alien.toml, corrupt.toml, empty.toml, invalid.toml, newer.toml"
        in captured.err
    )
    assert main(["entries", "--json"]) == 0
    assert [row["id"] for row in json.loads(capsys.readouterr().out)] == [good.id]
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    for name in BAD_FILES:
        assert sum(name in line for line in out.splitlines()) == 1, name
    assert main(["backup", "-o", str(tmp_path / "b.zip")]) == 0
    for name, data in BAD_FILES.items():
        assert (journal / name).read_bytes() == data


def test_backup_unzips_into_a_working_journal(
    journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = saved(
        journal, reflection(1, "alpha"), LearningRecord(title="Course", learned="beta"), reflection(2, "gone")
    )
    JournalStore(journal).delete(entries[2].id)
    JournalStore(journal).listing()  # makes the index, which the backup leaves out
    load_texts(JournalStore(journal).listing(), journal / ".thingsjournal" / ENTRIES_FILE)  # and the cache of entries
    monkeypatch.chdir(tmp_path)
    assert main(["backup"]) == 0
    assert capsys.readouterr().out.startswith("Backed up the journal to ")
    (archive,) = tmp_path.glob("thingsjournal-backup-*.zip")
    assert archive.stat().st_mode & 0o777 == 0o600
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
        opened.extractall(tmp_path / "restored")
    assert not any(name.endswith(("index.cache", ENTRIES_FILE)) for name in names)
    restored = next((tmp_path / "restored").iterdir())
    assert main(["--journal", str(restored), "entries", "--json"]) == 0
    assert {row["id"] for row in json.loads(capsys.readouterr().out)} == {entries[0].id, entries[1].id}
    assert [e.id for e in JournalStore(restored).trash().entries] == [entries[2].id]
    assert main(["backup"]) == 0
    assert len(list(tmp_path.glob("thingsjournal-backup-*.zip"))) == 2


def test_every_command_leaves_the_journal_private_under_umask_022(tmp_path: Path) -> None:
    journal = tmp_path / "data" / "journal"
    editor = fake_editor(tmp_path, "private words")
    env = {**os.environ, "THINGSJOURNAL_DIR": str(journal), "EDITOR": editor}
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "thingsjournal", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: os.umask(0o022),
    )
    journal.parent.mkdir()
    for args in (["edit", "1"], ["things"], ["entries"], ["edit", "2"], ["check"], ["backup", "-o", str(tmp_path)]):
        result = run(*args)
        assert result.returncode == 0, (args, result.stderr)
        for name, mode in modes(journal).items():
            assert mode == (0o700 if (journal / name).is_dir() else 0o600), (args, name, oct(mode))
    entry_id = JournalStore(journal).listing().entries[0].id
    for args in (["delete", "--entry", entry_id], ["restore", "--entry", entry_id]):
        assert run(*args).returncode == 0
        for name, mode in modes(journal).items():
            assert mode == (0o700 if (journal / name).is_dir() else 0o600), (args, name, oct(mode))


def test_check_names_text_left_by_an_interrupted_save_or_a_failed_editor(
    journal: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    saved(journal, reflection(1, "kept"))
    (journal / ".2026-11-24-thing-01-abcdefgh.toml.1a2b3c4d.tmp").write_text("newer words")
    assert main(["check"]) == 1  # check only reports: it changes nothing
    assert ".1a2b3c4d.tmp: left by an interrupted save" in capsys.readouterr().out
    monkeypatch.setenv("EDITOR", "/bin/false")
    assert main(["edit", "2"]) == 2  # opening the journal to write sets the fragment aside first
    assert "was cut short" in capsys.readouterr().err
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "interrupted/2026-11-24-thing-01-abcdefgh.toml.1a2b3c4d.tmp: part of a save that was cut short" in out
    assert "drafts/thing-02-" in out and "a draft kept when an editor failed" in out


def test_entries_finds_words_and_dates_as_the_journal_screen_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date

    journal = tmp_path / "journal"
    first, second = saved(
        journal,
        LearningRecord(title="Makaton", learned="Signs for snack time", learning_date=date(2026, 3, 1)),
        reflection(1, "Snack TIME routines", learning_date=date(2026, 9, 1)),
    )
    assert main(["--journal", str(journal), "entries", "--json", "--search", "snack time"]) == 0
    assert [row["id"] for row in json.loads(capsys.readouterr().out)] == [second.id, first.id]
    assert main(["--journal", str(journal), "entries", "--json", "--search", "signs", "--until", "31/03/2026"]) == 0
    assert [row["id"] for row in json.loads(capsys.readouterr().out)] == [first.id]
    assert main(["--journal", str(journal), "entries", "--since", "2026-12-01"]) == 0
    assert capsys.readouterr().out == "No entries match.\n"
    assert main(["--journal", str(journal), "entries", "--since", "31/02/2026"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("thingsjournal: --since 31/02/2026:") and error.count("\n") == 1


def test_edit_after_a_conflict_says_which_copy_it_opens_and_that_another_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from thingsjournal.journal.store import JournalStore

    journal = tmp_path / "journal"
    (entry,) = saved(journal, reflection(5, "Original."))
    mine = JournalStore(journal)
    opened = mine.load(entry.id)
    other = JournalStore(journal)
    other.save(other.load(entry.id).model_copy(update={"statement": "Changed in another window."}))
    copy = mine.save(opened.model_copy(update={"statement": "My own version."})).entry
    assert copy.conflict_of == entry.id
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, "Edited."))
    assert main(["--journal", str(journal), "edit", "5"]) == 0
    said = capsys.readouterr().err
    [line] = said.splitlines()
    assert "Thing 5 has 2 entries: opening " in line and "'edit --entry ID' opens another" in line
    opened_id = line.split("opening ")[1].split(" ")[0]
    other_id = ({entry.id, copy.id} - {opened_id}).pop()
    assert f"also {other_id} (updated " in line
    assert f"a conflict copy of {entry.id}" in line
    assert load_as(JournalStore(journal), opened_id, Reflection).statement == "Edited."


def test_edit_counts_a_statement_without_its_headings(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, "## A point to cover\n\nthree words here\n"))
    assert main(["edit", "1"]) == 0
    assert ": 3 / 200 words." in capsys.readouterr().out
