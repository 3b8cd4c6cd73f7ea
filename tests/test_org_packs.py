"""An organisation's own pack: a starter from `new-pack` that loads and passes `check` as it is,
notes that show in the packaged Thing they add to (saying where they came from), and broken
packs named by file, line and field while the packaged content still loads."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from thingsjournal.cli.main import main
from thingsjournal.session import Session
from thingsjournal.tui.app import make_app
from thingsjournal.tui.widgets.guide import GuidePanel

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "our-pack"
    assert main(["new-pack", str(folder)]) == 0
    capsys.readouterr()
    return folder


def test_a_starter_pack_passes_check_unchanged_and_loads_its_programme(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--content", str(pack), "check"]) == 0
    assert "1 note(s)" in capsys.readouterr().out
    assert main(["--content", str(pack), "--programme", "our-programme", "things", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["programme"], row["number"], row["min_words"]) == ("our-programme", 1, 150)
    assert all(line.startswith("#") for line in (pack / "notes" / "our-notes.toml").read_text().splitlines()[:2])


def test_new_pack_never_writes_over_anything(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (pack / "README.md").read_text()
    assert main(["new-pack", str(pack)]) == 2
    assert "already exists and is not an empty folder" in capsys.readouterr().err
    assert (pack / "README.md").read_text() == before


def test_a_note_adds_to_a_packaged_thing_without_changing_it(pack: Path, tmp_path: Path) -> None:
    plain = Session.open(tmp_path / "journal").catalog.programme("sssc-23-things-elc")
    with_pack = Session.open(tmp_path / "journal", [pack]).catalog
    assert with_pack.programme("sssc-23-things-elc") == plain
    [note] = with_pack.notes_for("sssc-23-things-elc", 1)
    assert note.source == "Our organisation: staff handbook" and note.file.endswith("our-notes.toml")


async def test_a_note_shows_in_the_thing_it_extends_with_its_source(pack: Path, tmp_path: Path) -> None:
    app = make_app(journal_dir=tmp_path / "journal", content_dirs=(pack,), thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        shown = " ".join(str(widget.render()) for widget in app.screen.query_one(GuidePanel).query("Static"))
        assert "From Our organisation: staff handbook" in shown and "How we recognise everyday leadership" in shown


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("thing = 1", "thing = 99"), ":7: notes[1].thing: 23 Things ELC has no Thing 99 (its Things are 1-23)"),
        (("thing = 1", 'thing = 1\ncolour = "red"'), ":8: notes[1].colour: unknown key"),
        (('programme = "sssc-23-things-elc"', 'programme = "nope"'), ":6: notes[1].programme: no programme 'nope'"),
        (("title = ", "title = = "), ":8:"),
    ],
    ids=["no-such-thing", "bad-key", "no-such-programme", "invalid-toml"],
)
def test_broken_notes_are_named_by_file_line_and_field(
    pack: Path, capsys: pytest.CaptureFixture[str], change: tuple[str, str], expected: str
) -> None:
    notes = pack / "notes" / "our-notes.toml"
    notes.write_text(notes.read_text().replace(*change, 1))
    assert main(["--content", str(pack), "check"]) == 1
    problems = capsys.readouterr().out.splitlines()
    assert any(line.startswith(str(notes)) and expected in line for line in problems), problems
    assert main(["--content", str(pack), "things", "--json"]) == 0  # the packaged programme still loads
    assert len(json.loads(capsys.readouterr().out)) == 23


def _vocabulary_pack(pack: Path, people: str) -> Path:
    path = pack / "frameworks" / "our-words.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        'id = "our-words"\nkind = "vocabulary"\ntitle = "Names our staff cite"\nsource = "Our team"\n'
        f'people = [{people}]\ntitles = ["The Wee Garden Project"]\nwords = ["Bairnsfirst"]\n'
    )
    return path


def test_a_pack_s_vocabulary_keeps_its_public_names_and_words_from_being_flagged(
    pack: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from thingsjournal.privacy.check import check_text, vocabulary_for

    _vocabulary_pack(pack, '"Morven Gillies"')
    assert main(["--content", str(pack), "check"]) == 0
    text = "In Bairnsfirst we read about Morven Gillies and The Wee Garden Project."
    plain = vocabulary_for(Session.open(tmp_path / "journal").index, {})
    with_pack = vocabulary_for(Session.open(tmp_path / "journal", [pack]).index, {})
    assert {finding.text for finding in check_text(text, plain)} >= {"Bairnsfirst", "Morven Gillies"}
    assert check_text(text, with_pack) == []
    assert [finding.text for finding in check_text("Then Morven asked for more paint.", with_pack)] == ["Morven"]


def test_an_empty_vocabulary_entry_is_named_by_file_and_line(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _vocabulary_pack(pack, '"Morven Gillies", ""')
    assert main(["--content", str(pack), "check"]) == 1
    problems = capsys.readouterr().out.splitlines()
    assert any(line.startswith(f"{path}:5") and "people" in line for line in problems), problems
