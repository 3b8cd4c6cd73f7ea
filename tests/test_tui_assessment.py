"""Self-assessment and action plans against the Derbyshire framework, and capability ratings
over time: done as a user would, reopened, exported for supervision, and charted."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from journal_helpers import load_as, reflection, saved
from pilot_waits import until
from textual.widgets import Checkbox, Select, Static, TabbedContent, TextArea

from thingsjournal.cli.main import main
from thingsjournal.journal.entries import CapabilityRating, SelfAssessment, Standing
from thingsjournal.journal.store import JournalStore
from thingsjournal.session import Session
from thingsjournal.tui.app import make_app
from thingsjournal.tui.screens.assessment import ActionForm, AssessmentScreen
from thingsjournal.tui.screens.autosaving import comparable
from thingsjournal.tui.screens.ratings import RatingScreen
from thingsjournal.tui.widgets.checked_input import CheckedInput
from thingsjournal.tui.widgets.save_indicator import SaveIndicator

if TYPE_CHECKING:
    from pathlib import Path


def _framework(journal: Path):
    return Session.open(journal).catalog.assessments()["derbyshire-leadership"]


async def test_a_self_assessment_with_two_priorities_turned_into_actions_survives_reopening(
    tmp_path: Path, capsys
) -> None:
    journal = tmp_path / "journal"
    [evidence] = saved(journal, reflection(3, "About my leadership style."))
    framework = _framework(journal)
    first, second, third = (element.id for element in framework.dimensions[0].elements[:3])
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AssessmentScreen)
        screen.query_one(f"#stand-{first}", Select).value = "priority"
        screen.query_one(f"#stand-{second}", Select).value = "priority"
        screen.query_one(f"#stand-{third}", Select).value = "strength"
        screen.query_one(f"#standing-{third}", TextArea).insert("Colleagues ask me for feedback.")
        await pilot.pause()
        # Link a journal entry as evidence for the strength.
        screen.query_one(f"#standing-{third}", TextArea).focus()
        await pilot.press("ctrl+l")
        await pilot.pause()
        await pilot.press("space", "enter")
        await pilot.pause()
        assert "Thing 3" in str(screen.query_one(f"#links-{third}", Static).render())
        # Two priorities became two actions in the plan.
        screen.query_one(TabbedContent).active = "tab-plan"
        await pilot.pause()
        forms = list(screen.query(ActionForm))
        assert [form.element_id for form in forms] == [first, second]
        forms[0].query_one(f"#action-{first}-goal", TextArea).insert("Ask two colleagues for feedback.")
        forms[0].query_one(CheckedInput).value = "31/01/2027"
        forms[1].query_one(f"#action-{second}-support", TextArea).insert("Time in supervision.")
        forms[1].query_one(Checkbox).value = True
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    [summary] = [e for e in JournalStore(journal).listing().entries if e.kind == "assessment"]
    saved_entry = load_as(JournalStore(journal), summary.id, SelfAssessment)
    assert {key: value.standing for key, value in saved_entry.standings.items()} == {
        first: "priority",
        second: "priority",
        third: "strength",
    }
    assert saved_entry.standings[third].entries == (evidence.id,)
    assert [
        (action.element, action.goal, action.target, action.support, action.done) for action in saved_entry.actions
    ] == [
        (first, "Ask two colleagues for feedback.", date(2027, 1, 31), "", False),
        (second, "", None, "Time in supervision.", True),
    ]
    # Reopened: all there.
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_entry(summary.id)
        await pilot.pause()
        screen = app.screen
        assert screen.query_one(f"#stand-{first}", Select).value == "priority"
        assert [form.element_id for form in screen.query(ActionForm)] == [first, second]
        assert screen.query_one(f"#action-{first}-goal", TextArea).text == "Ask two colleagues for feedback."
    # Exported for supervision: every element, its rating and each action.
    assert main(["--journal", str(journal), "export", "--entry", summary.id, "--privacy", "off"]) == 0
    markdown = capsys.readouterr().out
    names = {element.id: element.name for dimension in framework.dimensions for element in dimension.elements}
    assert f"**{names[first]}**: priority" in markdown and f"**{names[third]}**: strength" in markdown
    assert "Colleagues ask me for feedback." in markdown and "Thing 3: What’s my leadership style?" in markdown
    assert "Ask two colleagues for feedback." in markdown and "Target date: 31 Jan 2027" in markdown
    assert f"### {names[second]} (done)" in markdown and "Time in supervision." in markdown
    assert "not assessed" in markdown  # every element is listed, assessed or not


async def test_a_later_self_assessment_keeps_the_earlier_one(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    first = _framework(journal).dimensions[0].elements[0].id
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        for standing in ("developing", "strength"):
            app.new_self_assessment()
            await pilot.pause()
            app.screen.query_one(f"#stand-{first}", Select).value = standing
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
    store = JournalStore(journal)
    standings = [load_as(store, e.id, SelfAssessment).standings[first].standing for e in store.listing().entries]
    assert sorted(standings, key=str) == ["developing", "strength"]


async def test_a_self_assessment_drawn_before_most_of_it_is_mounted_loses_and_hides_nothing(tmp_path: Path) -> None:
    """The screen is drawn with its first dimension; the others are mounted after. Saved before
    they are there, it keeps what they hold; filling them in is no edit; once there, every
    element shows what was saved, and the privacy check has read the last one too."""
    journal = tmp_path / "journal"
    framework = _framework(journal)
    elements = [element.id for dimension in framework.dimensions for element in dimension.elements]
    evidence = {element: f"Evidence number {number}." for number, element in enumerate(elements)}
    evidence[elements[-1]] = "Talked it over with Ruaridh."
    [stored] = saved(
        journal,
        SelfAssessment(
            framework=framework.id,
            level=framework.senior_levels[0],  # every dimension shown
            standings={element: Standing(standing="developing", evidence=text) for element, text in evidence.items()},
        ),
    )
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = AssessmentScreen(app.session, load_as(app.session.journal, stored.id, SelfAssessment), stored=True)
        await app.push_screen(screen)
        assert screen.unmounted and not screen.query(f"#stand-{elements[-1]}")
        assert comparable(screen.snapshot()) == screen.saved_content  # what a save now would write
        assert await until(pilot, lambda: not screen.unmounted)
        await pilot.pause()
        for element in elements:
            assert screen.query_one(f"#stand-{element}", Select).value == "developing"
            assert screen.query_one(f"#standing-{element}", TextArea).text == evidence[element]
        assert str(screen.query_one(SaveIndicator).render()) == "✓ saved"
        assert [finding.text for finding in screen.findings] == ["Ruaridh"]
        screen.query_one(f"#stand-{elements[-1]}", Select).value = "strength"
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    store = JournalStore(journal)
    assert [summary.id for summary in store.listing().entries] == [stored.id]
    standings = load_as(store, stored.id, SelfAssessment).standings
    assert {element: (value.standing, value.evidence) for element, value in standings.items()} == {
        element: ("strength" if element == elements[-1] else "developing", text) for element, text in evidence.items()
    }


async def test_two_ratings_a_month_apart_show_as_a_change_in_the_chart(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    saved(
        journal,
        CapabilityRating(learning_date=date(2026, 10, 1), ratings={"vision": 2}),
        reflection(5, "x", capabilities=("vision",)),
    )
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RatingScreen)
        screen.query_one("#learning_date", CheckedInput).value = "2026-11-01"
        screen.query_one("#rate-vision", Select).value = 4
        await pilot.pause()
        screen.query_one(TabbedContent).active = "tab-chart"
        await pilot.pause()
        chart = str(screen.query_one("#chart", Static).render())
        vision = next(line for line in chart.splitlines() if line.startswith("Vision"))
        assert "▂▆" in vision and "2 → 4 (+2)" in vision and "1 entry" in vision
        assert "rated 1 Oct 2026, 1 Nov 2026" in chart
        await pilot.press("escape")
        await pilot.pause()
    ratings = sorted(
        (
            date.fromisoformat(entry.learning_date),
            load_as(JournalStore(journal), entry.id, CapabilityRating).ratings["vision"],
        )
        for entry in JournalStore(journal).listing().entries
        if entry.kind == "rating" and entry.learning_date is not None
    )
    assert ratings == [(date(2026, 10, 1), 2), (date(2026, 11, 1), 4)]


async def test_operational_leadership_is_offered_the_senior_dimensions(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AssessmentScreen)
        level = screen.query_one("#level", Select)
        for chosen, shown in (("front-line-worker", False), ("operational-leadership", True)):
            level.value = chosen
            await pilot.pause()
            assert screen.has_class("-junior") is not shown, chosen
        labels = [str(widget.render()) for widget in screen.query(".dimension")]
        assert any("senior staff; optional for Operational Leadership" in label for label in labels)
