"""Every command, over a pack and a journal full of control sequences, prints no raw control
character (on stdout or stderr); JSON keeps the data exact; files keep what was written; and
`check` names each file and line that holds one."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from hostile import (
    BAD_FILE,
    HOSTILE,
    PROGRAMME,
    SHOWN_TITLE,
    write_hostile_journal,
    write_hostile_pack,
)
from journal_helpers import load_as
from packs import THING, write_pack

from thingsjournal.cli.main import main
from thingsjournal.journal.entries import AnyEntry, LearningRecord
from thingsjournal.journal.store import JournalStore
from thingsjournal.text.control_chars import CONTROL, shown, stand_in

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[list[str], Path, list[AnyEntry]]:
    pack = write_hostile_pack(tmp_path / "pack")
    journal = tmp_path / "journal"
    entries = write_hostile_journal(journal)
    return ["--journal", str(journal), "--content", str(pack), "--programme", PROGRAMME], journal, entries


COMMANDS = [
    ["things"],
    ["entries"],
    ["entries", "--search", "owned"],
    ["check"],
    ["privacy", "--all"],
    ["export", "--all"],
    ["export", "--all", "--format", "html"],
    ["export", "--all", "--format", "text"],
    ["where"],
    ["open", "not-a-thing\x1b]0;x\x07"],
    ["edit", "--entry", "zz\x1b[2Jzzzzz"],
    ["no-such-command\x1b]0;x\x07"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: " ".join(command)[:30])
def test_no_command_prints_a_control_character(hostile, command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    options, _, _ = hostile
    main([*options, *command])
    out, err = capsys.readouterr()
    for stream in (out, err):
        found = CONTROL.search(stream)
        assert found is None, f"{command} printed {found.group()!r}"
    assert out + err


@pytest.mark.parametrize("command", [["things", "--json"], ["entries", "--json"], ["privacy", "--all", "--json"]])
def test_json_holds_no_raw_control_character_and_privacy_finds_them_exactly(hostile, command, capsys) -> None:
    options, _, _ = hostile
    main([*options, *command])
    out = capsys.readouterr().out
    assert CONTROL.search(out) is None
    data = json.loads(out)
    texts = [row.get("title") or row.get("text") for row in data]
    if command[0] == "privacy":
        assert "\x1b" in texts and "\x7f" in texts  # the control characters themselves, found
    else:
        assert shown(HOSTILE) in texts  # titles as the app shows them, stand-ins included


def test_a_pack_title_is_shown_and_the_entry_text_kept_as_written(hostile, capsys) -> None:
    options, journal, entries = hostile
    main([*options, "things", "--json"])
    [row] = json.loads(capsys.readouterr().out)
    assert row["title"] == shown(HOSTILE)  # pack text is loaded with its stand-ins
    # the journal keeps what was written
    assert load_as(JournalStore(journal), entries[1].id, LearningRecord).title == HOSTILE
    [file] = journal.glob(f"*{entries[1].id}.toml")
    written = file.read_text(encoding="utf-8")
    assert "\\u001B" in written and "\\u009B" in written and CONTROL.search(written) is None  # `cat` is safe


def test_check_names_each_file_and_line_with_a_control_character(hostile, capsys) -> None:
    options, _, _ = hostile
    assert main([*options, "check"]) == 1
    out = capsys.readouterr().out
    pack_lines = [line for line in out.splitlines() if "thing-01.toml:" in line and "control character" in line]
    assert "thing-01.toml:3: title: holds a control character (U+001B, shown as ␛)" in out
    assert len(pack_lines) >= 8  # title, summary, introduction, step, resource, question, hint, task
    assert "odd.toml:3: title: holds a control character" in out
    warnings = [line for line in out.splitlines() if line.startswith("warning:")]
    assert any("statement: holds a control character (U+001B" in line for line in warnings)
    assert any(":7: title:" in line or ": title: holds" in line for line in warnings)
    assert shown(BAD_FILE) in out and SHOWN_TITLE in out


def test_control_characters_in_the_users_own_files_are_a_warning_and_check_passes(
    tmp_path: Path, isolated_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from journal_helpers import reflection, saved

    from thingsjournal.settings import update_settings

    journal = tmp_path / "journal"
    saved(journal, reflection(statement=f"Pasted{stand_in(chr(7))} and\x07 kept."))
    update_settings(isolated_dirs / ".config" / "thingsjournal" / "settings.toml", name="Sam\x1b[1m")
    assert main(["--journal", str(journal), "check"]) == 0
    warnings = [line for line in capsys.readouterr().out.splitlines() if line.startswith("warning:")]
    assert any("statement: holds a control character (U+0007, shown as ␇)" in line for line in warnings)
    assert any("settings.toml:1: name: holds a control character (U+001B, shown as ␛)" in line for line in warnings)


def test_a_link_holding_a_control_character_is_refused(tmp_path: Path, capsys) -> None:
    thing = THING.format(number=1) + '\n[[steps.resources]]\ntitle = "x"\nurl = "https://example.org/\\u001b]0;x"\n'
    pack = write_pack(tmp_path / "pack", {"thing-01.toml": thing})
    assert main(["--content", str(pack), "check"]) == 1
    out = capsys.readouterr().out
    assert "url: expected a web address" in out
