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
