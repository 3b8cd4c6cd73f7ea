"""An entry whose file changes on disk while it is open (a sync tool brought the text written
on another device): with nothing unsaved the screen opens it again and says so, keeping the text
it showed as a version; with unsaved text both are kept, the user's as a conflict copy."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from journal_helpers import load_as, reflection, saved
from pilot_waits import until
from textual.widgets import ContentSwitcher, TabbedContent

from thingsjournal.journal.entries import Reflection, to_toml
from thingsjournal.journal.store import JournalStore
from thingsjournal.tui.app import make_app
from thingsjournal.tui.screens.thing import ThingScreen
from thingsjournal.tui.widgets.counting_text_area import CountingTextArea

if TYPE_CHECKING:
    from pathlib import Path

    from textual.app import App


@pytest.fixture(autouse=True)
def _quick_polls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("thingsjournal.tui.screens.autosaving.DISK_POLL", 0.1)


def _arrived(journal: Path, entry_id: str, statement: str) -> None:
    """Another device's save, as the sync tool writes it over the file."""
    store = JournalStore(journal)
    entry = load_as(store, entry_id, Reflection)
    path = next(journal.glob(f"*{entry_id}.toml"))
    path.write_bytes(to_toml(entry.model_copy(update={"statement": statement})))


def _statement(pilot) -> CountingTextArea:
    return pilot.app.screen.query_one("#statement", CountingTextArea)


def _tab_of_focus(app: App[None]) -> list[str | None]:
    """The ids around the focused widget: its tab's among them."""
    assert app.screen.focused is not None
    return [node.id for node in app.screen.focused.ancestors]


async def test_an_entry_changed_on_disk_with_nothing_unsaved_opens_again(journal: Path) -> None:
    entry = saved(journal, reflection(1, "Written at work."))[0]
    app = make_app(thing=1)
    async with app.run_test(size=(80, 24)) as pilot:
        assert await until(pilot, lambda: isinstance(app.screen, ThingScreen) and app.screen.focused is not None)
        assert _statement(pilot).text == "Written at work."
        _arrived(journal, entry.id, "Written at home.")
        assert await until(  # the entry's screen opens again, and is composed a moment later
            pilot,
            lambda: (
                isinstance(app.screen, ThingScreen)
                and bool(app.screen.query("#statement"))
                and _statement(pilot).text == "Written at home."
            ),
        )
        assert await until(pilot, lambda: any(notice.title == "Opened again" for notice in app._notifications))
    versions = list(JournalStore(journal).versions_folder(entry.id).glob("*.toml"))
    assert any(b"Written at work." in version.read_bytes() for version in versions)
    assert load_as(JournalStore(journal), entry.id, Reflection).statement == "Written at home."


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_an_entry_opened_again_shows_the_tab_it_showed(journal: Path, size: tuple[int, int]) -> None:
    entry = saved(journal, reflection(1, "Written at work."))[0]
    app = make_app(thing=1)
    async with app.run_test(size=size) as pilot:
        assert await until(pilot, lambda: isinstance(app.screen, ThingScreen) and app.screen.focused is not None)
        await pilot.press("ctrl+pagedown")  # to the statement
        assert await until(pilot, lambda: app.screen.query_one(TabbedContent).active == "tab-statement")
        first = app.screen
        _arrived(journal, entry.id, "Written at home.")
        shown: set[str | None] = set()  # the tabs the new screen showed on the way (None: none yet)

        def opened_at_the_statement() -> bool:
            if app.screen is first or not app.screen.query(ContentSwitcher):
                return False
            shown.add(app.screen.query_one(ContentSwitcher).current)
            return (
                bool(app.screen.query("#statement"))
                and _statement(pilot).text == "Written at home."
                and app.screen.focused is not None
            )

        assert await until(pilot, opened_at_the_statement)
        assert shown - {None} == {"tab-statement"}  # from its first frame, not Prompts and then the statement
        assert app.screen.query_one(TabbedContent).active == "tab-statement"
        assert "tab-statement" in _tab_of_focus(app)


async def test_an_entry_changed_on_disk_with_unsaved_text_keeps_both(journal: Path) -> None:
    entry = saved(journal, reflection(1, "Written at work."))[0]
    app = make_app(thing=1)
    async with app.run_test(size=(80, 24)) as pilot:
        assert await until(pilot, lambda: isinstance(app.screen, ThingScreen) and app.screen.focused is not None)
        screen = app.screen
        _statement(pilot).focus()
        await pilot.press("end", *" More")
        _arrived(journal, entry.id, "Written at home.")
        await pilot.pause(0.3)
        assert app.screen is screen and _statement(pilot).text == "Written at work. More"  # not reloaded
        await pilot.press("ctrl+q")
    store = JournalStore(journal)
    texts = {load_as(store, summary.id, Reflection).statement for summary in store.listing().entries}
    assert texts == {"Written at home.", "Written at work. More"}


def test_only_other_bytes_count_as_a_change_elsewhere(journal: Path) -> None:
    import os

    entry = saved(journal, reflection(1, "Written at work."))[0]
    store = JournalStore(journal)
    load_as(store, entry.id, Reflection)
    path = next(journal.glob("*.toml"))
    assert not store.changed_elsewhere(entry.id)
    os.utime(path, ns=(1, 1))  # touched by a sync tool, the same bytes
    assert not store.changed_elsewhere(entry.id)
    _arrived(journal, entry.id, "Written at home.")
    assert store.changed_elsewhere(entry.id)
    assert not JournalStore(journal).changed_elsewhere(entry.id)  # a store that never read it


async def test_a_rating_opened_again_shows_its_chart(journal: Path) -> None:
    """A screen whose first field is on its first tab (the rating's date) still opens again at
    the tab it showed, not at the one its focus starts in."""
    from datetime import date

    from thingsjournal.journal.entries import CapabilityRating
    from thingsjournal.tui.screens.ratings import RatingScreen

    rating = saved(journal, CapabilityRating(learning_date=date(2026, 11, 1), ratings={"vision": 4}, notes="Before."))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_entry(rating[0].id)
        assert await until(pilot, lambda: isinstance(app.screen, RatingScreen) and app.screen.focused is not None)
        await pilot.press("ctrl+pagedown")  # to the chart
        assert await until(pilot, lambda: app.screen.query_one(TabbedContent).active == "tab-chart")
        first = app.screen
        path = next(journal.glob(f"*{rating[0].id}.toml"))
        path.write_bytes(path.read_bytes().replace(b"Before.", b"Later.."))
        assert await until(
            pilot,
            lambda: app.screen is not first and isinstance(app.screen, RatingScreen) and app.screen.focused is not None,
        )
        await pilot.pause(0.3)
        assert app.screen.query_one(TabbedContent).active == "tab-chart"
        assert "tab-chart" in _tab_of_focus(app)  # not left in the date
        assert app.screen.query_one("#notes", CountingTextArea).text == "Later.."


@pytest.mark.parametrize(
    ("kind", "tab"),
    [("reflection", "tab-logic"), ("assessment", "tab-plan"), ("rating", "tab-chart")],
)
async def test_an_entry_opened_at_a_tab_shows_it_from_the_first_frame(journal: Path, kind: str, tab: str) -> None:
    """`open_entry(id, tab)`: the screen is made at that tab, with the focus in it, never first
    shown at its first tab (the focus a screen starts with is on its first tab)."""
    from datetime import date

    from thingsjournal.journal.entries import CapabilityRating, SelfAssessment

    made: dict[str, Reflection | SelfAssessment | CapabilityRating] = {
        "reflection": reflection(1, "Written at work."),
        "assessment": SelfAssessment(framework="derbyshire-leadership", level="front-line-worker"),
        "rating": CapabilityRating(learning_date=date(2026, 11, 1), ratings={"vision": 4}),
    }
    [entry] = saved(journal, made[kind])
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home = app.screen
        app.open_entry(entry.id, tab)
        shown: set[str | None] = set()

        def opened() -> bool:
            if app.screen is home or not app.screen.query(ContentSwitcher):
                return False
            shown.add(app.screen.query_one(ContentSwitcher).current)
            return app.screen.focused is not None

        assert await until(pilot, opened)
        await pilot.pause(0.2)
        shown.add(app.screen.query_one(ContentSwitcher).current)
        assert shown - {None} == {tab}
        assert tab in _tab_of_focus(app)
