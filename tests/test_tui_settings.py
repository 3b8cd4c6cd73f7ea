"""Settings: each valid change is saved at once, a value that is not valid is refused at its
field and never written, and Home follows the registration date and the default programme."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from packs import write_pack
from pilot_waits import until
from textual.widgets import Input, OptionList, ProgressBar, Select, Static

from thingsjournal.session import Session
from thingsjournal.settings import load_settings
from thingsjournal.tui.app import make_app
from thingsjournal.tui.screens.home import HomeScreen
from thingsjournal.tui.screens.settings import SettingsScreen

pytestmark = pytest.mark.xdist_group("timing")  # values are saved after a real pause in typing

if TYPE_CHECKING:
    from pathlib import Path


def _shown(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def _settings_file() -> Path:
    return Session.open().locations.settings


async def _open_settings(pilot) -> SettingsScreen:
    await pilot.press("f2")
    await pilot.pause()
    assert isinstance(pilot.app.screen, SettingsScreen)
    return pilot.app.screen


async def _type(pilot, field: str, text: str) -> None:
    """Replace a field's text by typing, as a user would."""
    box = pilot.app.screen.query_one(f"#{field}", Input)
    box.focus()
    await pilot.pause()  # the field left behind is saved now
    box.value = ""
    await pilot.press(*text)


async def test_the_registration_date_sets_homes_cpl_year() -> None:
    session = Session.open()
    session.today = date(2027, 1, 10)
    app = make_app(session)
    async with app.run_test(size=(120, 40)) as pilot:
        assert "1 Jan 2027 to 31 Dec 2027" in _shown(app, "#summary")
        screen = await _open_settings(pilot)
        assert app.focused is screen.query_one("#name")
        await pilot.press("tab", "tab", "tab")  # name, number, part, then the date: top to bottom
        assert app.focused is screen.query_one("#registration_date")
        await pilot.press(*"23/11/2026")
        await pilot.pause()
        assert "Your CPL year: 23 Nov 2026 to 22 Nov 2027, due 23 Nov 2027" in _shown(app, "#cpl-year")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "23 Nov 2026 to 22 Nov 2027" in _shown(app, "#summary")
    assert load_settings(_settings_file())[0].registration_date == date(2026, 11, 23)


@pytest.mark.parametrize("bad_date", ["31/02/2026", "next tuesday"])
async def test_values_that_are_not_valid_are_refused_at_their_field(bad_date: str) -> None:
    path = _settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('registration_number = "123456"\nregistration_date = 2025-08-24\n')
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_settings(pilot)
        assert screen.query_one("#registration_date", Input).value == "24 Aug 2025"
        await _type(pilot, "registration_number", "12a4")
        await _type(pilot, "registration_date", bad_date)
        await _type(pilot, "name", "Ann Example")
        assert await until(pilot, lambda: load_settings(path)[0].name == "Ann Example")  # past the pause after typing
        assert _shown(app, "#registration_number-problem") == "✗ expected digits alone (at most 10), got '12a4'"
        assert _shown(app, "#registration_date-problem").startswith(f"✗ '{bad_date}' is not a")
        assert screen.query_one("#registration_number", Input).value == "12a4"
        assert screen.query_one("#registration_date", Input).value == bad_date
        assert "Your CPL year: 24 Aug" in _shown(app, "#cpl-year")  # the saved date still counts
        settings = load_settings(path)[0]
        assert (settings.name, settings.registration_number, settings.registration_date) == (
            "Ann Example",
            "123456",
            date(2025, 8, 24),
        )
        assert screen.flush() == (
            "Settings: SSSC registration number and Registration date not saved, as they are not valid; the rest is saved"
        )
        await pilot.press("escape")  # the first Escape stays, so the values can be put right
        await pilot.pause()
        assert app.screen is screen and "press Escape again" in _shown(app, "#settings-state")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert load_settings(path)[0].registration_number == "123456"


async def test_name_number_and_part_are_saved_and_shown_again() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_settings(pilot)
        assert _shown(app, "#settings-state") == "Changes are saved as you type."
        await pilot.press(*"Ann [b]Example[/b]", "tab", *"1234567", "tab", *"Practitioner [/ oops", "tab")
        await pilot.pause()
        assert _shown(app, "#settings-state") == "✓ Saved"
    settings = load_settings(_settings_file())[0]
    assert (settings.name, settings.registration_number, settings.register_part) == (
        "Ann [b]Example[/b]",
        "1234567",
        "Practitioner [/ oops",
    )
    again = make_app()
    async with again.run_test(size=(80, 24)) as pilot:
        screen = await _open_settings(pilot)
        assert [
            screen.query_one(f"#{field}", Input).value for field in ("name", "registration_number", "register_part")
        ] == [
            "Ann [b]Example[/b]",
            "1234567",
            "Practitioner [/ oops",
        ]


async def test_every_field_is_reached_with_tab_at_80x24() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_settings(pilot)
        order = [
            "name",
            "registration_number",
            "register_part",
            "registration_date",
            "theme",
            "default_programme",
            "people",
            "my_words",
        ]
        assert [widget.id for widget in screen.focus_chain] == order
        await pilot.press(*["tab"] * 5)
        await pilot.pause()
        assert app.focused is screen.query_one("#default_programme")
        assert app.focused.region.bottom <= 24  # scrolled into view
        await pilot.press("tab")  # Tab leaves the list of people too, never typing a tab into it
        await pilot.pause()
        assert app.focused is screen.query_one("#people")
        assert app.focused.region.bottom <= 24
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is screen.query_one("#my_words")
        assert app.focused.region.bottom <= 24
        await pilot.press("tab")
        assert app.focused is screen.query_one("#name")


@pytest.mark.parametrize("theme", ["high-contrast", "textual-light"])
async def test_the_theme_changes_at_once_and_is_remembered(theme: str) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_settings(pilot)
        assert screen.query_one("#theme", Select).value == app.theme
        screen.query_one("#theme", Select).value = theme
        await pilot.pause()
        assert app.theme == theme
        assert _shown(app, "#settings-state") == "✓ Saved"
    assert load_settings(_settings_file())[0].theme == theme
    assert make_app().theme == theme


async def test_a_new_default_programme_shows_on_home(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    app = make_app(content_dirs=(pack,))
    async with app.run_test(size=(80, 24)) as pilot:
        assert _shown(app, "#advice").startswith("Start with Things")
        screen = await _open_settings(pilot)
        choice = screen.query_one("#default_programme", Select)
        assert choice.value == "sssc-23-things-elc"
        choice.value = "org-induction"
        await pilot.pause()
        assert _shown(app, "#settings-state") == "✓ Saved"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert _shown(app, "#programme-title") == "Our induction programme"
        assert app.screen.query_one("#things", OptionList).option_count == 1
        assert app.screen.query_one("#progress", ProgressBar).total == 1
        assert _shown(app, "#advice") == ""
    assert load_settings(_settings_file())[0].default_programme == "org-induction"


async def test_a_broken_settings_file_is_reported_and_kept() -> None:
    path = _settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("name = [oops\n")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_settings(pilot)
        assert _shown(app, "#settings-state").startswith("✗ Your settings file has a problem")
        await pilot.press(*"Ann")
        assert await until(pilot, lambda: _shown(app, "#settings-state").startswith("✓ Saved (a copy"))
    copies = list(path.parent.glob("settings.before-*.toml.bak"))
    assert [copy.read_text() for copy in copies] == ["name = [oops\n"]
    assert load_settings(path)[0].name == "Ann"


async def test_a_settings_file_with_one_bad_value_shows_and_keeps_the_good_ones() -> None:
    path = _settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('name = "Ann"\nregistration_number = "12ab"\nregister_part = "Practitioner"\n')
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_settings(pilot)
        assert app.screen.query_one("#name", Input).value == "Ann"
        assert app.screen.query_one("#registration_number", Input).value == ""
        await pilot.press("end", *" Smith")
        assert await until(pilot, lambda: load_settings(path)[0].name == "Ann Smith")
    settings = load_settings(path)[0]
    assert (settings.name, settings.registration_number, settings.register_part) == ("Ann Smith", "", "Practitioner")


async def test_a_failed_save_keeps_the_text_and_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("thingsjournal.tui.screens.settings.update_settings", refuse)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_settings(pilot)
        await pilot.press(*"Ann")
        assert screen.flush() == "Settings: Not saved: disk full"
        assert _shown(app, "#settings-state") == "✗ Not saved: disk full"
        assert screen.query_one("#name", Input).value == "Ann"
    assert not _settings_file().exists()


async def test_the_people_listed_are_saved_and_flagged_in_an_open_reflection(tmp_path: Path) -> None:
    from journal_helpers import reflection, saved
    from textual.widgets import TabbedContent, TextArea

    from thingsjournal.journal.people import read_people
    from thingsjournal.tui.screens.thing import ThingScreen

    journal = tmp_path / "journal"
    saved(journal, reflection(10, "We found ruaridh's coat."))
    app = make_app(journal_dir=journal, thing=10)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        workspace = app.screen
        assert isinstance(workspace, ThingScreen) and workspace.findings == []  # checked: nothing yet
        screen = await _open_settings(pilot)
        people = screen.query_one("#people", TextArea)
        people.focus()
        await pilot.press(*"Ruaridh", "enter", "J")
        assert await until(pilot, lambda: read_people(journal) == (["Ruaridh", "J"], []))  # after the pause
        assert _shown(app, "#settings-state") == "✓ Saved"
        assert app.session.people == ["Ruaridh", "J"]
        await pilot.press("escape")
        await pilot.pause()
        assert workspace.is_current  # checked again on its return, with the people listed
        assert [(finding.text, finding.why) for finding in workspace.findings] == [
            ("ruaridh's", "on your list of people you work with")
        ]
        area = workspace.query_one("#statement", TextArea)
        area.insert(" Then J. laughed.", area.document.end)
        assert await until(pilot, lambda: "J." in [finding.text for finding in workspace.findings])
        assert workspace.findings[-1].why == "on your list of people you work with"
        assert str(workspace.query_one(TabbedContent).get_tab("tab-privacy").label) == "Privacy (2)"
    again = make_app(journal_dir=journal)
    async with again.run_test(size=(80, 24)) as pilot:
        screen = await _open_settings(pilot)
        assert screen.query_one("#people", TextArea).text == "Ruaridh\nJ"


async def test_a_name_that_is_not_valid_says_why_keeps_what_was_typed_and_saves_nothing(tmp_path: Path) -> None:
    from textual import events
    from textual.widgets import TextArea

    from thingsjournal.journal.people import people_path, read_people

    journal = tmp_path / "journal"
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_settings(pilot)
        people = screen.query_one("#people", TextArea)
        assert not screen.query_one("#people-problem", Static).display
        people.focus()
        app.post_message(events.Paste("Aoife\nBo\x1bb"))  # as the terminal sends a paste
        problem = "✗ Line 2: expected one line without control characters, got 'Bo\\x1bb'"
        assert await until(pilot, lambda: _shown(app, "#people-problem") == problem)
        assert screen.query_one("#people-problem", Static).display
        assert people.text == "Aoife\nBo\x1bb"  # kept as typed, and shown as Bo␛b
        assert "Bo␛b" in people.render_line(1).text
        assert _shown(app, "#settings-state") == (
            "✗ People I work with not saved, as it is not valid; the rest is saved"
        )
        assert not people_path(journal).exists()  # the list is saved whole, once every name is valid
        await pilot.press("backspace", "backspace", "backspace", "backspace")  # the pasted name, gone
        assert await until(pilot, lambda: read_people(journal) == (["Aoife"], []))
        assert not screen.query_one("#people-problem", Static).display
        assert _shown(app, "#settings-state") == "✓ Saved"


async def test_my_words_are_shown_and_a_word_taken_away_is_checked_again() -> None:
    from thingsjournal.settings import add_my_word
    from thingsjournal.tui.widgets.shown_document import ShownTextArea

    add_my_word(_settings_file(), "blether")
    add_my_word(_settings_file(), "wean")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_settings(pilot)
        words = screen.query_one("#my_words", ShownTextArea)
        assert words.text == "blether\nwean"
        words.focus()
        words.move_cursor((1, 0))
        await pilot.press("shift+end", "delete")
        assert await until(pilot, lambda: load_settings(_settings_file())[0].my_words == ["blether"], 3)
