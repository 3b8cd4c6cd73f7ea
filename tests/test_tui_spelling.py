"""Spelling in the app: the Thing's Spelling tab and the learning record list the words the
dictionary does not know, once it has loaded on a worker; Enter goes to the word, `a` adds it to
"my words" (kept in settings), and the dictionary's suggestions show for the word chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from journal_helpers import reflection, saved
from pilot_waits import until
from textual.widgets import TabbedContent

from thingsjournal.journal.entries import LearningRecord
from thingsjournal.settings import load_settings
from thingsjournal.tui.app import make_app
from thingsjournal.tui.widgets.counting_text_area import CountingTextArea
from thingsjournal.tui.widgets.spelling_panel import MisspellingsList

if TYPE_CHECKING:
    from pathlib import Path


def _label(app: Any, tab: str) -> str:
    return str(app.screen.query_one(TabbedContent).get_tab(tab).label)


async def test_the_spelling_tab_lists_finds_suggests_and_learns_a_word(journal: Path, isolated_dirs: Path) -> None:
    saved(journal, reflection(1, "Our team met.\nWe recieve cards for good behavior."))
    app = make_app(thing=1)
    async with app.run_test(size=(80, 24)) as pilot:
        assert await until(pilot, lambda: _label(app, "tab-spelling") == "Spelling (2)", 10)
        app.screen.query_one(TabbedContent).active = "tab-spelling"
        listed = app.screen.query_one(MisspellingsList)
        listed.focus()
        assert [miss.text for miss in listed.misspellings] == ["recieve", "behavior"]
        suggestions = app.screen.query_one("#spelling-suggestions")
        assert await until(pilot, lambda: "receive" in str(suggestions.render()), 5)
        await pilot.press("down")
        assert await until(pilot, lambda: "behaviour" in str(suggestions.render()), 5)
        await pilot.press("a")
        assert await until(pilot, lambda: _label(app, "tab-spelling") == "Spelling (1)")
        await pilot.press("enter")
        await pilot.pause()
        statement = app.screen.query_one("#statement", CountingTextArea)
        assert app.screen.focused is statement and statement.selected_text == "recieve"
    assert load_settings(isolated_dirs / ".config" / "thingsjournal" / "settings.toml")[0].my_words == ["behavior"]


async def test_a_learning_record_lists_its_misspellings(journal: Path) -> None:
    [record] = saved(journal, LearningRecord(title="First aid", learned="How to recieve a call."))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_entry(record.id)
        assert await until(pilot, lambda: bool(app.screen.query(MisspellingsList)), 5)
        listed = app.screen.query_one(MisspellingsList)
        assert await until(pilot, lambda: [miss.text for miss in listed.misspellings] == ["recieve"], 10)
        assert listed.misspellings[0].field == "learned"
