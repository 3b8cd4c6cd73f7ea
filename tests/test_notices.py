"""What waits for the user: Home's one notice line at 80x24, every notice on request (a key or a
click) with a way to each, and `thingsjournal notices` saying the same."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from journal_helpers import reflection, saved
from textual.widgets import OptionList, Static

from thingsjournal.cli.main import main
from thingsjournal.journal import emergency
from thingsjournal.journal.entries import LearningRecord
from thingsjournal.tui.app import make_app
from thingsjournal.tui.dialogs.emergency import EmergencyCopyScreen
from thingsjournal.tui.dialogs.notices import NoticesScreen
from thingsjournal.tui.screens.home import HomeScreen
from thingsjournal.tui.screens.learning import LearningScreen

if TYPE_CHECKING:
    from pathlib import Path


def _waiting(journal: Path) -> str:
    """A journal with one of each notice today's app gives: a text kept after a failed save, a
    conflict copy, and a file that does not load. The conflict copy's id."""
    [entry] = saved(journal, reflection(3, "Words about my style."))
    [copy] = saved(journal, LearningRecord(title="Supervision notes", conflict_of=entry.id))
    (journal / "2026-01-01-broken.toml").write_text("x = [", encoding="utf-8")
    emergency.keep(reflection(5, "Typed when the disk was full."))
    return copy.id


def test_the_command_line_lists_every_notice_with_what_to_do(tmp_path: Path, capsys) -> None:
    journal = tmp_path / "journal"
    assert main(["--journal", str(journal), "notices"]) == 0
    assert capsys.readouterr().out == "Nothing waits for you.\n"
    copy = _waiting(journal)
    assert main(["--journal", str(journal), "notices"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "1 text that could not be saved when the app last stopped. "
        "Choose this to put each back in the journal, or to discard it.",
        "A conflict copy of 'Supervision notes' waits: it was changed in two places at once. "
        "Open the copy, keep what you need in the entry, then delete the copy.",
        "1 journal file could not be read (2026-01-01-broken.toml) and was left untouched. "
        "Run 'thingsjournal check' to see what is wrong and where.",
    ]
    assert main(["--journal", str(journal), "notices", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [(notice["kind"], notice["entry"]) for notice in found] == [
        ("emergency", None),
        ("conflict", copy),
        ("files", None),
    ]


async def test_home_has_one_notice_line_and_no_line_when_nothing_waits(tmp_path: Path) -> None:
    app = make_app(journal_dir=tmp_path / "empty")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one("#notice-line").display
        rows_without = app.screen.query_one("#things").size.height
    journal = tmp_path / "journal"
    _waiting(journal)
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home = app.screen_stack[0]  # beneath the offer of the text kept
        line = home.query_one("#notice-line")
        assert line.display and line.size.height == 1
        assert str(home.query_one("#notice-text", Static).render()).startswith("⚑ 1 text that could not be")
        assert str(home.query_one("#notice-key", Static).render()).strip() == "! see all 3"
        assert home.query_one("#things").size.height == rows_without - 1  # one line, however many


async def test_every_notice_is_shown_on_request_and_choosing_one_goes_to_it(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    copy = _waiting(journal)
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        while not isinstance(app.screen, HomeScreen):  # the text kept is offered back first
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert isinstance(app.screen, NoticesScreen)
        shown = [str(option.prompt) for option in app.screen.query_one(OptionList).options]
        assert len(shown) == 3 and "Supervision notes" in shown[1] and "thingsjournal check" in shown[2]
        await pilot.press("down", "enter")  # the conflict copy
        await pilot.pause()
        assert isinstance(app.screen, LearningScreen) and app.screen.entry.id == copy
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#notice-line")  # the mouse too
        await pilot.pause()
        assert isinstance(app.screen, NoticesScreen)
        await pilot.press("enter")  # the text kept: offered back again
        await pilot.pause()
        assert isinstance(app.screen, EmergencyCopyScreen)
        await pilot.press("escape")  # decide later
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
