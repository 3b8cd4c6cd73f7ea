"""The word rule, and the per-line counter that must always agree with it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thingsjournal.text import pieces as text_pieces
from thingsjournal.text.wordcount import LineWordCounter, count_words


@pytest.mark.parametrize(
    "text, words",
    [
        ("", 0),
        ("well-being", 1),
        ("don't", 1),
        ("e.g.", 1),
        ("2024", 1),
        ("a - b", 2),
        ("– — • * ** # ## > ---", 0),
        ("**bold** text", 2),
        ("# Heading", 1),
        ("- item one\n- item two", 4),
        ("(see Thing 19).", 3),
        ("children’s outcomes", 2),
        ("🙂 smile", 1),
        ("naïve café", 2),
        ("e\u0301cole", 1),
        ("保育 と 教育", 3),
        ("_ __init__", 1),
        ("tab\tseparated\u00a0words", 3),
        ("line\r\nbreaks\rtoo", 3),
    ],
)
def test_word_rule(text: str, words: int) -> None:
    assert count_words(text) == words


def _reference(text: str) -> int:
    """The rule written the slow, obvious way."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


@settings(max_examples=300)
@given(st.text())
def test_count_matches_the_obvious_rule(text: str) -> None:
    assert count_words(text) == _reference(text)


@settings(max_examples=300)
@given(st.text(), st.integers(1, 8))
def test_a_long_text_counted_in_pieces_counts_the_same(text: str, piece: int) -> None:
    """Texts longer than `text_pieces.PIECE` are counted a piece at a time (so the words of a 50 MB entry are
    never all in memory at once): a piece may never cut a word in two or count one twice."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(text_pieces, "PIECE", piece)
        assert count_words(text) == _reference(text)


@settings(max_examples=200)
@given(st.lists(st.text(alphabet=st.sampled_from("ab -\n*é1 "), max_size=30), min_size=1, max_size=8), st.data())
def test_line_counter_agrees_after_any_edit(lines: list[str], data: st.DataObject) -> None:
    text = "\n".join(lines)
    counter = LineWordCounter(text)
    rows = text.split("\n")
    start = data.draw(st.integers(0, len(rows) - 1))
    end = data.draw(st.integers(start, len(rows) - 1))
    replacement = data.draw(st.text(alphabet=st.sampled_from("xy -\n.2"), max_size=20)).split("\n")
    rows[start : end + 1] = replacement
    counter.replace_lines(start, end, replacement)
    assert counter.total == count_words("\n".join(rows))
    assert counter.line_count == len(rows)
