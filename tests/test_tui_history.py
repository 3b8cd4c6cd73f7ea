"""History in the app (issue 27): F8 in a Thing lists the entry's versions, shows the deleted
paragraph marked as taken out, and Enter then Yes brings it back into the statement, with the
text it replaced kept as the newest version; the palette offers History too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal_helpers import load_as, reflection
from pilot_waits import until
from textual.widgets import Static, TextArea

from thingsjournal.journal.entries import Reflection
from thingsjournal.journal.history import history
from thingsjournal.journal.store import JournalStore
from thingsjournal.tui.app import make_app
from thingsjournal.tui.commands import screen_commands
from thingsjournal.tui.screens.history import HistoryScreen
from thingsjournal.tui.screens.thing import ThingScreen

if TYPE_CHECKING:
    from pathlib import Path

STORY = "The second paragraph holds the story I must not lose."


async def test_a_deleted_paragraph_comes_back_from_history(journal: Path) -> None:
    store = JournalStore(journal)
    entry = store.save(reflection(thing=5, statement=f"First paragraph.\n\n{STORY}")).entry
    store.save(entry.model_copy(update={"statement": "First paragraph."}))
    app = make_app(journal_dir=journal, thing=5)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert [name for name, _, _ in screen_commands(app.screen)] == ["History of this entry"]
        await pilot.press("f8")
        assert await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        diff = app.screen.query_one("#history-diff", Static)
        assert await until(pilot, lambda: f"[-{STORY}-]" in str(diff.render()))
        await pilot.press("enter")
        await pilot.press("y")
        assert await until(pilot, lambda: isinstance(app.screen, ThingScreen))
        statement = app.screen.query_one("#statement", TextArea)
        assert await until(pilot, lambda: STORY in statement.text)
    assert load_as(JournalStore(journal), entry.id, Reflection).statement == f"First paragraph.\n\n{STORY}"
    assert [past.words for past in history(JournalStore(journal), entry.id)][:2] == [2, 12]
