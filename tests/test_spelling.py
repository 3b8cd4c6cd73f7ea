"""The spelling check, in British English and offline: American and wrong spellings are found,
British ones and the programme's own words are not, a word the user adds is known from then on,
a name the privacy check finds is not also a spelling mistake; `spelling` prints what it finds."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from journal_helpers import reflection, saved

from thingsjournal.cli.main import main
from thingsjournal.privacy.check import check_text as privacy_check
from thingsjournal.privacy.check import vocabulary_for
from thingsjournal.session import Session
from thingsjournal.spelling.check import KnownWords, check_text, name_spans
from thingsjournal.spelling.dictionary import in_dictionary

if TYPE_CHECKING:
    from pathlib import Path


def _misspelt(text: str, settings: dict[str, object] | None = None, people: tuple[str, ...] = ()) -> list[str]:
    session = Session.open(None)
    vocabulary = vocabulary_for(session.index, settings or {}, people)
    names = name_spans(privacy_check(text, vocabulary)).get(None, [])
    return [miss.text for miss in check_text(text, KnownWords.of(vocabulary, settings or {}, people), names)]


def test_wrong_and_american_spellings_are_found_and_british_ones_are_not() -> None:
    text = "I recieve praise for my behavior.\nOur organisation’s practitioners recognise behaviour and colour."
    assert _misspelt(text) == ["recieve", "behavior"]


def test_the_programmes_words_are_known_though_the_dictionary_lacks_them() -> None:
    assert not in_dictionary("Kotter") and not in_dictionary("mentee")  # from the 23 Things pack
    assert _misspelt("Kotter's model helped me support my mentee.") == []


def test_capitals_digits_addresses_and_single_letters_are_passed_over_as_word_does() -> None:
    assert _misspelt("The SSSC and ELC met on the 3rd at 2pm; see www.sssc.uk.com or ann@example.org, x.") == []


def test_a_word_added_to_my_words_is_not_flagged_again(tmp_path: Path) -> None:
    from thingsjournal.settings import add_my_word, load_settings

    settings_file = tmp_path / "settings.toml"
    assert _misspelt("Our snack blether went well.") == ["blether"]
    add_my_word(settings_file, "Blether")
    add_my_word(settings_file, "blether")  # once, whatever its case
    settings = load_settings(settings_file)[0].model_dump()
    assert settings["my_words"] == ["Blether"]
    assert _misspelt("Our snack blether went well.", settings) == []


def test_a_name_the_privacy_check_finds_is_not_also_a_misspelling() -> None:
    assert not in_dictionary("Ruaridhh") and not in_dictionary("Aoibheann")
    # A listed person, and a given name the check knows: listed under Privacy, not here.
    assert _misspelt("Ruaridhh and Aoibheann playd together.", people=("Ruaridhh",)) == ["playd"]
    assert not in_dictionary("Thistlebrae")
    assert _misspelt("We visited Thistlebrae Nursery on Glenbervie Crescent.") == []  # a setting, a street


def test_spelling_command_prints_one_line_each_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(1, "A good statement.\nWe recieve cards.", answers={"recognise-reward": "By behavior."}))
    assert main(["--journal", str(journal), "spelling", "1"]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 2 and "statement:2:4: spelling: 'recieve' (perhaps: receive" in lines[0]
    assert "prompt.recognise-reward:1:4: spelling: 'behavior' (perhaps: behaviour" in lines[1]
    assert err == "2 words the dictionary does not know.\n"

    assert main(["--journal", str(journal), "spelling", "--all", "--json"]) == 1
    first, second = json.loads(capsys.readouterr().out)
    assert set(first) == {"kind", "text", "line", "column", "suggestions", "entry", "field", "why"}
    assert (first["kind"], first["text"], first["line"], first["column"]) == ("spelling", "recieve", 2, 4)
    assert first["field"] == "statement" and first["suggestions"][0] == "receive"
    assert second["field"] == "prompt.recognise-reward" and "behaviour" in second["suggestions"]


def test_spelling_of_a_file_names_the_file_and_exits_0_when_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean, wrong = tmp_path / "clean.md", tmp_path / "wrong.md"
    clean.write_text("Our organisation values behaviour.\n", encoding="utf-8")
    wrong.write_text("Fine words.\nThey are definately good.\n", encoding="utf-8")
    journal = str(tmp_path / "journal")
    assert main(["--journal", journal, "spelling", "--file", str(clean)]) == 0
    assert capsys.readouterr().err == "No misspelt words found.\n"
    assert main(["--journal", journal, "spelling", "--file", str(wrong), "--json"]) == 1
    [found] = json.loads(capsys.readouterr().out)
    assert found["file"] == str(wrong) and (found["line"], found["column"], found["text"]) == (2, 10, "definately")
    assert "entry" not in found


def test_spelling_mistakes_of_usage_are_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journal = str(tmp_path / "journal")
    assert main(["--journal", journal, "spelling"]) == 2
    assert main(["--journal", journal, "spelling", "1", "--file", "x.md"]) == 2
    assert main(["--journal", journal, "spelling", "--file", str(tmp_path / "missing.md")]) == 2
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 3 and all(line.startswith("thingsjournal: ") for line in errors)


def test_the_readme_names_the_library_and_the_dictionary_and_its_licence() -> None:
    from pathlib import Path

    readme = " ".join((Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8").split())
    assert "spylls" in readme and "Hunspell British English dictionary" in readme and "LGPL" in readme
    data = Path(__file__).resolve().parents[1] / "src" / "thingsjournal" / "spelling" / "data"
    assert {"en_GB.aff", "en_GB.dic", "NOTICE.md", "README_en_GB.txt", "LGPL-2.1.txt"} <= {
        p.name for p in data.iterdir()
    }


def test_only_the_first_words_get_suggestions_so_a_file_of_garbage_cannot_keep_it_busy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from thingsjournal.cli import spelling
    from thingsjournal.spelling.dictionary import LONGEST_SUGGESTED, suggestions

    monkeypatch.setattr(spelling, "MOST_SUGGESTED", 2)
    garbage = tmp_path / "garbage.txt"
    garbage.write_text("recieve behavior recieve definately\n", encoding="utf-8")
    assert main(["--journal", str(tmp_path / "journal"), "spelling", "--file", str(garbage), "--json"]) == 1
    out, err = capsys.readouterr()
    offered = [(found["text"], bool(found["suggestions"])) for found in json.loads(out)]
    assert offered == [("recieve", True), ("behavior", True), ("recieve", True), ("definately", False)]
    assert "Suggestions are given for the first 2 different words." in err
    assert suggestions("q" * (LONGEST_SUGGESTED + 1)) == []  # no word is that long: asked for nothing
