"""Switching programme is one key (or a palette command) away, and Collaborative Impact
Leadership works as the 23 Things do: Home, a task, the journal, export and the privacy check."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from pilot_waits import export_state, until
from textual.widgets import OptionList, Static, TextArea

from thingsjournal.cli.main import main
from thingsjournal.journal.store import JournalStore
from thingsjournal.settings import load_settings
from thingsjournal.tui.app import make_app
from thingsjournal.tui.dialogs.programmes import ProgrammeScreen
from thingsjournal.tui.screens.export import ExportScreen
from thingsjournal.tui.screens.home import HomeScreen
from thingsjournal.tui.screens.thing import ThingScreen

if TYPE_CHECKING:
    from pathlib import Path

CIL = "collaborative-impact-leadership"


@pytest.mark.usefixtures("quick_saves")
async def test_switch_programme_work_through_a_task_and_export_it(tmp_path: Path, capsys) -> None:
    journal = tmp_path / "journal"
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ProgrammeScreen)
        listed = app.screen.query_one(OptionList)
        listed.highlighted = listed.get_option_index(CIL)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert str(app.screen.query_one("#programme-title", Static).render()) == "Collaborative Impact Leadership"
        assert app.screen.query_one("#things", OptionList).option_count == 2
        await pilot.press("enter")  # Theory
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ThingScreen) and screen.thing.title == "Theory"
        answer = screen.query_one("#prompt-collaborating-for-impact", TextArea)
        answer.focus()
        answer.insert("With the data team, and with Sarah McLeod at the council.")
        assert await until(pilot, lambda: [finding.text for finding in screen.findings] == ["Sarah McLeod"])
        await pilot.press("f3")
        await until(pilot, lambda: export_state(app).startswith("!"))
        assert isinstance(app.screen, ExportScreen)
        preview = app.screen.query_one("#preview", TextArea).text
        assert preview.startswith("# Thing 1: Theory") and "With the data team" in preview
        assert "Programme: Collaborative Impact Leadership" in preview
    assert load_settings(app.session.locations.settings)[0].default_programme == CIL
    [entry] = JournalStore(journal).listing().entries
    assert (entry.programme, entry.thing) == (CIL, 1)
    # The command line follows the new default programme, and the journal keeps both.
    assert main(["--journal", str(journal), "export", "1", "--privacy", "off"]) == 0
    assert capsys.readouterr().out.startswith("# Thing 1: Theory")


async def test_the_palette_switches_programme(tmp_path: Path) -> None:
    app = make_app(journal_dir=tmp_path / "journal")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p", *"switch programme")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.programme.id == CIL
        assert str(app.screen.query_one("#programme-title", Static).render()) == "Collaborative Impact Leadership"
        [notice] = [notice.message for notice in app._notifications]
        assert "opens next time too" in notice and "Settings (F2)" in notice  # the default changed: said so
