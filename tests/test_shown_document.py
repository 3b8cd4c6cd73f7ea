"""ShownDocument, edit by edit, holds exactly what a plain Document holds, and shows it with
every control character as its stand-in, line for line and column for column."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual import events
from textual.app import App
from textual.document._document import Document
from textual.document._wrapped_document import WrappedDocument

from thingsjournal.text.control_chars import CONTROL, shown
from thingsjournal.tui.widgets.counting_text_area import CountingTextArea
from thingsjournal.tui.widgets.shown_document import ShownDocument, ShownWrappedDocument

if TYPE_CHECKING:
    from textual.app import ComposeResult

TEXT = st.text(alphabet=st.sampled_from("ab \n\t\x1b\x07\x7f\x9b␛é"), max_size=40)


@st.composite
def edits(draw: st.DrawFn) -> list[tuple[float, float, float, float, str]]:
    spot = st.floats(0, 1)
    return draw(st.lists(st.tuples(spot, spot, spot, spot, TEXT), max_size=8))


def _location(document: Document, row: float, column: float) -> tuple[int, int]:
    line = min(int(row * document.line_count), document.line_count - 1)
    return line, int(column * len(document.get_line(line)))


@given(TEXT, edits())
def test_edits_keep_the_text_as_written_and_the_lines_shown(text: str, changes: list) -> None:
    shown_document, plain = ShownDocument(text), Document(text)
    for top_row, top_column, bottom_row, bottom_column, inserted in changes:
        start = _location(shown_document, top_row, top_column)
        end = _location(shown_document, bottom_row, bottom_column)
        assert shown_document.replace_range(start, end, inserted) == plain.replace_range(start, end, inserted)
        assert shown_document.text == plain.text
        assert shown_document.lines == [shown(line) for line in plain.lines]
        assert not any(CONTROL.search(line) for line in shown_document.lines)
        assert [len(line) for line in shown_document.lines] == [len(line) for line in plain.lines]


@given(TEXT, edits(), st.integers(0, 12))
def test_the_wrapped_height_is_textuals_after_every_edit(text: str, changes: list, width: int) -> None:
    """The height read off the index is the one Textual sums, at every width (0: no wrapping)."""
    document = ShownDocument(text)
    wrapped = ShownWrappedDocument(document, width=width)
    textuals_height = WrappedDocument.height.fget  # type: ignore[attr-defined]  # a property, which mypy reads as its getter
    assert wrapped.height == textuals_height(wrapped)
    for top_row, top_column, bottom_row, bottom_column, inserted in changes:
        start = _location(document, top_row, top_column)
        end = _location(document, bottom_row, bottom_column)
        top, bottom = sorted((start, end))
        result = document.replace_range(start, end, inserted)
        wrapped.wrap_range(top, bottom, result.end_location)
        assert wrapped.height == textuals_height(wrapped)


class _ShortBox(App[None]):
    CSS = "CountingTextArea { height: 6; max-height: 6; }"

    def compose(self) -> ComposeResult:
        yield CountingTextArea("")


@pytest.mark.parametrize("how", ["paste", "replace"])
async def test_undoing_a_long_paste_in_a_short_box_brings_the_text_back(how: str) -> None:
    """Textual 8.2.8 (its issue 6686) crashed undoing many lines put into a short box: it
    redrew the scrollbars while the cursor was still on a line the undo had taken away. A paste,
    and the draft that "Start from my answers" puts into an empty statement."""
    pasted = "\n".join(f"pasted line {n}" for n in range(50))
    app = _ShortBox()
    async with app.run_test(size=(40, 12)) as pilot:
        area = app.query_one(CountingTextArea)
        area.focus()
        await pilot.pause()
        if how == "paste":
            app.post_message(events.Paste(pasted))  # as the terminal sends it
        else:
            area.replace(pasted, area.document.start, area.document.end)
        await pilot.pause()
        assert area.text == pasted
        while area.history.undo_stack:
            await pilot.press("ctrl+z")
            await pilot.pause()
        assert area.text == "" and area.words == 0
        while area.history.redo_stack:
            await pilot.press("ctrl+y")
            await pilot.pause()
        assert area.text == pasted
