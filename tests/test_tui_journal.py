"""The journal screen and the learning-log form, driven as a user would: add a record, find it,
edit it, delete it, restore it; bad dates and numbers refused at the field with nothing lost."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from journal_helpers import load_as, reflection, saved
from pilot_waits import until
from textual.widgets import Input, Select, SelectionList

from thingsjournal.journal.entries import LearningRecord
from thingsjournal.journal.store import JournalStore
from thingsjournal.tui.app import make_app
from thingsjournal.tui.screens.home import HomeScreen
from thingsjournal.tui.screens.journal import JournalScreen, entry_line
from thingsjournal.tui.screens.learning import LearningScreen
from thingsjournal.tui.screens.thing import ThingScreen

if TYPE_CHECKING:
    from pathlib import Path


def _titles(app) -> list[str]:
    return [app.screen.session.view.title_of(entry) for entry in app.screen.shown]


async def _type(pilot, selector: str, text: str, replacing: bool = False) -> None:
    """Type into a field; `replacing` what it holds (a new record's date starts as today)."""
    widget = pilot.app.screen.query_one(selector)
    widget.focus()
    await pilot.pause()
    if replacing:
        await pilot.press("ctrl+a")
    await pilot.press(*text) if len(text) < 40 else widget.insert(text)
    await pilot.pause()


async def _texts_loaded(pilot) -> None:
    assert await until(pilot, lambda: pilot.app.screen.texts is not None, 2.0), "the search texts never loaded"


async def test_add_find_edit_delete_and_restore_a_learning_record(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(1, "About everyday leadership in the playroom."))
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        # Add, from Home.
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, LearningScreen)
        await pilot.press(*"Forest school course")
        await _type(pilot, "#learned", "How risky play builds confidence outdoors.")
        await _type(pilot, "#learning_date", "23/11/2026", replacing=True)
        await _type(pilot, "#minutes", "1h 30m")
        elements = app.screen.query_one("#elements", SelectionList)
        elements.focus()
        await pilot.press("space")  # the first element
        first_element = str(elements.get_option_at_index(0).value)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        store = JournalStore(journal)
        [record] = [e for e in store.listing().entries if e.kind == "learning"]
        entry = load_as(store, record.id, LearningRecord)
        assert (entry.title, entry.learned, entry.minutes, str(entry.learning_date)) == (
            "Forest school course",
            "How risky play builds confidence outdoors.",
            90,
            "2026-11-23",
        )
        assert entry.elements == (first_element,)

        # Find it by a word of its text, then by its core learning element.
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        await _texts_loaded(pilot)
        await _type(pilot, "#search", "CONFIDENCE")
        assert _titles(app) == ["Forest school course"]
        app.screen.query_one("#search", Input).value = ""
        app.screen.query_one("#element-filter", Select).value = first_element
        await pilot.pause()
        assert _titles(app) == ["Forest school course"]

        # Edit it.
        app.screen.query_one("#entries").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LearningScreen)
        await _type(pilot, "#practice", "More time outside.")
        await pilot.press("escape")
        await pilot.pause()
        assert load_as(store, record.id, LearningRecord).practice == "More time outside."

        # Delete it (after saying yes), then restore it from the trash.
        assert isinstance(app.screen, JournalScreen)
        app.screen.query_one("#entries").focus()
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("n")  # no: nothing moves
        await pilot.pause()
        assert record.id in {e.id for e in store.listing().entries}
        await pilot.press("d", "y")
        await pilot.pause()
        assert record.id not in {e.id for e in store.listing().entries}
        assert [e.id for e in store.trash().entries] == [record.id]
        assert _titles(app) == []
        await pilot.press("t")
        await pilot.pause()
        assert _titles(app) == ["Forest school course"]
        await pilot.press("enter")  # in the trash, Enter restores
        await pilot.pause()
        assert record.id in {e.id for e in store.listing().entries}
        assert store.trash().entries == []
        assert load_as(store, record.id, LearningRecord).practice == "More time outside."


async def test_bad_dates_and_numbers_are_refused_at_the_field_and_nothing_is_lost(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        app.new_learning_record()
        await pilot.pause()
        await pilot.press(*"Makaton")
        await _type(pilot, "#learning_date", "31/02/2026", replacing=True)
        await _type(pilot, "#minutes", "ninety")
        screen = app.screen
        assert "✗" in str(screen.query_one("#learning_date-problem").render())
        assert "✗" in str(screen.query_one("#minutes-problem").render())
        assert screen.query_one("#learning_date", Input).value == "31/02/2026"  # what was typed stays
        await pilot.press("escape")
        await pilot.pause()
        [record] = JournalStore(journal).listing().entries
        entry = load_as(JournalStore(journal), record.id, LearningRecord)
        # The date kept is the last good one (today's, which the new record started with).
        assert entry.title == "Makaton" and entry.learning_date == date.today() and entry.minutes is None

        # The journal's date filters say what is wrong and keep the list as it was.
        await pilot.press("j")
        await pilot.pause()
        await _type(pilot, "#since", "last week")
        note = str(app.screen.query_one("#journal-note").render())
        assert "From date 'last week'" in note and "23/11/2026" in note
        assert _titles(app) == ["Makaton"]


async def test_filters_by_thing_status_and_date(tmp_path: Path) -> None:
    from datetime import date

    journal = tmp_path / "journal"
    saved(
        journal,
        reflection(1, "word " * 250, learning_date=date(2026, 9, 1)),
        reflection(2, "short", learning_date=date(2026, 10, 1), capabilities=("vision",)),
        LearningRecord(title="Reading", learning_date=date(2026, 11, 1)),
    )
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(120, 40)) as pilot:
        app.action_journal()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, JournalScreen)
        assert _titles(app)[0] == "Reading"  # newest first
        screen.query_one("#thing-filter", Select).value = 2
        await pilot.pause()
        assert [e.thing for e in screen.shown] == [2]
        screen.query_one("#thing-filter", Select).value = "learning"
        await pilot.pause()
        assert _titles(app) == ["Reading"]
        screen.query_one("#thing-filter", Select).clear()
        screen.query_one("#status-filter", Select).value = "ready"
        await pilot.pause()
        assert [e.thing for e in screen.shown] == [1]
        screen.query_one("#status-filter", Select).clear()
        screen.query_one("#capability-filter", Select).value = "vision"
        await pilot.pause()
        assert [e.thing for e in screen.shown] == [2]
        screen.query_one("#capability-filter", Select).clear()
        await _type(pilot, "#since", "15/09/2026")
        await _type(pilot, "#until", "2026-10-31")
        assert [e.thing for e in screen.shown] == [2]


async def test_a_thing_title_finds_its_reflections_and_opening_one_edits_that_entry(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    older, newer = saved(journal, reflection(3, "An early draft."), reflection(3, "A second try.", status="complete"))
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_journal()
        await pilot.pause()
        await _texts_loaded(pilot)
        screen = app.screen
        assert isinstance(screen, JournalScreen)
        await _type(pilot, "#search", "what's my")  # Thing 3's title, with a curly apostrophe
        assert {e.id for e in screen.shown} == {older.id, newer.id}
        await _type(pilot, "#search", " early")
        assert [e.id for e in screen.shown] == [older.id]
        app.screen.query_one("#entries").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ThingScreen) and app.screen.entry.id == older.id


async def test_the_list_is_fitted_to_80_columns_and_a_click_opens_an_entry(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    saved(journal, LearningRecord(title="A very long title " * 10, learned="x"))
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_journal()
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        entries = app.screen.query_one("#entries")
        assert len(entry_line(app.session, app.screen.shown[0], entries.size.width)) <= 80
        await pilot.click("#entries", offset=(5, 0))
        await pilot.pause()
        assert isinstance(app.screen, LearningScreen)


async def test_a_key_pressed_on_arriving_in_a_field_adds_to_it_and_replaces_nothing(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    [record] = saved(journal, LearningRecord(title="Makaton", activity="Course", minutes=30))
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_entry(record.id)
        await pilot.pause()
        await pilot.press("s", "tab", "s", "tab", "tab", "home", "1")
        await pilot.press("escape")
        await pilot.pause()
    entry = load_as(JournalStore(journal), record.id, LearningRecord)
    assert (entry.title, entry.activity, entry.minutes) == ("Makatons", "Courses", 130)


async def test_a_new_record_left_empty_leaves_no_entry(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, LearningScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert JournalStore(journal).listing().entries == []


async def test_enter_or_down_in_the_search_goes_to_the_results_which_show_the_words_found(tmp_path: Path) -> None:
    from thingsjournal.tui.screens.journal import EntriesList

    journal = tmp_path / "journal"
    saved(journal, LearningRecord(title="Makaton", learned="We signed the song about the garden with every child."))
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        assert await until(pilot, lambda: isinstance(app.screen, JournalScreen) and app.screen.texts is not None)
        for key in ("enter", "down"):
            await _type(pilot, "#search", "garden")
            await pilot.press(key)
            await pilot.pause()
            listed = app.screen.query_one("#entries", EntriesList)
            assert app.focused is listed, key
            row = listed.render_line(0).text
            assert "Makaton · …" in row and "the garden with" in row, row
