"""Privacy findings where the user writes and where they export: a jump to the words, and a way
to mark them fine; the check never changes the text."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from journal_helpers import load_as, reflection, saved
from pilot_waits import export_state, until
from textual.widgets import Input, TabbedContent, TextArea

from thingsjournal.journal.entries import LearningRecord, Reflection
from thingsjournal.journal.store import JournalStore
from thingsjournal.settings import load_settings
from thingsjournal.tui.app import make_app
from thingsjournal.tui.screens.export import ExportScreen
from thingsjournal.tui.screens.learning import LearningScreen
from thingsjournal.tui.screens.thing import ThingScreen

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.usefixtures("quick_saves")
async def test_the_workspace_lists_findings_jumps_to_one_and_marks_another_fine(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    [entry] = saved(journal, reflection(10, "A calm morning.\nThen Ruaridh arrived with Mrs Patel."))
    app = make_app(journal_dir=journal, thing=10)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ThingScreen)
        assert [finding.text for finding in screen.findings] == ["Ruaridh", "Mrs Patel"]
        assert str(screen.query_one(TabbedContent).get_tab("tab-privacy").label) == "Privacy (2)"
        screen.query_one(TabbedContent).active = "tab-privacy"
        await pilot.pause()
        screen.query_one("#findings").focus()
        await pilot.press("down", "enter")  # Mrs Patel
        await pilot.pause()
        area = screen.query_one("#statement", TextArea)
        assert app.focused is area and area.selected_text == "Mrs Patel"
        # Typing a new name is found as the user writes (on the autosave pause).
        area.insert(" Later Kacper came.", area.document.end)
        assert await until(pilot, lambda: "Kacper" in [finding.text for finding in screen.findings])
        screen.query_one(TabbedContent).active = "tab-privacy"
        await pilot.pause()
        screen.query_one("#findings").focus()
        await pilot.press("home", "f")  # Ruaridh is fine (a public name, say)
        await pilot.pause()
        assert "Ruaridh" not in [finding.text for finding in screen.findings]
    assert load_settings(app.session.locations.settings)[0].fine_words == ["Ruaridh"]
    assert (
        load_as(JournalStore(journal), entry.id, Reflection).statement
        == "A calm morning.\nThen Ruaridh arrived with Mrs Patel. Later Kacper came."
    )


async def test_a_learning_record_shows_findings_and_jumps_into_a_one_line_field(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    [record] = saved(journal, LearningRecord(title="Visit to Little Acorns Nursery", learned="Nothing private."))
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_entry(record.id)
        screen = app.screen
        assert isinstance(screen, LearningScreen)
        assert await until(pilot, lambda: bool(screen.findings))  # checked just after the first frame
        assert [(finding.kind, finding.text) for finding in screen.findings] == [("setting", "Little Acorns Nursery")]
        screen.go_to(screen.findings[0])
        await pilot.pause()
        title = screen.query_one("#title", Input)
        assert app.focused is title and title.selected_text == "Little Acorns Nursery"


async def test_the_export_screen_lists_findings_and_opens_the_entry_at_one(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    [entry] = saved(journal, reflection(3, "Call me on 07700 900123."))
    app = make_app(journal_dir=journal, thing=3)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await until(pilot, lambda: export_state(app).startswith("!"))
        assert "1 place that could identify someone: Enter" in export_state(app)
        app.screen.query_one("#findings").focus()
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert isinstance(app.screen, ThingScreen) and app.screen.entry.id == entry.id
        assert app.screen.query_one("#statement", TextArea).selected_text == "07700 900123"
        await pilot.press("escape")
        await pilot.pause(0.3)
        assert isinstance(app.screen, ExportScreen)


async def test_a_finding_names_its_prompt_by_the_question_and_says_places_not_things(tmp_path: Path) -> None:
    from textual.widgets import Static

    from thingsjournal.tui.widgets.privacy_panel import FindingsList

    journal = tmp_path / "journal"
    saved(journal, reflection(1, "", answers={"recognise-reward": "Ruaridh built the den."}))
    app = make_app(journal_dir=journal, thing=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        screen.query_one(TabbedContent).active = "tab-privacy"
        await pilot.pause()
        findings = screen.query_one(FindingsList)
        row = findings.render_line(0).text
        assert "How do you recognise and reward…, line 1" in row and "recognise-reward" not in row
        summary = str(screen.query_one("#privacy-summary", Static).render())
        assert summary.startswith("1 place here could identify a child")


def test_privacy_on_the_command_line_names_the_entry_by_its_title(tmp_path: Path, capsys) -> None:
    from thingsjournal.cli.main import main

    journal = tmp_path / "journal"
    [entry] = saved(journal, LearningRecord(title="Makaton course", learned="Ruaridh signed hello."))
    assert main(["--journal", str(journal), "privacy", "--all"]) == 1
    out, err = capsys.readouterr()
    assert f"Makaton course (entry {entry.id}) learned:1:1: name: 'Ruaridh'" in out
    assert "1 place that could identify someone found." in err


async def test_a_kind_as_long_as_id_number_still_stands_apart_from_its_words(tmp_path: Path) -> None:
    from thingsjournal.tui.widgets.privacy_panel import FindingsList

    journal = tmp_path / "journal"
    saved(journal, reflection(1, "Her NHS number is 943 476 5919."))
    app = make_app(journal_dir=journal, thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.query_one(TabbedContent).active = "tab-privacy"
        await pilot.pause()
        assert app.screen.query_one(FindingsList).render_line(0).text.startswith("! id-number 943 476 5919")


@pytest.mark.usefixtures("quick_saves")
async def test_p_on_a_name_adds_it_to_the_people_and_checks_again(tmp_path: Path) -> None:
    from thingsjournal.journal.people import read_people
    from thingsjournal.tui.widgets.privacy_panel import FindingsList

    journal = tmp_path / "journal"
    saved(journal, reflection(10, "Call 07700 900123. Then Aoife's mum came, and later aoife smiled."))
    app = make_app(journal_dir=journal, thing=10)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ThingScreen)
        assert [(finding.kind, finding.text) for finding in screen.findings] == [
            ("phone", "07700 900123"),
            ("name", "Aoife's"),
        ]
        screen.query_one(TabbedContent).active = "tab-privacy"
        await pilot.pause()
        findings = screen.query_one(FindingsList)
        findings.focus()
        await pilot.press("home")
        assert findings.check_action("add_person", ()) is None  # a phone number is no person: p is greyed out
        await pilot.press("p")
        await pilot.pause()
        assert read_people(journal) == ([], [])
        await pilot.press("down", "p")
        await pilot.pause()
        assert read_people(journal) == (["Aoife"], [])  # the name, without its possessive
        assert "Added Aoife to the people you work with" in [str(note.message) for note in app._notifications][-1]
        assert [(finding.text, finding.why) for finding in screen.findings][1:] == [
            ("Aoife's", "on your list of people you work with"),
            ("aoife", "on your list of people you work with"),
        ]
        await pilot.press("p")  # once is enough, whatever the case
        await pilot.pause()
        assert read_people(journal) == (["Aoife"], [])
        assert "already on the list" in [str(note.message) for note in app._notifications][-1]


async def test_p_on_the_export_screen_adds_the_name_and_makes_the_export_again(tmp_path: Path) -> None:
    from thingsjournal.journal.people import read_people
    from thingsjournal.tui.widgets.privacy_panel import FindingsList

    journal = tmp_path / "journal"
    saved(journal, reflection(3, "We met Kacper at lunch."))
    app = make_app(journal_dir=journal, thing=3)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("f3")
        await until(pilot, lambda: export_state(app).startswith("!"))
        listed = app.screen.query_one("#findings", FindingsList)
        assert [finding.why for finding in listed.findings] != ["on your list of people you work with"]
        listed.focus()
        await pilot.press("p")
        assert await until(
            pilot, lambda: [finding.why for finding in listed.findings] == ["on your list of people you work with"]
        )
        assert read_people(journal) == (["Kacper"], [])
        assert "Added Kacper to the people" in str(list(app._notifications)[-1].message)
