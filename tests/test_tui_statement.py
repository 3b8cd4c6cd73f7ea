"""The Statement tab brings the Thing's work together: F4 starts it from the answers, each
criterion a heading; a written statement is never changed (the draft shows beside it); the
user's ticks per criterion survive a restart and reach the export; Ctrl+T copies one section."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from journal_helpers import load_as, reflection, saved
from pilot_waits import until
from textual.widgets import TabbedContent

from thingsjournal.export.markdown_document import Writer, entries_document
from thingsjournal.journal.entries import Reflection
from thingsjournal.journal.store import JournalStore
from thingsjournal.session import Session
from thingsjournal.text.sections import sections
from thingsjournal.tui.app import make_app
from thingsjournal.tui.screens.thing import CRITERIA_PAUSE, ThingScreen
from thingsjournal.tui.widgets.counting_text_area import CountingTextArea
from thingsjournal.tui.widgets.criteria import CriteriaPanel, CriterionBox, CriterionRow
from thingsjournal.tui.widgets.shown_document import ShownTextArea

if TYPE_CHECKING:
    from pathlib import Path


def _questions(screen: ThingScreen) -> list[str]:
    by_id = {prompt.id: prompt.question for prompt in screen.thing.prompts}
    return [by_id[prompt_id] for prompt_id in screen.thing.statement.covers]


async def _ready(pilot) -> ThingScreen:
    app = pilot.app
    assert await until(pilot, lambda: isinstance(app.screen, ThingScreen) and app.screen.focused is not None)
    screen = app.screen
    assert isinstance(screen, ThingScreen)
    return screen


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_f4_starts_an_empty_statement_from_the_answers_typed(journal: Path, size: tuple[int, int]) -> None:
    app = make_app(thing=1)
    async with app.run_test(size=size) as pilot:
        screen = await _ready(pilot)
        screen.query_one("#prompt-recognise-reward", CountingTextArea).focus()
        await pilot.press(*"Thank-you cards")
        screen.query_one("#prompt-daily-leadership", CountingTextArea).focus()
        await pilot.press(*"I stay calm")
        await pilot.press("f4")
        await pilot.pause()
        statement = screen.query_one("#statement", CountingTextArea)
        assert screen.query_one(TabbedContent).active == "tab-statement" and screen.focused is statement
        found = sections(statement.text)
        assert [section.heading for section in found] == _questions(screen)
        assert [section.body for section in found] == ["Thank-you cards", "", "I stay calm", ""]
        assert statement.words == 5  # the headings count none
        assert "5 / 200 words" in str(screen.query_one("#statement-count").render())
        assert await until(pilot, lambda: "2 words under its heading" in str(_row(screen, 0).words.render()))
        assert "no heading" not in str(_row(screen, 1).words.render())
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert statement.text == "" and statement.words == 0
        await pilot.press("ctrl+q")
    [summary] = JournalStore(journal).listing().entries
    assert load_as(JournalStore(journal), summary.id, Reflection).statement == ""


def _row(screen: ThingScreen, index: int) -> CriterionRow:
    return list(screen.query(CriterionRow))[index]


async def test_f4_never_changes_a_written_statement_it_shows_the_draft_beside(journal: Path) -> None:
    [entry] = saved(journal, reflection(1, "My own words.", answers={"recognise-reward": "Cards."}))
    app = make_app(thing=1)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _ready(pilot)
        await pilot.press("f4")
        await pilot.pause()
        panel = screen.query_one(CriteriaPanel)
        draft = screen.query_one("#statement-draft", ShownTextArea)
        assert panel.has_class("-draft") and draft.display and sections(draft.text)[0].body == "Cards."
        assert screen.query_one("#statement", CountingTextArea).text == "My own words."
        assert str(screen.query_one("#save-state").render()).startswith("✓")  # showing it is no edit
        await pilot.press("f4")
        await pilot.pause()
        assert not panel.has_class("-draft")
    assert load_as(JournalStore(journal), entry.id, Reflection).statement == "My own words."


async def test_ticks_survive_a_restart_and_reach_the_export(journal: Path) -> None:
    statement = "## How do you recognise and reward everyday leadership where you work?\n\nWith cards."
    [entry] = saved(journal, reflection(1, statement))
    app = make_app(thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot)
        screen.query_one(TabbedContent).active = "tab-statement"
        await pilot.pause()
        assert "2 words under its heading" in str(_row(screen, 0).words.render())
        assert "no heading for it yet" in str(_row(screen, 1).words.render())
        await pilot.click("#criterion-recognise-reward")
        await pilot.pause()
        screen.query_one("#criterion-daily-leadership", CriterionBox).focus()
        await pilot.press("space")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    stored = load_as(JournalStore(journal), entry.id, Reflection)
    assert stored.covered == ("daily-leadership", "recognise-reward")
    app = make_app(thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot)
        ticked = {box.point.id for box in screen.query(CriterionBox) if box.value}
        assert ticked == {"recognise-reward", "daily-leadership"}
        assert screen.query_one("#criterion-recognise-reward", CriterionBox).BUTTON_INNER == "✓"  # not colour alone
    markdown = entries_document(Writer(Session.open(journal).view), [stored.model_dump(mode="json", by_alias=True)])
    assert "ticked by the writer: 2 of 4" in markdown
    assert "✓ covered: How do you recognise and reward everyday leadership where you work?" in markdown


async def test_ctrl_t_on_a_criterion_copies_its_section_alone(journal: Path) -> None:
    statement = (
        "## How do you recognise and reward everyday leadership where you work?\n\nWith cards.\n\n"
        "## Think about the lollipop moments you have had.\n\nA parent's thanks."
    )
    saved(journal, reflection(1, statement))
    app = make_app(thing=1)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _ready(pilot)
        screen.query_one(TabbedContent).active = "tab-statement"
        await pilot.pause()
        screen.query_one("#criterion-lollipop-moments", CriterionBox).focus()
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.clipboard == "A parent's thanks."
        assert any("clipboard" in note.message for note in app._notifications)
        screen.query_one("#criterion-difference-example", CriterionBox).focus()
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.clipboard == "A parent's thanks."  # no section: nothing copied, and it says so
        assert any("no heading for this point" in note.message for note in app._notifications)


async def test_the_words_under_each_point_follow_the_typing(journal: Path) -> None:
    saved(journal, reflection(1, "## Think about the lollipop moments you have had.\n\n"))
    app = make_app(thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot)
        screen.query_one(TabbedContent).active = "tab-statement"
        await pilot.pause()
        statement = screen.query_one("#statement", CountingTextArea)
        statement.focus()
        statement.move_cursor(statement.document.end)
        await pilot.press("enter", *"one two three")
        assert await until(pilot, lambda: "3 words" in str(_row(screen, 1).words.render()), CRITERIA_PAUSE + 4)


async def test_a_point_with_its_own_minimum_shows_how_many_more_words_it_needs(tmp_path: Path, journal: Path) -> None:
    from packs import THING, write_pack

    pack = write_pack(
        tmp_path / "pack",
        {"thing-01.toml": THING.format(number=1).replace('heading = "do"', 'heading = "do"\nmin_words = 25')},
    )
    saved(
        journal,
        reflection(1, "## What did you learn?\n\n" + "word " * 20).model_copy(update={"programme": "org-induction"}),
    )
    app = make_app(content_dirs=(pack,), programme="org-induction", thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot)
        assert str(_row(screen, 0).words.render()) == "✎ 20 / 25 words under its heading: 5 more"
