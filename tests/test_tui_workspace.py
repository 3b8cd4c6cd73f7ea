"""The Thing workspace, driven as a person would: nothing is lost and no save key is needed."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest
from journal_helpers import load_as, reflection, saved
from pilot_waits import until
from textual.widgets import Checkbox, OptionList, SelectionList, TabbedContent

from thingsjournal.journal.entries import Reflection
from thingsjournal.journal.store import JournalStore
from thingsjournal.tui.app import make_app
from thingsjournal.tui.screens.autosaving import PAUSE
from thingsjournal.tui.screens.thing import ThingScreen
from thingsjournal.tui.widgets.counting_text_area import CountingTextArea
from thingsjournal.tui.widgets.save_indicator import SaveIndicator

if TYPE_CHECKING:
    from pathlib import Path


async def _type(pilot, widget_id: str, text: str) -> None:
    area = pilot.app.screen.query_one(f"#{widget_id}", CountingTextArea)
    area.focus()
    await pilot.pause()
    await pilot.press(*text)


async def test_the_whole_path_survives_a_restart(journal: Path) -> None:
    statement = " ".join(["reflection"] * 195) + " go" * 10
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.query_one("#things", OptionList).highlighted = 9
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ThingScreen) and screen.thing.number == 10
        screen.query_one("#step-watch-lisa").scroll_visible(animate=False)
        await pilot.pause()
        await pilot.click("#step-watch-lisa")
        await _type(pilot, "prompt-lisa-collaborative", "She listens.")
        await _type(pilot, "prompt-logic-engage", "We met weekly.")
        screen.query_one(TabbedContent).active = "tab-tags"
        await pilot.pause()
        capabilities = screen.query_one("#capabilities", SelectionList)
        capabilities.select("sub:leading-partnership-working")
        capabilities.select("sub:influencing-people")
        screen.query_one(TabbedContent).active = "tab-statement"
        await pilot.pause()
        area = screen.query_one("#statement", CountingTextArea)
        area.focus()
        area.insert(statement[:-30])
        await pilot.pause()
        assert str(screen.query_one("#statement-count").render()) == "195 / 200 words"
        assert str(screen.query_one("#statement-state").render()) == "✎ 5 more to go"
        assert not screen.query_one("StatementPanel").has_class("-met")
        await pilot.press(*statement[-30:])
        await pilot.pause()
        assert str(screen.query_one("#statement-count").render()) == "205 / 200 words"
        assert str(screen.query_one("#statement-state").render()) == "✓ minimum reached"
        assert screen.query_one("StatementPanel").has_class("-met")
        await pilot.press("ctrl+q")
    entries = JournalStore(journal).listing().entries
    assert len(entries) == 1 and entries[0].words == 205

    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        line = str(again.screen.query_one("#things", OptionList).get_option("10").prompt)
        assert "● ready" in line and "205/200" in line
        again.open_thing(10)
        await pilot.pause()
        screen = again.screen
        assert screen.query_one("#step-watch-lisa", Checkbox).value is True
        assert screen.query_one("#prompt-lisa-collaborative", CountingTextArea).text == "She listens."
        assert screen.query_one("#prompt-logic-engage", CountingTextArea).text == "We met weekly."
        assert set(screen.query_one("#capabilities", SelectionList).selected) == {
            "sub:leading-partnership-working",
            "sub:influencing-people",
        }
        assert screen.query_one("#statement", CountingTextArea).text == statement


@pytest.mark.xdist_group("timing")  # the real autosave pause
async def test_typing_is_saved_after_a_pause_without_any_key(journal: Path) -> None:
    app = make_app(thing=3)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await pilot.press("ctrl+g")
        started = time.monotonic()
        await _type(pilot, "prompt-when-lead", "In team meetings.")
        if time.monotonic() - started < PAUSE:  # else a busy machine left a pause between two keys
            assert "not saved yet" in str(screen.query_one(SaveIndicator).render())
        # About a second after the keys stop; a busy machine may take longer, no key ever comes.
        assert await until(pilot, lambda: "✓ saved" in str(screen.query_one(SaveIndicator).render()), 10)
        (entry,) = JournalStore(journal).listing().entries
        assert load_as(JournalStore(journal), entry.id, Reflection).answers == {"when-lead": "In team meetings."}


async def test_opening_a_thing_and_leaving_creates_no_entry(journal: Path) -> None:
    app = make_app(thing=7)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(1.5)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ThingScreen)
    assert not journal.exists() or JournalStore(journal).listing().entries == []


async def test_leaving_the_screen_saves_at_once(journal: Path) -> None:
    app = make_app(thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await _type(pilot, "prompt-recognise-reward", "Thank-you cards")
        await pilot.press("escape")
        await pilot.pause()
        assert "◐ draft" in str(app.screen.query_one("#things", OptionList).get_option("1").prompt)
    (entry,) = JournalStore(journal).listing().entries
    assert load_as(JournalStore(journal), entry.id, Reflection).answers["recognise-reward"] == "Thank-you cards"


@pytest.mark.parametrize("leave", ["quit", "back"])
async def test_a_change_whose_message_is_still_on_its_way_is_saved_on_leaving(journal: Path, leave: str) -> None:
    """A field's change message climbs to the screen one queue at a time; Ctrl+Q (an app
    binding) or Escape right behind the last key can come first, and that key is saved too."""
    app = make_app(thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await _type(pilot, "prompt-recognise-reward", "Thank-you")
        await pilot.pause(PAUSE * 1.5)
        screen = app.screen
        assert isinstance(screen, ThingScreen)
        screen.query_one("#prompt-recognise-reward", CountingTextArea).insert(" cards")  # its Changed not yet handled
        if leave == "quit":
            await app.action_quit()
        else:
            screen.action_back()
    (entry,) = JournalStore(journal).listing().entries
    assert load_as(JournalStore(journal), entry.id, Reflection).answers["recognise-reward"] == "Thank-you cards"


@pytest.mark.usefixtures("quick_saves")
async def test_a_failed_save_keeps_the_text_and_says_why(journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from thingsjournal.journal import store as journal_module

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    app = make_app(thing=2)
    async with app.run_test(size=(120, 40)) as pilot:
        monkeypatch.setattr(journal_module, "atomic_write_in", full)
        await _type(pilot, "prompt-management-skills", "Rotas and budgets")
        screen = app.screen
        assert await until(pilot, lambda: "✗" in str(screen.query_one(SaveIndicator).render()))
        assert "✗ not saved: could not save entry" in str(screen.query_one(SaveIndicator).render())
        assert "No space left on device" in str(screen.query_one(SaveIndicator).render())
        assert screen.query_one("#prompt-management-skills", CountingTextArea).text == "Rotas and budgets"
        monkeypatch.undo()
        await pilot.press("ctrl+q")
    (entry,) = JournalStore(journal).listing().entries
    assert load_as(JournalStore(journal), entry.id, Reflection).answers["management-skills"] == "Rotas and budgets"


async def test_the_existing_entry_opens_with_its_text(journal: Path) -> None:
    saved(journal, reflection(4, "My feedback statement", answers={"strengths": "Calm"}))
    app = make_app(thing=4)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#statement", CountingTextArea).text == "My feedback statement"
        assert app.screen.query_one("#prompt-strengths", CountingTextArea).text == "Calm"
        assert "✓ saved" in str(app.screen.query_one(SaveIndicator).render())


async def test_suspending_saves_first(journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ThingScreen, "on_descendant_blur", lambda self, event: None)  # only the suspend saves
    app = make_app(thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await _type(pilot, "prompt-recognise-reward", "Before suspending")
        app.screen.query_one("#step-watch-dudley").focus()
        await pilot.press("ctrl+backslash")  # Ctrl+\: never Ctrl+Z, which undoes
        (entry,) = JournalStore(journal).listing().entries
        assert load_as(JournalStore(journal), entry.id, Reflection).answers["recognise-reward"] == "Before suspending"


async def test_typing_q_in_a_field_types_it(journal: Path) -> None:
    app = make_app(thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await _type(pilot, "prompt-recognise-reward", "quiet questions")
        assert app.is_running
        assert app.screen.query_one("#prompt-recognise-reward", CountingTextArea).text == "quiet questions"


@pytest.mark.parametrize("size, guide_at_start", [((80, 24), True), ((120, 40), True)])
async def test_ctrl_g_shows_and_hides_the_guide(journal: Path, size: tuple[int, int], guide_at_start: bool) -> None:
    from thingsjournal.tui.widgets.guide import GuidePanel

    app = make_app(thing=2)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        guide, writing = app.screen.query_one(GuidePanel), app.screen.query_one(TabbedContent)
        assert guide.display is guide_at_start and writing.display is (size[0] >= 110 or not guide_at_start)
        await pilot.press("ctrl+g")
        assert guide.display is False and writing.display is True
        assert isinstance(app.focused, CountingTextArea)
        await pilot.press("ctrl+g")
        assert guide.display is True


@pytest.mark.usefixtures("quick_saves")
async def test_an_entry_deleted_from_the_command_line_while_open_keeps_what_is_typed(journal: Path) -> None:
    from thingsjournal.cli.main import main

    (entry,) = saved(journal, reflection(1, "Before."))
    app = make_app(thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, ThingScreen)
        assert main(["delete", "--entry", entry.id]) == 0
        area = screen.query_one("#statement", CountingTextArea)
        area.focus()
        await pilot.pause()
        await pilot.press("end", *" After.")
        assert await until(pilot, lambda: screen.entry.id != entry.id)
        notes = [note for note in app._notifications if note.title == "Moved to the trash elsewhere"]
        assert notes and f"restore --entry {entry.id}" in notes[0].message
        await pilot.press(*" More.")
        await pilot.press("escape")
        await pilot.pause()
    assert main(["restore", "--entry", entry.id]) == 0
    store = JournalStore(journal)
    texts = {e.id: load_as(store, e.id, Reflection).statement for e in store.listing().entries}
    assert texts == {entry.id: "Before.", screen.entry.id: "Before. After. More."}


async def test_typing_without_a_pause_is_saved_every_longest_wait(
    journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys faster than any timer (30 ms apart here, for 5 s) must not put the save off for ever."""
    from thingsjournal.tui.screens import autosaving

    app = make_app(thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ThingScreen)
        clock = [1000.0]
        monkeypatch.setattr(autosaving.time, "monotonic", lambda: clock[0])
        saves: list[float] = []
        monkeypatch.setattr(screen, "save_soon", lambda: saves.append(clock[0]))
        for _ in range(int(5 / 0.03)):
            screen.mark_changed()
            clock[0] += 0.03
        assert len(saves) == 2 and saves[0] - 1000.0 <= autosaving.LONGEST_WAIT + 0.03
