"""`ready`: a Thing's entry is ready to apply for its badge only when every check holds (the
minimum, each point ticked, nothing identifying, the steps done); each missing one is named, and
the badge's exact name, the programme's advice and the reminder of own work are always shown."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest
from journal_helpers import packaged_thing, reflection, saved

from thingsjournal.cli.main import main
from thingsjournal.session import Session

if TYPE_CHECKING:
    from pathlib import Path


CHECKS = ["minimum", "points covered", "privacy", "steps done"]


def _ready_entry(number: int, **changes: Any) -> dict[str, Any]:
    thing = packaged_thing(number)
    fields: dict[str, Any] = {
        "statement": "A careful reflection on my practice.\n" + "practice " * (thing.statement.min_words or 1),
        "covered": thing.statement.covers,
        "steps_done": tuple(step.id for step in thing.steps),
    }
    return {**fields, **changes}


def _ready(capsys: pytest.CaptureFixture[str], journal: Path, *args: str) -> tuple[int, dict[str, Any]]:
    code = main(["--journal", str(journal), "ready", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_an_entry_with_every_check_met_is_ready(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journal = tmp_path / "journal"
    [entry] = saved(journal, reflection(10, **_ready_entry(10)))
    code, result = _ready(capsys, journal, "10")
    assert code == 0 and result["ready"] is True and result["entry"] == entry.id
    items = {item["name"]: item for item in result["items"]}
    assert all(items[name]["ok"] for name in CHECKS)
    assert set(result["items"][0]) == {"name", "ok", "detail"}
    assert items["badge"]["detail"] == f"Apply for exactly this badge: {packaged_thing(10).badge}"
    assert "Things 1, 2, 3, 4 first: 0 of 4" in items["advice"]["detail"]
    assert "your own work" in items["own work"]["detail"]


@pytest.mark.parametrize(
    ("missing", "changes"),
    [
        ("minimum", {"statement": "Too short."}),
        ("points covered", {"covered": ()}),
        ("privacy", {"statement": "Jamie, aged 4, led the tidy-up.\n" + "practice " * 200}),
        ("steps done", {"steps_done": ()}),
    ],
)
def test_each_missing_check_makes_it_not_ready_and_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], missing: str, changes: dict[str, Any]
) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(10, **_ready_entry(10, **changes)))
    code, result = _ready(capsys, journal, "10")
    assert code == 1 and result["ready"] is False
    failing = [item["name"] for item in result["items"] if not item["ok"]]
    assert failing == [missing]
    assert main(["--journal", str(journal), "ready", "10"]) == 1
    out, err = capsys.readouterr()
    assert f"✗ {missing}: " in out and "Not ready yet: 1 of the items" in err


def test_a_fine_word_clears_the_privacy_item(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from thingsjournal.settings import mark_fine

    journal = tmp_path / "journal"
    saved(journal, reflection(10, **_ready_entry(10, statement="Ishbel helped me.\n" + "practice " * 200)))
    assert _ready(capsys, journal, "10")[1]["items"][2]["ok"] is False
    mark_fine(Session.open(str(journal)).locations.settings, "Ishbel")
    assert _ready(capsys, journal, "10")[0] == 0


def test_ready_needs_one_thing_with_an_entry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journal = str(tmp_path / "journal")
    assert main(["--journal", journal, "ready"]) == 2
    assert main(["--journal", journal, "ready", "3"]) == 2
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 2 and "needs a Thing" in errors[0] and "has no entry yet" in errors[1]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_f5_in_the_thing_shows_the_same_items_for_what_is_on_screen(journal: Path, size: tuple[int, int]) -> None:
    from pilot_waits import until

    from thingsjournal.tui.app import make_app
    from thingsjournal.tui.dialogs.ready import ReadyScreen
    from thingsjournal.tui.screens.thing import ThingScreen

    saved(journal, reflection(10, **_ready_entry(10, steps_done=())))
    app = make_app(thing=10)
    async with app.run_test(size=size) as pilot:
        assert await until(pilot, lambda: isinstance(app.screen, ThingScreen) and app.screen.focused is not None)
        await pilot.press("f5")
        assert await until(pilot, lambda: isinstance(app.screen, ReadyScreen))
        shown = [str(line.render()) for line in app.screen.query(".item")]
        assert str(app.screen.query_one("#ready-verdict").render()) == "✗ Not ready yet: 1 to put right."
        assert shown[0].startswith("✓ done  minimum: ") and shown[3].startswith("✗ to do  steps done: ")
        assert any(line.startswith("• note  badge: Apply for exactly this badge:") for line in shown)
        await pilot.press("ctrl+t")
        assert app.clipboard == packaged_thing(10).badge
        await pilot.press("escape")
        assert await until(pilot, lambda: isinstance(app.screen, ThingScreen))


def test_a_point_with_its_own_minimum_is_checked_in_ready_and_shown_beside_the_statement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from packs import THING, write_pack

    from thingsjournal.badges.ready import readiness
    from thingsjournal.journal.compose import ThingPoints, criterion_states

    pack = write_pack(
        tmp_path / "pack",
        {"thing-01.toml": THING.format(number=1).replace('heading = "do"', 'heading = "do"\nmin_words = 25')},
    )
    session = Session.open(str(tmp_path / "journal"), [str(pack)])
    programme = session.catalog.programme("org-induction")
    assert programme is not None
    thing = programme.thing(1)
    assert thing is not None and thing.prompts[0].min_words == 25
    statement = "other " * 150 + "\n\n## What did you learn?\n\n" + "word " * 20  # the point's section ends the text
    [state] = criterion_states(ThingPoints.of(thing), statement, ("what-learned",))
    assert (state.words, state.short) == (20, 5)
    entry = {"id": "e", "statement": statement, "covered": ["what-learned"], "steps_done": ["read-policy"]}
    result = readiness(thing, entry, [], {})
    points = next(item for item in result.items if item.name == "points covered")
    assert not result.ready and not points.ok and "(5 more words)" in points.detail
    longer = {**entry, "statement": statement.replace("word " * 20, "word " * 25)}
    assert readiness(thing, longer, [], {}).ready


def test_check_refuses_a_minimum_on_a_point_the_statement_does_not_cover(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from packs import THING, write_pack

    broken = (
        THING.format(number=1)
        .replace('heading = "do"', 'heading = "do"\nmin_words = 25')
        .replace('covers = ["what-learned"]', "covers = []")
    )
    pack = write_pack(tmp_path / "pack", {"thing-01.toml": broken})
    assert main(["--journal", str(tmp_path / "journal"), "--content", str(pack), "check"]) == 1
    out = capsys.readouterr()
    assert "thing-01.toml" in out.out + out.err and "covers does not name it" in out.out + out.err
