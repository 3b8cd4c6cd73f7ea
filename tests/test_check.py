"""`thingsjournal check` names the file, the field and what was expected, and a broken extra
pack never stops the packaged content from loading."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from packs import THING, write_pack

from thingsjournal.cli.main import main

if TYPE_CHECKING:
    from pathlib import Path

GOOD = THING.format(number=1)

BROKEN = {
    "missing title": (
        {"thing-01.toml": GOOD.replace('title = "Welcome 1"\n', "")},
        "thing-01.toml",
        "title",
        "missing",
    ),
    "wrong type": (
        {"thing-01.toml": GOOD.replace("number = 1", 'number = "one"')},
        "thing-01.toml:1",
        "number",
        "integer",
    ),
    "unknown key": (
        {"thing-01.toml": GOOD.replace("[[steps]]", 'colour = "red"\n\n[[steps]]')},
        "thing-01.toml:7",
        "colour",
        "unknown key",
    ),
    "duplicate number": (
        {"thing-01.toml": GOOD, "thing-02.toml": GOOD.replace('slug = "thing-1"', 'slug = "again"')},
        "thing-02.toml:1",
        "number",
        "Thing 1 is already defined in",
    ),
    "unknown heading": (
        {"thing-01.toml": GOOD.replace('heading = "do"', 'heading = "feel"')},
        "thing-01.toml:15",
        "prompts[1].heading",
        "'feel' is not a logic-model heading",
    ),
    "unknown capability": (
        {"thing-01.toml": GOOD.replace('["vision"]', '["charisma"]')},
        "thing-01.toml:5",
        "capabilities",
        "'charisma' is not a leadership capability",
    ),
    "invalid TOML": (
        {"thing-01.toml": GOOD.replace('title = "Welcome 1"', "title = Welcome")},
        "thing-01.toml:3",
        "",
        "invalid TOML",
    ),
}


def test_a_good_extra_pack_passes_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = write_pack(tmp_path / "pack")
    assert main(["--content", str(pack), "check"]) == 0
    out = capsys.readouterr().out
    assert "No problems: 3 programme(s)" in out  # the two packaged programmes and the extra one


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_check_names_file_and_field(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    things, place, field, message = BROKEN[case]
    pack = write_pack(tmp_path / "pack", things)

    assert main(["--content", str(pack), "check"]) == 1

    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1, lines
    line = lines[0]
    assert str(pack / "org-induction") in line
    assert place in line
    assert f": {field}: " in line if field else True
    assert message in line


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_packaged_content_loads_beside_a_broken_pack(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = write_pack(tmp_path / "pack", BROKEN[case][0])

    assert main(["--content", str(pack), "things", "--json"]) == 0

    captured = capsys.readouterr()
    things = json.loads(captured.out)
    assert [thing["number"] for thing in things] == list(range(1, len(things) + 1))
    assert {thing["programme"] for thing in things} == {"sssc-23-things-elc"}
    assert "org-induction" in captured.err and "thingsjournal check" in captured.err
    assert captured.err.count("\n") == 1


def test_broken_pack_programme_is_not_offered(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = write_pack(tmp_path / "pack", BROKEN["unknown key"][0])
    assert main(["--content", str(pack), "--programme", "org-induction", "things"]) == 2
    assert "unknown programme 'org-induction'" in capsys.readouterr().err


def test_extra_programme_reusing_a_packaged_id_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = write_pack(tmp_path / "pack")
    programme = pack / "org-induction" / "programme.toml"
    programme.write_text(programme.read_text().replace('"org-induction"', '"sssc-23-things-elc"'))

    assert main(["--content", str(pack), "check"]) == 1
    out = capsys.readouterr().out
    assert f"{programme}:1: id: programme id 'sssc-23-things-elc' is already used by" in out
    assert main(["--content", str(pack), "things", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["title"] == "Why is everyday leadership important?"


def test_extra_framework_reusing_a_packaged_id_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    frameworks = tmp_path / "pack" / "frameworks"
    frameworks.mkdir(parents=True)
    (frameworks / "mine.toml").write_text(
        'id = "leadership-logic-model"\nkind = "headings"\ntitle = "Mine"\nsource = "me"\n'
        '[[headings]]\nid = "feel"\nlabel = "How do I feel?"\n'
    )
    assert main(["--content", str(tmp_path / "pack"), "check"]) == 1
    assert "mine.toml:1: id: framework id 'leadership-logic-model' is already used by" in capsys.readouterr().out


@pytest.mark.parametrize("kind", ['"colours"', '["headings"]'])
def test_framework_with_unknown_kind(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    frameworks = tmp_path / "pack" / "frameworks"
    frameworks.mkdir(parents=True)
    (frameworks / "odd.toml").write_text(f'id = "odd"\nkind = {kind}\ntitle = "Odd"\nsource = "me"\n')
    assert main(["--content", str(tmp_path / "pack"), "check"]) == 1
    assert "odd.toml: kind: expected one of: headings, capabilities, elements" in capsys.readouterr().out


def test_unknown_key_lists_the_keys_expected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = GOOD.replace('text = "Read the policy."', 'text = "Read the policy."\nlink = "x"')
    pack = write_pack(tmp_path / "pack", {"thing-01.toml": text})
    assert main(["--content", str(pack), "check"]) == 1
    out = capsys.readouterr().out
    assert "thing-01.toml:11: steps[1].link: unknown key (expected one of: id, kind, text, resources)" in out


def test_statement_covers_only_its_own_prompts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = GOOD.replace('covers = ["what-learned"]', 'covers = ["what-learned", "elsewhere"]')
    pack = write_pack(tmp_path / "pack", {"thing-01.toml": text})
    assert main(["--content", str(pack), "check"]) == 1
    assert "statement: covers names 'elsewhere', which is not a prompt of this Thing" in capsys.readouterr().out


def test_a_stray_file_at_the_top_of_a_pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = write_pack(tmp_path / "pack")
    (pack / "thing-09.toml").write_text(GOOD)
    (pack / "README.md").write_text("notes")
    assert main(["--content", str(pack), "check"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{pack / 'thing-09.toml'}: expected in a programme folder or in frameworks/, not at the top of a content folder"
    ]


def test_packaged_content_has_no_problems(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert capsys.readouterr().out.startswith("No problems:")


def test_a_step_done_that_its_thing_does_not_have_is_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from journal_helpers import reflection, saved

    journal = tmp_path / "journal"
    saved(journal, reflection(1, steps_done=("watch-dudley", "no-such-step")))
    assert main(["--journal", str(journal), "check"]) == 0  # a warning: the entry still loads
    out = capsys.readouterr().out
    warnings = [line for line in out.splitlines() if "steps_done" in line]
    assert len(warnings) == 1, out
    assert warnings[0].startswith("warning: ")
    assert "'no-such-step', which is not a step of Thing 1 of sssc-23-things-elc" in warnings[0]
    assert "still loads" in warnings[0]
    assert "No problems" in out
