"""Content paragraphs written with hard line breaks read as paragraphs on screen."""

from thingsjournal.text.reflow import reflow


def test_lines_of_a_paragraph_join() -> None:
    assert reflow("one line\nand the next\n\nnew paragraph\n") == "one line and the next\n\nnew paragraph"


def test_list_items_keep_their_lines_and_wrapped_items_join() -> None:
    text = "For example:\n- first item\n  which wraps\n- second\n1. numbered\n• bullet"
    assert reflow(text) == "For example:\n- first item which wraps\n- second\n1. numbered\n• bullet"


def test_empty() -> None:
    assert reflow("   \n") == ""
