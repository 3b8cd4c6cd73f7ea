"""Where the cursor is can always be seen: the focused field differs from the rest by its shape,
not its colour alone; a field that takes the focus is in view; and Ctrl+PageDown and Ctrl+PageUp
switch tabs on every tabbed screen, whatever has the focus."""

from __future__ import annotations

from pathlib import Path

import pytest
from journal_helpers import reflection, saved
from textual.widgets import Input, Select, TabbedContent

from thingsjournal.journal.entries import CapabilityRating
from thingsjournal.tui.app import make_app
from thingsjournal.tui.widgets.fields import WritingField


def _border(widget) -> str:
    return widget.styles.border_top[0]


async def test_the_focused_writing_box_and_its_question_stand_out_without_colour(tmp_path: Path) -> None:
    app = make_app(journal_dir=tmp_path / "journal", thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        fields = list(app.screen.query(WritingField))
        focused = [field for field in fields if field.editor.has_focus]
        assert len(focused) == 1
        assert _border(focused[0].editor) == "heavy"
        assert {_border(field.editor) for field in fields if field not in focused} == {"tall"}
        assert "reverse" in str(focused[0].query_one(".question").styles.text_style)
        await pilot.press("tab")
        await pilot.pause()
        assert _border(fields[0].editor) == "tall" and _border(fields[1].editor) == "heavy"
        assert "reverse" not in str(fields[0].query_one(".question").styles.text_style)


async def test_a_focused_one_line_field_has_a_bar_at_its_edge(tmp_path: Path) -> None:
    app = make_app(journal_dir=tmp_path / "journal", thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()  # the screen has put the focus in its first tab (as a click comes after)
        app.screen.query_one(TabbedContent).active = "tab-details"
        await pilot.pause()
        date_field = app.screen.query_one("#learning_date", Input)
        minutes = app.screen.query_one("#minutes", Input)
        assert app.focused is date_field
        assert date_field.styles.border_left[0] == "outer" and minutes.styles.border_left[0] == "blank"


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_details_opens_at_its_first_field_in_view(tmp_path: Path, size: tuple[int, int]) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(1, "Some words."))
    app = make_app(journal_dir=journal, thing=1)
    async with app.run_test(size=size) as pilot:
        for _ in range(4):
            await pilot.press("ctrl+pagedown")
        await pilot.pause()
        date_field = app.screen.query_one("#learning_date", Input)
        assert app.screen.query_one(TabbedContent).active == "tab-details"
        assert app.focused is date_field
        assert app.screen.find_widget(date_field).region.height == 1  # on screen, not scrolled away
        await pilot.press(*"3 Dec 2026")
        assert date_field.value == "3 Dec 2026"


async def _shown_after(pilot, key: str) -> str:
    """The tab shown once `key` has been handled."""
    await pilot.press(key)
    await pilot.pause()
    return pilot.app.screen.query_one(TabbedContent).active


async def test_ctrl_page_keys_switch_tabs_on_the_ratings_screen_from_any_field(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    saved(journal, CapabilityRating(ratings={"vision": 3}))
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        app.new_rating()
        await pilot.pause()
        first = app.screen.query_one(TabbedContent).active
        assert await _shown_after(pilot, "ctrl+pagedown") != first
        assert await _shown_after(pilot, "ctrl+pageup") == first
        app.screen.query(Select).last().focus()  # a rating box, some forty Tabs from the Chart
        await pilot.pause()
        assert await _shown_after(pilot, "ctrl+pagedown") != first


async def test_ctrl_page_keys_switch_tabs_on_the_self_assessment_both_ways(tmp_path: Path) -> None:
    app = make_app(journal_dir=tmp_path / "journal")
    async with app.run_test(size=(80, 24)) as pilot:
        app.new_self_assessment()
        await pilot.pause()
        tabs = app.screen.query_one(TabbedContent)
        first = tabs.active
        assert await _shown_after(pilot, "ctrl+pageup") != first and tabs.active_pane is not None
        assert app.focused is not None and tabs.active_pane in app.focused.ancestors
        assert await _shown_after(pilot, "ctrl+pagedown") == first


async def test_a_date_is_written_out_only_once_the_field_is_left(tmp_path: Path) -> None:
    """Nothing rewrites a field while the cursor is in it: "3/12/2026" stays as typed until
    Tab leaves it, then reads as dates do everywhere; a time spent likewise."""
    app = make_app(journal_dir=tmp_path / "journal", thing=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()  # the screen has put the focus in its first tab (as a click comes after)
        app.screen.query_one(TabbedContent).active = "tab-details"
        await pilot.pause()
        date_field = app.screen.query_one("#learning_date", Input)
        await pilot.press("ctrl+a")  # a new entry's date starts as today: typed over
        for key in "3/12/2026":
            await pilot.press(key)
            assert date_field.value.endswith(key)  # each key lands where it was typed
        await pilot.pause(0.2)
        assert date_field.value == "3/12/2026"
        await pilot.press("tab", *"90", "tab")
        await pilot.pause()
        assert date_field.value == "3 Dec 2026"
        assert app.screen.query_one("#minutes", Input).value == "1h 30m"
