"""Messages that say what is wrong in words a person can act on: which characters an entry id
may hold, a file Notepad saved with a byte-order mark read as it is, and an editor that deleted
its file named as what happened, not as a file that no longer exists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal_helpers import load_as, reflection, saved
from packs import THING, write_pack

from thingsjournal.cli.main import main
from thingsjournal.journal.entries import Reflection
from thingsjournal.journal.store import JournalStore

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

CHARACTERS = "the digits 2 to 9 and the lower-case letters but i, l and o"


def test_an_entry_id_message_says_which_characters_ids_use(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journal = tmp_path / "journal"
    [entry] = saved(journal, reflection())
    [file] = journal.glob("*.toml")
    file.write_text(file.read_text(encoding="utf-8").replace(entry.id, "escape01"), encoding="utf-8")
    assert main(["--journal", str(journal), "check"]) == 1
    assert (
        f"id: expected an entry id of 8 characters, each one of {CHARACTERS}, got 'escape01'" in capsys.readouterr().out
    )
    assert main(["--journal", str(journal), "edit", "--entry", "escape01"]) == 2
    assert f"(ids use only {CHARACTERS}, not '0', '1')" in capsys.readouterr().err


def test_files_with_a_byte_order_mark_are_read_and_left_as_they_are(
    tmp_path: Path, isolated_dirs: Path, capsys
) -> None:
    journal = tmp_path / "journal"
    [entry] = saved(journal, reflection(statement="Saved by Notepad."))
    [file] = journal.glob("*.toml")
    file.write_bytes(b"\xef\xbb\xbf" + file.read_bytes())
    pack = write_pack(tmp_path / "pack", {"thing-01.toml": "\ufeff" + THING.format(number=1)})
    settings = isolated_dirs / ".config" / "thingsjournal" / "settings.toml"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('\ufeffname = "Sam"\n', encoding="utf-8")
    before = file.read_bytes()
    assert main(["--journal", str(journal), "--content", str(pack), "check"]) == 0, capsys.readouterr()
    assert main(["--journal", str(journal), "entries"]) == 0
    assert entry.id in capsys.readouterr().out
    assert load_as(JournalStore(journal), entry.id, Reflection).statement == "Saved by Notepad."
    assert file.read_bytes() == before  # untouched until the app next saves it


def test_an_editor_that_deletes_its_file_is_said_to_have_and_nothing_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal"
    [entry] = saved(journal, reflection(statement="As it was."))
    monkeypatch.setenv("EDITOR", '/bin/sh -c "rm \\"$1\\"" editor')
    assert main(["--journal", str(journal), "edit", "--entry", entry.id]) == 2
    err = capsys.readouterr().err
    assert "removed the file it was given instead of saving it: nothing was changed" in err
    assert "kept in" not in err and ".md" not in err  # no file is named: there is none
    assert load_as(JournalStore(journal), entry.id, Reflection).statement == "As it was."
