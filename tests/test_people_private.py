"""The people the user works with are identifying data: kept in the journal folder and so in
every backup, never in an export, and never lost when their file is replaced."""

from __future__ import annotations

import zipfile
from typing import TYPE_CHECKING

import pytest
from exported import exported
from journal_helpers import reflection, saved

from thingsjournal.cli.main import main
from thingsjournal.export.render import FORMATS
from thingsjournal.journal.entries import LearningRecord
from thingsjournal.journal.people import name_problem, people_path, read_people, save_people

if TYPE_CHECKING:
    from pathlib import Path

LISTED = ["Ruaridh Mackay", "Zebedee", "Oluwaseun"]


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    saved(
        folder,
        reflection(10, "Zebedee built a tower today, and I stood back."),
        LearningRecord(title="Schema course", learned="Trajectory schemas in the garden."),
    )
    save_people(folder, LISTED)
    return folder


def test_a_backup_holds_the_list_of_people(journal: Path, tmp_path: Path) -> None:
    out = tmp_path / "backup.zip"
    assert main(["--journal", str(journal), "backup", "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        [listed] = [name for name in archive.namelist() if name.endswith("/.thingsjournal/people.toml")]
        kept = archive.read(listed).decode("utf-8")
    assert all(f'"{name}"' in kept for name in LISTED)


@pytest.mark.parametrize("how", FORMATS)
def test_an_export_of_everything_holds_only_the_names_written_in_an_entry(
    journal: Path, how: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = exported(capsys, tmp_path, how, "--journal", str(journal), "export", "--all")
    assert "Zebedee built a tower" in out  # written in an entry: the user's own words are exported
    assert out.count("Zebedee") == 1
    for word in ("Ruaridh", "Mackay", "Oluwaseun", "people.toml", "People I work with"):
        assert word not in out


def test_a_list_that_does_not_load_is_kept_beside_the_new_one(tmp_path: Path) -> None:
    path = people_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text('people = ["Aoife", 3\n', encoding="utf-8")
    assert read_people(tmp_path)[1]
    assert save_people(tmp_path, ["Aoife"]) == ["Aoife"]
    assert read_people(tmp_path) == (["Aoife"], [])
    [copy] = path.parent.glob("people.before-*.toml.bak")
    assert copy.read_text(encoding="utf-8") == 'people = ["Aoife", 3\n'
    save_people(tmp_path, ["Aoife", "Rayan"])  # a list that loads is replaced without a copy
    assert len(list(path.parent.glob("people.before-*.toml.bak"))) == 1


def test_a_names_problem_is_said_without_its_place_in_the_file() -> None:
    assert name_problem("Aoife") is None
    assert name_problem("Bo\x1bb") == "expected one line without control characters, got 'Bo\\x1bb'"
    assert (name_problem("x" * 101) or "").startswith("String should have at most 100 characters")
