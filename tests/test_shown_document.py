"""ShownDocument, edit by edit, holds exactly what a plain Document holds, and shows it with
every control character as its stand-in, line for line and column for column."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from textual.document._document import Document

from thingsjournal.text.control_chars import CONTROL, shown
from thingsjournal.tui.widgets.shown_document import ShownDocument

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
