"""Journal files written by release 0.1.0 (one of each kind, in tests/data/journal-0.1.0) load
unchanged: every field as written, nothing reported, no file touched, and each exports."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from exported import exported
from journal_helpers import load_as

from thingsjournal.cli.main import main
from thingsjournal.export.render import FORMATS
from thingsjournal.journal.entries import CapabilityRating, LearningRecord, Reflection, SelfAssessment
from thingsjournal.journal.store import JournalStore

RELEASE = Path(__file__).parent / "data" / "journal-0.1.0"


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    shutil.copytree(RELEASE, folder)
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.glob("*.toml")}


def test_every_kind_loads_as_written_and_no_file_changes(journal: Path) -> None:
    before = _files(journal)
    store = JournalStore(journal)
    listing = store.listing()
    assert listing.problems == []
    assert sorted(entry.kind for entry in listing.entries) == ["assessment", "learning", "rating", "reflection"]
    reflection = load_as(store, "r8vpwkrq", Reflection)
    assert reflection.statement == "Reflected on my practice.\nA second line."
    assert reflection.answers == {"when-lead": "In team meetings."} and reflection.headings == {"do": "Listened first."}
    assert (reflection.learning_date, reflection.minutes, reflection.steps_done) == (date(2026, 11, 2), 90, ("watch",))
    record = load_as(store, "d33q4j28", LearningRecord)
    assert (record.title, record.learned, record.practice, record.minutes) == (
        "First aid",
        "Resuscitation steps.",
        "Drills each term.",
        120,
    )
    assessment = load_as(store, "5zswqcp6", SelfAssessment)
    assert assessment.standings["developing-self-awareness"].evidence == "Supervision notes."
    assert assessment.actions[0].target == date(2027, 1, 31)
    rating = load_as(store, "hx34umge", CapabilityRating)
    assert rating.ratings == {"vision": 4, "empowering": 3} and rating.notes == "Confident now."
    assert _files(journal) == before


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_release_journal_exports_and_checks_clean(
    journal: Path, fmt: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert "Resuscitation steps." in exported(capsys, tmp_path, fmt, "--journal", str(journal), "export", "--all")
    assert main(["--journal", str(journal), "check"]) == 0
