"""The command palette reaches every part of the app by name; themes include a high-contrast
one; NO_COLOR is respected; and the long journal list moves by keyboard."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from journal_helpers import saved
from pilot_waits import until
from pty_helpers import app_in_pty, read_until
from textual.command import CommandPalette

from thingsjournal.journal.entries import LearningRecord
from thingsjournal.tui.app import make_app
from thingsjournal.tui.screens.journal import EntriesList, JournalScreen
from thingsjournal.tui.screens.learning import LearningScreen
from thingsjournal.tui.screens.settings import SettingsScreen
from thingsjournal.tui.screens.thing import ThingScreen

if TYPE_CHECKING:
    from pathlib import Path


async def _run_command(pilot, words: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*words)
    await pilot.pause(0.5)  # the palette searches its commands in the background
    await pilot.press("enter")
    await pilot.pause()


@pytest.mark.parametrize(
    ("words", "screen"),
    [
        ("open thing 10", ThingScreen),
        ("journal", JournalScreen),
        ("new learning record", LearningScreen),
        ("settings", SettingsScreen),
    ],
)
async def test_the_palette_opens_each_part_of_the_app(words: str, screen: type) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _run_command(pilot, words)
        # A Thing opens once its notice is drawn, and is ready once it has focused a field.
        assert await until(pilot, lambda: isinstance(app.screen, screen) and app.screen.focused is not None)
        if isinstance(app.screen, ThingScreen):
            assert app.screen.thing.number == 10


async def test_the_palette_backs_up_the_journal_into_documents(tmp_path: Path, isolated_dirs: Path) -> None:
    journal = tmp_path / "journal"
    saved(journal, LearningRecord(title="Kept"))
    documents = isolated_dirs / "Documents"
    documents.mkdir()
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await _run_command(pilot, "back up")
        await until(pilot, lambda: bool(list(documents.glob("thingsjournal-backup-*.zip"))), 2.5)
    [backup] = documents.glob("thingsjournal-backup-*.zip")
    assert backup.stat().st_mode & 0o777 == 0o600


async def test_a_theme_set_anywhere_is_remembered_after_a_restart() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert "high-contrast" in app.available_themes
        app.theme = "high-contrast"
        await pilot.pause()
    app = make_app()
    async with app.run_test(size=(80, 24)):
        assert app.theme == "high-contrast"


def test_no_color_draws_in_greys_alone(tmp_path: Path) -> None:
    """The real app in a terminal, with NO_COLOR set: every colour it sends is a grey."""
    with app_in_pty(["--journal", str(tmp_path / "journal")], {"NO_COLOR": "1"}) as app:
        drawn = read_until(app.master, b"Start with Things")
        drawn = read_until(app.master, b"palette", seen=drawn)  # the footer: the whole first screen is drawn
    colours = {int(number) for number in re.findall(rb"[34]8;5;(\d+)", drawn)}  # an xterm-256color terminal
    assert colours and all(_is_grey(colour) for colour in colours), sorted(colours)
    assert not re.search(rb"[34]8;2;", drawn)


def _is_grey(colour: int) -> bool:
    """Whether an xterm-256 colour number is black, white or a grey."""
    if colour >= 232 or colour in (0, 7, 8, 15):
        return True
    red, green, blue = (colour - 16) // 36, (colour - 16) // 6 % 6, (colour - 16) % 6
    return 16 <= colour <= 231 and red == green == blue


async def test_the_journal_list_moves_by_keyboard_through_many_entries(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    saved(journal, *(LearningRecord(title=f"Record {number:03}") for number in range(120)))
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_journal()
        await pilot.pause()
        entries = app.screen.query_one("#entries", EntriesList)
        await pilot.press("end")
        assert entries.cursor == 119 and entries.scroll_offset.y > 0
        await pilot.press("home", "down", "down", "pagedown")
        assert entries.cursor == 2 + entries.size.height - 1
        await pilot.press("up", "enter")
        await pilot.pause()
        journal_screen = app.screen_stack[-2]
        assert isinstance(app.screen, LearningScreen) and isinstance(journal_screen, JournalScreen)
        assert app.screen.entry.id == journal_screen.shown[entries.size.height].id


async def test_thing_titles_in_the_palette_are_plain_text(tmp_path: Path) -> None:
    from packs import THING, write_pack
    from textual.command import CommandList

    pack = write_pack(
        tmp_path / "pack", {"thing-01.toml": THING.format(number=1).replace("Welcome 1", "[b]Bold[/b] [/ oops")}
    )
    app = make_app(content_dirs=(pack,), programme="org-induction")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p", *"bold")
        await pilot.pause(0.5)
        shown = app.screen.query_one(CommandList)
        prompts = [str(shown.get_option_at_index(i).prompt) for i in range(shown.option_count)]
        assert any("Open Thing 1: [b]Bold[/b] [/ oops" in prompt for prompt in prompts), prompts
        await pilot.press("enter")
        assert await until(pilot, lambda: isinstance(app.screen, ThingScreen) and app.screen.focused is not None)
        assert isinstance(app.screen, ThingScreen) and app.screen.thing.number == 1


async def test_the_palette_offers_no_screenshot_which_would_leave_text_readable_by_others() -> None:
    from textual.command import CommandList

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p", *"screensh")
        await pilot.pause(0.5)
        shown = app.screen.query_one(CommandList)
        assert not any("Screenshot" in str(shown.get_option_at_index(i).prompt) for i in range(shown.option_count))
        for generic in ("Keys", "Maximize"):  # Textual's words for what Help (F1) and our screens do
            await pilot.press("ctrl+u", *generic.lower())
            await pilot.pause(0.5)
            prompts = [str(shown.get_option_at_index(i).prompt) for i in range(shown.option_count)]
            assert not any(prompt.startswith(generic) for prompt in prompts), prompts
        await pilot.press("ctrl+u", *"theme")
        await pilot.pause(0.5)
        assert any("Theme" in str(shown.get_option_at_index(i).prompt) for i in range(shown.option_count))
