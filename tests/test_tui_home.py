"""Home opens with every Thing listed, from the keyboard and the mouse, at 80x24 and larger."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from thingsjournal.tui.app import make_app


async def test_home_lists_every_thing_and_quits_with_q() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one("#things", DataTable)
        assert table.row_count == 23
        assert app.focused is table
        assert str(table.get_row_at(0)[3]) == "Why is everyday leadership important?"
        assert str(table.get_row_at(20)[2]) == "0/400"
        await pilot.press("q")
    assert app.return_code == 0


async def test_open_thing_starts_in_its_workspace_with_home_beneath() -> None:
    from thingsjournal.tui.screens.thing import ThingScreen

    app = make_app(thing=5)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, ThingScreen) and app.screen.thing.number == 5
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#things", DataTable).cursor_row == 4


async def test_arrow_keys_and_clicks_move_between_things() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one("#things", DataTable)
        await pilot.press("down", "down")
        assert table.cursor_row == 2
        await pilot.click(DataTable, offset=(10, 5))  # the header is line 0, so line 5 is the fifth Thing
        assert table.cursor_row == 4


async def test_user_text_in_titles_is_not_markup(tmp_path: Path) -> None:
    from packs import THING, write_pack

    pack = write_pack(tmp_path / "pack", {"thing-01.toml": THING.format(number=1).replace("Welcome 1", "[b]Bold[/b] [/ oops")})
    app = make_app(content_dirs=(pack,), programme="org-induction")
    async with app.run_test(size=(80, 24)):
        assert str(app.screen.query_one("#things", DataTable).get_row_at(0)[3]) == "[b]Bold[/b] [/ oops"


async def test_filters_by_status_and_capability(tmp_path: Path) -> None:
    from textual.widgets import Select

    from journal_helpers import reflection, saved

    journal = tmp_path / "journal"
    saved(journal, reflection(2, "word " * 200), reflection(3, "some words", capabilities=("vision",)))
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(120, 40)) as pilot:
        table = app.screen.query_one("#things", DataTable)
        app.screen.query_one("#status-filter", Select).value = "ready"
        await pilot.pause()
        assert [str(table.get_row_at(i)[0]) for i in range(table.row_count)] == ["2"]
        app.screen.query_one("#status-filter", Select).clear()
        app.screen.query_one("#capability-filter", Select).value = "vision"
        await pilot.pause()
        numbers = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert "3" in numbers and "5" in numbers and "1" not in numbers  # 5 is about vision; 3 is tagged
        assert "1 ready · 1 draft" in str(app.screen.query_one("#progress-text").render())


async def test_a_click_opens_a_thing() -> None:
    from thingsjournal.tui.screens.thing import ThingScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#things", offset=(10, 3))
        await pilot.pause()
        assert isinstance(app.screen, ThingScreen) and app.screen.thing.number == 3


async def test_keys_alone_reach_the_filters_and_back() -> None:
    from textual.widgets import Select

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        assert isinstance(app.focused, Select) and app.focused.id == "status-filter"
        await pilot.press("c")
        assert app.focused.id == "capability-filter"
