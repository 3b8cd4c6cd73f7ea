"""How the privacy check holds up on very long texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st


@given(
    st.lists(st.sampled_from(["two", "Three,", "twelve.", "word", "tw", "o", " ", "\n", "-", "x" * 70_000])).map(
        "".join
    )
)
@settings(max_examples=80, deadline=None)
def test_a_number_word_is_found_piece_by_piece_as_in_the_whole_text(text: str) -> None:
    """A long text is looked through a piece at a time (a list of every word of a 50 MB entry
    would take six times its size); the answer is the same as for the whole text at once."""
    from thingsjournal.privacy.check import _NOT_LETTERS, _NUMBER_SET, _has_number_word

    assert _has_number_word(text) == (not _NUMBER_SET.isdisjoint(text.lower().translate(_NOT_LETTERS).split()))
