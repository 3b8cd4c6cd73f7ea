"""The privacy check finds what could identify someone, in the forms practitioners write it, and
leaves the programme's own words, the user's fine words and the text itself alone."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from journal_helpers import reflection, saved

from thingsjournal.cli.main import main
from thingsjournal.journal.entries import LearningRecord
from thingsjournal.privacy.check import check_text
from thingsjournal.settings import Settings, load_settings, save_settings

sys.path.insert(0, str(Path(__file__).parent / "privacy_corpus"))
from evaluate import evaluate, vocabulary

KNOWN = vocabulary()


def test_the_corpus_recall_and_false_flags_hold() -> None:
    scores = evaluate()
    assert sum(scores.planted.values()) >= 60 and scores.clean_words >= 5000
    assert all(
        scores.planted[kind] >= 6
        for kind in ("name", "age", "date", "setting", "address", "postcode", "phone", "email")
    )
    assert scores.recall >= 0.95, scores.missed
    assert scores.false_flags_per_1000_words <= 1.0, scores.false_flags


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("He is aged 4 and settling.", "age", "aged 4"),
        ("Her daughter is a 3-year-old who loves sand.", "age", "a 3-year-old"),
        ("He is 18 months and crawling.", "age", "18 months"),
        ("Born on 2 May 2021, he starts school next year.", "age", "Born on 2 May 2021"),
        ("We met on 14 March 2024 to plan.", "date", "14 March 2024"),
        ("The form was dated 03/09/2021.", "date", "03/09/2021"),
        ("I visited Little Acorns Nursery last week.", "setting", "Little Acorns Nursery"),
        ("The family moved to EH6 7QT.", "postcode", "EH6 7QT"),
        ("Her mum's number is 07700 900123 if needed.", "phone", "07700 900123"),
        ("Email j.smith@example.org for the notes.", "email", "j.smith@example.org"),
        ("They live at 12 Station Road now.", "address", "12 Station Road"),
        ("I spoke with Mrs Patel at pick-up.", "name", "Mrs Patel"),
        ("Today Ava built a den.", "name", "Ava"),
        ("We visited Hillview PS for the transition.", "setting", "Hillview PS"),
        ("Jamie's mum stayed for the first hour.", "name", "Jamie's"),
        ("A paste from a terminal\x1b\x9b0m kept its colour.", "control", "\x1b\x9b"),
    ],
)
def test_each_kind_in_the_forms_practitioners_write(text: str, kind: str, found: str) -> None:
    findings = check_text(text, KNOWN)
    assert [(finding.kind, finding.text) for finding in findings] == [(kind, found)]
    [finding] = findings
    assert text[finding.start : finding.start + len(finding.text)] == found and finding.why


@pytest.mark.parametrize(
    "text",
    [
        "The SSSC Codes of Practice and the Care Inspectorate guide our practice.",
        "Thing 10 asks how I show Collaborating and influencing, and Influencing people in particular.",
        "Over the last 18 months our two-year-olds have spent more time outdoors.",
        "The Leadership Logic Model helped me think about what good leaders need.",
        "In 2023 we had three staff meetings a month, at 10 o'clock on a Monday.",
        "Realising the Ambition and Curriculum for Excellence both value play.",
    ],
)
def test_the_programmes_own_words_are_not_flagged(text: str) -> None:
    assert check_text(text, KNOWN) == []


def test_lines_and_columns_count_characters_from_one() -> None:
    [finding] = check_text("First line.\nWe saw Ruaridh there.", KNOWN)
    assert (finding.line, finding.column, finding.text) == (2, 8, "Ruaridh")


def test_words_marked_fine_are_not_flagged(isolated_dirs: Path, tmp_path: Path) -> None:
    from thingsjournal.privacy.vocabulary import Vocabulary
    from thingsjournal.session import Session
    from thingsjournal.settings import mark_fine

    session = Session.open(tmp_path / "journal")
    mark_fine(session.locations.settings, "Ann Example")
    mark_fine(session.locations.settings, "ann example")  # once is enough
    assert load_settings(session.locations.settings)[0].fine_words == ["Ann Example"]
    fine = Vocabulary.of_content(session.index.data["catalog"], ["Ann Example"])
    assert check_text("Ann Example wrote this, with Ruaridh.", fine)[0].text == "Ruaridh"
    assert len(check_text("Ann Example wrote this, with Ruaridh.", KNOWN)) == 2


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    saved(
        folder,
        reflection(
            10, "Jamie was upset.\nI rang 07700 900123.", answers={"shared-outcome": "We met at Little Acorns Nursery."}
        ),
        reflection(1, "Nothing private in here at all."),
        LearningRecord(title="Course", learned="Ask Mrs Patel."),
    )
    return folder


def test_privacy_json_gives_kind_text_line_column_entry_and_field(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--journal", str(journal), "privacy", "10", "--json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert [(row["kind"], row["text"], row["line"], row["column"], row["field"]) for row in rows] == [
        ("name", "Jamie", 1, 1, "statement"),
        ("phone", "07700 900123", 2, 8, "statement"),
        ("setting", "Little Acorns Nursery", 1, 11, "prompt.shared-outcome"),
    ]
    assert all(set(row) == {"kind", "text", "line", "column", "entry", "field", "why"} for row in rows)


def test_privacy_exits_0_when_nothing_is_found_and_checks_files(
    journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--journal", str(journal), "privacy", "1"]) == 0
    assert "Nothing found" in capsys.readouterr().err
    draft = tmp_path / "draft.md"
    draft.write_text("A line.\nCall EH6 7QT.\n")
    assert main(["--journal", str(journal), "privacy", "--file", str(draft), "--json"]) == 1
    [row] = json.loads(capsys.readouterr().out)
    assert (row["file"], row["kind"], row["line"], row["column"]) == (str(draft), "postcode", 2, 6)
    assert main(["--journal", str(journal), "privacy"]) == 2
    assert "privacy needs a selector" in capsys.readouterr().err


def test_export_warns_by_default_refuses_when_strict_and_skips_when_off(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--journal", str(journal), "export", "10"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("# Thing 10") and captured.err.count("thingsjournal: privacy: ") == 3
    assert main(["--journal", str(journal), "export", "10", "--privacy", "strict"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "export refused: 3 places that could identify someone found" in captured.err
    assert main(["--journal", str(journal), "export", "10", "--privacy", "off"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["--journal", str(journal), "export", "1", "--privacy", "strict"]) == 0


def test_the_check_never_changes_the_text(journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = {path.name: path.read_bytes() for path in journal.glob("*.toml")}
    main(["--journal", str(journal), "privacy", "--all"])
    assert {path.name: path.read_bytes() for path in journal.glob("*.toml")} == before


def test_settings_keep_the_fine_words(isolated_dirs: Path) -> None:
    path = isolated_dirs / ".config" / "thingsjournal" / "settings.toml"
    save_settings(path, Settings(fine_words=["Lisa"]))
    assert load_settings(path)[0].fine_words == ["Lisa"]
