"""Files a real machine or a stranger hands the app: one bad file is named and left as it is, and
every command goes on with the rest."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from journal_helpers import reflection, saved
from packs import write_pack

from thingsjournal.cli.main import main
from thingsjournal.files.caches import machine_secret, read_marshalled, write_marshalled
from thingsjournal.journal import index as journal_index
from thingsjournal.journal.entry_cache import ENTRIES_FILE
from thingsjournal.paths import emergency_folders, locate

NESTED = "a = " + "[" * 500 + "]" * 500 + "\n"  # a kilobyte tomllib cannot parse without recursing 500 deep


@pytest.mark.parametrize("where", ["journal", "settings", "pack"])
def test_a_deeply_nested_file_is_one_bad_file_not_a_crash(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(5, "Still here."))
    pack = write_pack(tmp_path / "pack")
    target = {
        "journal": journal / "2026-11-24-thing-05-deepnest.toml",
        "settings": locate().settings,
        "pack": pack / "org-induction" / "thing-01.toml",
    }[where]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(NESTED, encoding="utf-8")
    base = ["--journal", str(journal), "--content", str(pack)]
    assert main([*base, "entries", "--json"]) == 0
    assert '"thing": 5' in capsys.readouterr().out
    assert main([*base, "things"]) == 0
    capsys.readouterr()
    assert main([*base, "check"]) == 1
    said = capsys.readouterr()
    assert "internal error" not in said.out + said.err
    assert "nested too deeply" in said.out + said.err and target.name in said.out + said.err
    assert target.read_text(encoding="utf-8") == NESTED  # left untouched


INDEX_SHAPES = [  # each given the index as the app wrote it
    lambda index: {**index, "files": [index["files"]]},  # a list where the files were
    lambda index: {**index, "stats": index["stats"][:2]},  # too few stats, and not the files'
    lambda index: {**index, "summaries": tuple({"id": 5} for _ in index["summaries"])},  # not a summary
    lambda index: {**index, "summaries": tuple(values[:3] for values in index["summaries"])},  # cut short
]


def _wrong_index(cache: Path, wrong_shape: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    """Give the index the wrong shape, signed as the app signs it (as if an older or newer app
    had written it), so that only the checks of its shape can catch it."""
    secret = machine_secret(locate().cache)
    known = read_marshalled(cache, journal_index.INDEX_KEY, secret)
    assert known["files"]
    write_marshalled(cache, journal_index.INDEX_KEY, wrong_shape(known), secret)


ENTRY_TABLE_SHAPES = [
    lambda table: [table],  # a list where the table was
    lambda table: {name: [1, 2] for name in table},  # each row the wrong kind of thing
    lambda table: {name: [row[0], row[1], -5, 10**9, row[4]] for name, row in table.items()},  # out of the file
    lambda table: {name: [row[0], row[1], 0, row[3], row[4]] for name, row in table.items()},  # not its record
]


def _wrong_table(cache: Path, wrong_shape: Callable[[dict[str, Any]], object]) -> None:
    """Give the cache of entries a table of the wrong shape, its digest made to match, so that
    only the check of each row and record can catch it."""
    import hashlib

    data = cache.read_bytes()
    trailer = len(b"%020d %s\n" % (0, b"0" * 32))
    start = int(data[-trailer:].split()[0])
    table = json.dumps(wrong_shape(json.loads(data[start:-trailer]))).encode()
    digest = hashlib.blake2b(table, digest_size=16).hexdigest().encode()
    cache.write_bytes(data[:start] + table + b"%020d %s\n" % (start, digest))


@pytest.mark.parametrize("shape", range(len(INDEX_SHAPES)))
def test_a_cache_of_the_wrong_shape_is_rebuilt_never_trusted(
    shape: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(5, "Still here.", learning_date=date(2026, 11, 2)))
    assert main(["--journal", str(journal), "export", "--all", "--privacy", "off"]) == 0  # writes the caches
    app_dir = journal / ".thingsjournal"
    _wrong_index(app_dir / "index.cache", INDEX_SHAPES[shape])
    _wrong_table(app_dir / ENTRIES_FILE, ENTRY_TABLE_SHAPES[shape])
    capsys.readouterr()
    for command in (["entries", "--json"], ["things"], ["export", "--all", "--privacy", "off"], ["check"]):
        assert main(["--journal", str(journal), *command]) in (0, 1), command
    said = capsys.readouterr()
    assert "internal error" not in said.err
    assert said.out.count("Still here.") == 1  # the export read the entry from its file


def test_edit_where_the_journal_cannot_be_written_keeps_the_text_and_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    from journal_helpers import fake_editor

    journal = tmp_path / "journal"
    saved(journal, reflection(5, "Before."))
    shutil.rmtree(journal / ".thingsjournal")
    (journal / ".thingsjournal").write_text("not a folder")  # drafts, the lock and caches cannot go there
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, "Written in the editor."))
    assert main(["--journal", str(journal), "edit", "5"]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "internal error" not in line and "your text is kept in " in line
    draft = Path(line.split("your text is kept in ")[1])
    assert draft.read_text(encoding="utf-8") == "Written in the editor."
    assert draft.stat().st_mode & 0o777 == 0o600
    assert draft.is_relative_to(emergency_folders()[0])  # the state folder, as the journal cannot take it
