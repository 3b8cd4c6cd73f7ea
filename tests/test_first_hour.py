"""A practitioner's first hour: keys do what a Word user expects."""

from __future__ import annotations

import os
import signal
import time
from typing import TYPE_CHECKING

import pytest
from journal_helpers import load_as
from pty_helpers import Terminal, app_in_pty, wait_for_exit

from thingsjournal.journal.entries import LearningRecord
from thingsjournal.journal.store import JournalStore

if TYPE_CHECKING:
    from pathlib import Path

CTRL_Z, CTRL_Q = "\x1a", "\x11"
LEAVE_THE_SCREEN = b"\x1b[?1049l"  # what an app writes as it gives the terminal back (suspending)


def _stopped(pid: int) -> bool:
    done, status = os.waitpid(pid, os.WNOHANG | os.WUNTRACED)
    if done and os.WIFSTOPPED(status):
        os.kill(pid, signal.SIGCONT)
        return True
    return False


@pytest.mark.xdist_group("timing")
def test_ctrl_z_never_suspends_from_a_list_or_a_one_line_field(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    with app_in_pty([], {"THINGSJOURNAL_DIR": str(journal)}) as app:
        terminal = Terminal(app.master)
        terminal.wait_for("Start with Things")
        terminal.burst([CTRL_Z])  # on Home's list of Things
        terminal.burst(["n"])  # a new learning record: its title field has the cursor
        terminal.wait_for("Learning record")
        terminal.type("Course")
        terminal.burst([CTRL_Z])  # in a one-line field
        terminal.type(" notes")
        time.sleep(0.5)
        assert not _stopped(app.pid)
        with terminal.lock:
            assert LEAVE_THE_SCREEN not in terminal.drawn, "Ctrl+Z gave the terminal back"
        terminal.burst([CTRL_Q])
        status = wait_for_exit(app.pid, None)
        assert status is not None and os.waitstatus_to_exitcode(status) == 0
    store = JournalStore(journal)
    [summary] = store.listing().entries
    assert load_as(store, summary.id, LearningRecord).title == "Course notes"


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_every_step_is_shown_whole_and_ticked_by_its_symbol(tmp_path: Path, size: tuple[int, int]) -> None:
    from textual.widgets import Static

    from thingsjournal.tui.app import make_app
    from thingsjournal.tui.screens.thing import ThingScreen
    from thingsjournal.tui.widgets.guide import StepCheckbox

    app = make_app(journal_dir=tmp_path / "journal", thing=3)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        steps = list(app.screen.query(StepCheckbox))
        assert isinstance(app.screen, ThingScreen)
        thing = app.screen.thing
        assert len(steps) == len(thing.steps) > 1
        for box, step in zip(steps, thing.steps, strict=True):
            assert box.parent is not None
            text = box.parent.query_one(".step-text", Static)
            assert str(text.render()) == step.text  # whole
            assert text.size.width * text.size.height >= len(step.text), step.id  # wrapped, not cut
            assert box.render().plain.startswith("▐ ▌")
        await pilot.click(f"#{steps[0].id}")
        assert steps[0].value and steps[0].render().plain.startswith("▐✓▌")


@pytest.mark.xdist_group("timing")
def test_a_long_step_is_drawn_to_its_last_word_at_80_columns(tmp_path: Path) -> None:
    """Thing 3's last step ends "... or link to your own blog or ePortfolio.": it was cut with "…"."""
    with app_in_pty(["open", "3"], {"THINGSJOURNAL_DIR": str(tmp_path / "journal")}) as app:
        terminal = Terminal(app.master)
        terminal.wait_for("Thing 3")
        for _ in range(4):
            terminal.burst(["\x1b[6~"])  # Page Down, through the guide to its steps
            time.sleep(0.2)
        terminal.wait_for("ePortfolio.")  # the only place Thing 3 has the word
        terminal.burst([CTRL_Q])
        assert wait_for_exit(app.pid, None) is not None


async def test_a_ticked_capability_shows_a_tick_and_an_unticked_one_a_blank(tmp_path: Path) -> None:
    from journal_helpers import reflection, saved
    from textual.widgets import TabbedContent

    from thingsjournal.tui.app import make_app
    from thingsjournal.tui.widgets.tick_box import TickList

    journal = tmp_path / "journal"
    saved(journal, reflection(1, "Words.", capabilities=("vision",)))
    app = make_app(journal_dir=journal, thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.query_one(TabbedContent).active = "tab-tags"
        await pilot.pause()
        capabilities = app.screen.query_one("#capabilities", TickList)
        lines = {
            str(capabilities.get_option_at_index(index).value): "".join(
                segment.text for segment in capabilities.render_line(index)
            )
            for index in range(capabilities.option_count)
            if index < capabilities.size.height
        }
        assert lines["cap:vision"].startswith("▐✓▌ ")
        assert all(line.startswith("▐ ▌ ") for value, line in lines.items() if value != "cap:vision")


async def test_ctrl_a_selects_all_in_a_writing_box_and_a_one_line_field(tmp_path: Path) -> None:
    from thingsjournal.tui.app import make_app
    from thingsjournal.tui.screens.learning import LearningScreen
    from thingsjournal.tui.widgets.counting_text_area import CountingTextArea
    from thingsjournal.tui.widgets.shown_input import ShownInput

    app = make_app(journal_dir=tmp_path / "journal")
    async with app.run_test(size=(120, 40)) as pilot:
        app.new_learning_record()
        await pilot.pause()
        assert isinstance(app.screen, LearningScreen)
        title = app.screen.query_one("#title", ShownInput)
        await pilot.press(*"First try", "ctrl+a", *"Course")
        assert title.value == "Course"
        learned = app.screen.query(CountingTextArea).first()
        learned.focus()
        await pilot.press(*"one two", "enter", *"three", "ctrl+a", "X")
        assert learned.text == "X"


def test_entries_names_each_kind_and_edit_says_what_was_not_given(tmp_path: Path, capsys) -> None:
    from journal_helpers import saved

    from thingsjournal.cli.main import main
    from thingsjournal.journal.entries import CapabilityRating, SelfAssessment

    journal = tmp_path / "journal"
    saved(journal, SelfAssessment(framework="derbyshire-leadership", level="first-line"), CapabilityRating())
    assert main(["--journal", str(journal), "entries"]) == 0
    out = capsys.readouterr().out
    assert "self-assessment" in out and "ratings" in out and "learning log" not in out
    assert main(["--journal", str(journal), "edit"]) == 2
    assert "edit needs a Thing (edit 5) or an entry (edit --entry ID), and none was given" in capsys.readouterr().err


async def test_the_80_column_summary_shows_this_years_time_whole_and_one_entry_as_one(tmp_path: Path) -> None:
    from datetime import date

    from journal_helpers import saved
    from textual.widgets import Static

    from thingsjournal.tui.app import make_app

    journal = tmp_path / "journal"
    saved(journal, LearningRecord(title="Course", learning_date=date.today(), minutes=345))
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        line = str(app.screen.query_one("#summary-line", Static).render())
        assert line.endswith("CPL year: 1 entry, 5h 45m"), line


async def test_ratings_show_every_name_whole_and_the_rating_in_words_at_80_columns(tmp_path: Path) -> None:
    from hostile import screen_text
    from textual.widgets import Select, Static

    from thingsjournal.tui.app import make_app

    app = make_app(journal_dir=tmp_path / "journal")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.new_rating()
        await pilot.pause()
        first = next(select for select in app.screen.query(Select) if (select.id or "").startswith("rate-"))
        first.value = 2
        await pilot.pause()
        shown = screen_text(app)
        assert "Vision" in shown and "2 Developing" in shown
        for row in app.screen.query(".rating-row"):
            name = row.query_one(".name", Static)
            assert name.size.width * name.size.height >= len(str(name.render())), str(name.render())


async def test_the_tags_tab_has_one_scroll_and_every_capability_in_it_at_80x24(tmp_path: Path) -> None:
    from pilot_waits import until
    from textual.widgets import SelectionList, TabbedContent

    from thingsjournal.tui.app import make_app

    app = make_app(journal_dir=tmp_path / "journal", thing=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+g")  # at 80 columns the guide is shown first: to the writing
        app.screen.query_one(TabbedContent).active = "tab-tags"
        lists = app.screen.query(SelectionList)
        assert await until(pilot, lambda: all(listed.size.height for listed in lists))
        for listed in lists:
            assert listed.size.height == listed.option_count, listed.id  # no scroll of its own
            assert listed.max_scroll_y == 0


async def test_typing_while_the_guide_is_shown_alone_starts_the_writing_with_every_letter(tmp_path: Path) -> None:
    """At 80 columns a new entry opens on its guide; a practitioner types straight away, and a
    sentence starting with q must not quit."""
    from thingsjournal.tui.app import make_app
    from thingsjournal.tui.widgets.counting_text_area import CountingTextArea
    from thingsjournal.tui.widgets.guide import GuidePanel

    app = make_app(journal_dir=tmp_path / "journal", thing=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.focused, GuidePanel)
        await pilot.press(*"quiet day")
        await pilot.pause()
        assert app.is_running
        first = app.screen.query_one("#prompt-recognise-reward", CountingTextArea)
        assert first.text == "quiet day" and app.focused is first


async def test_a_thing_title_too_long_for_the_header_ends_in_an_ellipsis(tmp_path: Path) -> None:
    from hostile import screen_text

    from thingsjournal.tui.app import make_app

    app = make_app(journal_dir=tmp_path / "journal", thing=9)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        header = screen_text(app).splitlines()[0]
        assert "Thing 9 · How do creativity" in header and "…" in header, header


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_home_shows_every_thing_title_whole_wrapped_under_its_column(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    from rich.cells import cell_len
    from textual.widgets import OptionList

    from thingsjournal.tui.app import make_app
    from thingsjournal.tui.screens.home import COLUMNS_BEFORE_TITLE

    app = make_app(journal_dir=tmp_path / "journal")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        things = app.screen.query_one("#things", OptionList)
        width = things.scrollable_content_region.width
        titles = {thing.number: thing.title for thing in app.session.programme.things}
        for index in range(things.option_count):
            option = things.get_option_at_index(index)
            lines = str(option.prompt).splitlines()
            assert all(cell_len(line) <= width for line in lines), lines
            assert all(line[:COLUMNS_BEFORE_TITLE].isspace() for line in lines[1:]), lines
            title = " ".join(line[COLUMNS_BEFORE_TITLE:] for line in lines)
            assert title == titles[int(str(option.id))], title


async def test_a_menu_opened_near_the_bottom_leaves_the_footer_in_view(tmp_path: Path) -> None:
    from hostile import screen_text
    from textual.widgets import Select
    from textual.widgets._select import SelectOverlay

    from thingsjournal.tui.app import make_app

    app = make_app(journal_dir=tmp_path / "journal")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.new_rating()
        await pilot.pause()
        lowest = max(
            (select for select in app.screen.query(Select) if select.region.bottom < 23),
            key=lambda select: select.region.y,
        )
        lowest.focus()
        await pilot.press("enter")
        await pilot.pause()
        menu = lowest.query_one(SelectOverlay)
        assert menu.display and menu.region.height >= 6  # every rating in view
        assert menu.region.bottom <= 23, menu.region
        assert "Dismiss menu" in screen_text(app).splitlines()[-1]


SCREENS = {  # how a practitioner gets to each screen from Home
    "home": (),
    "journal": ("j",),
    "trash": ("j", "t"),
    "thing": ("enter",),
    "learning record": ("n",),
    "self-assessment": ("a",),
    "ratings": ("r",),
    "settings": ("f2",),
    "export": ("x",),
}


@pytest.mark.parametrize("screen", SCREENS)
async def test_every_footer_shows_its_last_keys_whole_at_80_columns(tmp_path: Path, screen: str) -> None:
    from hostile import screen_text
    from journal_helpers import reflection, saved
    from pilot_waits import until

    from thingsjournal.tui.app import make_app

    journal = tmp_path / "journal"
    saved(journal, reflection(thing=2, statement="A few words."))
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for key in SCREENS[screen]:
            await pilot.press(key)
            await pilot.pause()
        assert await until(pilot, lambda: "f1 Help" in screen_text(app).splitlines()[-1])
        footer = screen_text(app).splitlines()[-1]
        assert "f1 Help" in footer and footer.rstrip().endswith("^p palette"), footer


async def test_the_delete_question_shows_its_own_keys_in_the_footer(tmp_path: Path) -> None:
    from hostile import screen_text
    from journal_helpers import reflection, saved

    from thingsjournal.tui.app import make_app
    from thingsjournal.tui.dialogs.confirm import ConfirmScreen

    journal = tmp_path / "journal"
    saved(journal, reflection(thing=2, statement="A few words."))
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("delete")
        await pilot.pause(0.3)
        assert isinstance(app.screen, ConfirmScreen)
        footer = screen_text(app).splitlines()[-1]
        assert "y Yes" in footer and "n No" in footer, footer
        assert "Restore" not in footer and "Delete" not in footer, footer


@pytest.mark.xdist_group("timing")
def test_one_enter_in_the_palette_opens_the_thing_and_says_so_at_once(tmp_path: Path) -> None:
    with app_in_pty(["--journal", str(tmp_path / "journal")], {}) as app:
        terminal = Terminal(app.master)
        terminal.wait_for("Start with Things")
        terminal.burst(["\x10"])  # Ctrl+P
        terminal.wait_for("Search for commands")
        terminal.type("thing 21")
        time.sleep(1.0)
        with terminal.lock:
            before = len(terminal.drawn)
        terminal.burst(["\r"])
        terminal.wait_for("Steps")
        with terminal.lock:
            after = terminal.drawn[before:]
        said = after.find("Opening Thing 21…".encode())
        assert 0 <= said < after.find(b"Steps"), "the palette closed without a word while the Thing was built"
        assert b"Thing 21 \xc2\xb7 What does good leadership look like" in after


async def test_a_new_entry_starts_with_todays_learning_date_shown_and_editable(tmp_path: Path) -> None:
    from datetime import date

    from textual.widgets import Input, TabbedContent

    from thingsjournal.journal.store import JournalStore
    from thingsjournal.text.dates import show_date
    from thingsjournal.tui.app import make_app

    journal = tmp_path / "journal"
    today = show_date(date.today())
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")  # a new learning record
        await pilot.pause()
        assert app.screen.query_one("#learning_date", Input).value == today
        await pilot.press(*"Course")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("enter")  # a new entry for Thing 1
        await pilot.pause()
        app.screen.query_one(TabbedContent).active = "tab-details"
        await pilot.pause()
        field = app.screen.query_one("#learning_date", Input)
        assert field.value == today
        field.value = "yesterday"  # editable, as any date field
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    store = JournalStore(journal)
    dates = {store.load(summary.id).kind: store.load(summary.id).learning_date for summary in store.listing().entries}
    assert dates == {"learning": date.today(), "reflection": date.fromordinal(date.today().toordinal() - 1)}
