"""Every screen and dialog, over a pack and a journal full of Rich markup and control sequences:
each shows them literally (control characters as their stand-ins), runs nothing, and puts no
control character in what it draws. Editing fields show stand-ins but keep what was written."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from hostile import (
    BAD_FILE,
    HOSTILE,
    MARKUP,
    PROGRAMME,
    SHOWN_CLIPBOARD,
    SHOWN_TITLE,
    screen_text,
    write_hostile_journal,
    write_hostile_pack,
)
from hostile import (
    TITLE as TITLE_SEQUENCE,
)
from journal_helpers import load_as
from pilot_waits import until
from textual.widgets import Select, TabbedContent

from thingsjournal.journal.entries import Reflection
from thingsjournal.journal.store import JournalStore
from thingsjournal.settings import update_settings
from thingsjournal.text.control_chars import CONTROL, shown
from thingsjournal.tui.app import make_app
from thingsjournal.tui.dialogs.confirm import ConfirmScreen
from thingsjournal.tui.screens.journal import JournalScreen
from thingsjournal.tui.screens.learning import LearningScreen
from thingsjournal.tui.screens.thing import ThingScreen
from thingsjournal.tui.widgets.counting_text_area import CountingTextArea
from thingsjournal.tui.widgets.formatted_preview import FormattedPreview

if TYPE_CHECKING:
    from pathlib import Path

    from textual.app import App


def _safe(app: App[Any], *expected: str) -> str:
    text = screen_text(app)
    found = CONTROL.search(text)
    assert found is None, f"{type(app.screen).__name__} draws {found.group()!r}"
    for piece in expected:
        assert piece in text, f"{type(app.screen).__name__} does not show {piece!r}"
    assert app.is_running  # nothing ran ([@click=app.quit] is text)
    return text


@pytest.fixture
def hostile_app(tmp_path: Path, isolated_dirs: Path):
    pack = write_hostile_pack(tmp_path / "pack")
    journal = tmp_path / "journal"
    entries = write_hostile_journal(journal)
    update_settings(isolated_dirs / ".config" / "thingsjournal" / "settings.toml", name=HOSTILE[:60])
    return make_app(journal_dir=journal, content_dirs=(pack,), programme=PROGRAMME), journal, entries


async def test_home_thing_and_its_tabs_show_hostile_text_literally(hostile_app) -> None:
    app, journal, entries = hostile_app
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        assert await until(pilot, lambda: "could not be read" in screen_text(app))
        _safe(app, SHOWN_TITLE, "[/ oop", shown(BAD_FILE))  # the Thing's row, and the start-up notice
        app.open_thing(1)
        assert await until(pilot, lambda: isinstance(app.screen, ThingScreen))
        for tab in ("tab-prompts", "tab-statement", "tab-logic", "tab-tags", "tab-details", "tab-privacy"):
            app.screen.query_one(TabbedContent).active = tab
            await pilot.pause()
            _safe(app, SHOWN_TITLE)
        app.screen.query_one(TabbedContent).active = "tab-statement"
        statement = app.screen.query_one("#statement", CountingTextArea)
        assert statement.text == HOSTILE  # kept as written, shown as stand-ins
        statement.focus()
        statement.move_cursor(statement.document.end)
        await pilot.press("!")
        await pilot.pause()
        lines = _safe(app, SHOWN_CLIPBOARD).splitlines()
        row = next(number for number, line in enumerate(lines) if "del␡!" in line)
        column = lines[row].index("del␡!") + len("del␡!")
        assert tuple(statement.cursor_screen_offset) == (column, row)  # each stand-in one cell, as drawn
        await pilot.press("escape")  # saves, and goes Home
        assert await until(pilot, lambda: not isinstance(app.screen, ThingScreen))
    # saving never turns ESC into ␛
    assert load_as(JournalStore(journal), entries[0].id, Reflection).statement == HOSTILE + "!"


async def test_journal_delete_dialog_record_and_export_show_hostile_text_literally(hostile_app) -> None:
    app, _, _ = hostile_app
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        app.action_journal()
        assert await until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await pilot.pause()
        _safe(app, SHOWN_TITLE, *MARKUP[:2])
        await pilot.press("d")
        assert await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        _safe(app, SHOWN_TITLE, *MARKUP)  # the whole title, [refresher] too
        await pilot.press("escape")
        assert await until(pilot, lambda: isinstance(app.screen, JournalScreen))
        record = next(entry for entry in app.screen.shown if entry.kind == "learning")
        app.open_entry(record.id)
        assert await until(pilot, lambda: isinstance(app.screen, LearningScreen))
        _safe(app, SHOWN_TITLE, "[/ oops")
        app.action_export()
        await pilot.pause(0.3)
        _safe(app, SHOWN_TITLE)
        app.screen.query_one("#how", Select).value = "html"  # the page, formatted
        formatted = app.screen.query_one("#formatted", FormattedPreview)
        assert await until(pilot, lambda: formatted.display and bool(formatted.lines))
        _safe(app, SHOWN_TITLE, *MARKUP[:3])
        await pilot.press("escape")
        await pilot.pause()


async def test_settings_programmes_help_and_palette_show_hostile_text_literally(hostile_app) -> None:
    app, _, _ = hostile_app
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        app.action_settings()
        await pilot.pause(0.3)
        _safe(app, SHOWN_TITLE)
        await pilot.press("escape")
        await pilot.pause()
        app.action_choose_programme()
        await pilot.pause(0.3)
        _safe(app, "Our induction programme")
        await pilot.press("escape")
        await pilot.pause()
        app.action_about()
        await pilot.pause(0.3)
        _safe(app)
        await pilot.press("escape")
        await pilot.pause()
        app.action_command_palette()
        await pilot.pause(0.3)
        await pilot.press(*"owned")
        await pilot.pause(0.5)
        _safe(app, SHOWN_TITLE)


async def test_filters_trash_help_assessment_and_emergency_copy_show_hostile_text_literally(
    tmp_path: Path, isolated_dirs: Path
) -> None:
    from textual.widgets import Select

    from thingsjournal.journal import emergency
    from thingsjournal.journal.entries import LearningRecord
    from thingsjournal.tui.dialogs.emergency import EmergencyCopyScreen
    from thingsjournal.tui.dialogs.entry_picker import EntryPicker

    pack = write_hostile_pack(tmp_path / "pack")
    journal = tmp_path / "journal"
    write_hostile_journal(journal)
    emergency.keep(LearningRecord(title=HOSTILE, learned=HOSTILE))
    app = make_app(journal_dir=journal, content_dirs=(pack,), programme=PROGRAMME)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        assert await until(pilot, lambda: isinstance(app.screen, EmergencyCopyScreen))
        _safe(app, SHOWN_TITLE, *MARKUP[:3])
        await pilot.press("escape")  # decide later
        assert await until(pilot, lambda: not isinstance(app.screen, EmergencyCopyScreen))
        capability = app.screen.query_one("#capability-filter", Select)
        capability.focus()
        capability.expanded = True
        await pilot.pause()
        _safe(app, SHOWN_TITLE)  # the filter's choices: a capability named by the pack
        await pilot.press("escape")
        app.action_help()
        await pilot.pause()
        _safe(app)
        await pilot.press("escape")
        app.action_journal()
        assert await until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await pilot.press("d")
        assert await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        assert await until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await pilot.press("t")
        await pilot.pause()
        _safe(app, SHOWN_TITLE)  # the trash lists it
        await pilot.press("escape")
        await pilot.pause()
        app.new_self_assessment()
        await pilot.pause(0.3)
        _safe(app)
        app.screen.query(CountingTextArea).first().focus()
        await pilot.press("ctrl+l")
        assert await until(pilot, lambda: isinstance(app.screen, EntryPicker))
        _safe(app, SHOWN_TITLE)  # the entries to link, by title


def test_the_last_guard_shows_what_a_screen_missed_and_keeps_textuals_own_sequences() -> None:
    from rich.console import Console
    from rich.segment import Segment
    from rich.style import Style
    from textual.strip import Strip

    from thingsjournal.tui import terminal_guard

    terminal_guard.install()
    console = Console(color_system="256", force_terminal=True)
    drawn = Strip([Segment(f"a{TITLE_SEQUENCE}b", Style(bold=True))]).render(console)
    assert drawn == "\x1b[1ma␛]0;owned␇b\x1b[0m"  # the bold is Textual's; the title is shown


def test_editing_fields_rely_on_textuals_private_names() -> None:
    """ShownDocument and ShownInput replace these; if Textual renames them, stand-ins stop."""
    from textual.widgets import Input, TextArea

    for owner, name in ((TextArea, "_set_document"), (Input, "_position_to_cell"), (Input, "_cell_offset_to_index")):
        assert callable(getattr(owner, name)), name
    assert isinstance(Input._value, property)


async def test_a_pasted_control_character_is_kept_shown_and_listed_by_the_privacy_tab(tmp_path: Path) -> None:
    from textual import events

    from thingsjournal.tui.widgets.privacy_panel import FindingsList

    app = make_app(journal_dir=tmp_path / "journal", thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.query_one(TabbedContent).active = "tab-statement"
        statement = app.screen.query_one("#statement", CountingTextArea)
        statement.focus()
        app.post_message(events.Paste("Copied from a terminal\x1b[31m in red."))  # as the terminal sends it
        assert await until(pilot, lambda: "\x1b" in statement.text)
        _safe(app, "␛[31m")
        findings = app.screen.query_one(FindingsList)
        assert await until(pilot, lambda: any(finding.kind == "control" for finding in findings.findings))
        app.screen.query_one(TabbedContent).active = "tab-privacy"
        await pilot.pause()
        _safe(app, "! control  ␛  · Statement, line 1")
    assert statement.text == "Copied from a terminal\x1b[31m in red."
