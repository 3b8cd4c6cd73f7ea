"""The HTML export is written without a Markdown parser for most of its blocks
(`export.html_document`): each block must be the HTML CommonMark makes of the Markdown the
Markdown writer writes for the same block, whatever the text holds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from thingsjournal.export.html_document import HtmlWriter
from thingsjournal.export.markdown_document import Writer

if TYPE_CHECKING:
    from pathlib import Path

COMMONMARK = MarkdownIt("commonmark", {"html": False})

# Prose with every kind of character Markdown or HTML reads: markup, line starts, whitespace of
# every sort (tabs, no-break spaces, line separators), NUL and the other control characters.
_PIECES = st.sampled_from(
    [
        *"abc xyz",
        *"#>-+=*_`[]()!<>&\\~\"'.:;0123456789",
        "\n",
        "\n\n",
        "\t",
        "\r",
        "\r\n",
        "\u00a0",
        "\u2028",
        "\x85",
        "\x1c",
        "\0",
        "    ",
        "1. ",
        "- ",
        "&amp;",
        "<b>",
        "é",
        "‘",
    ]
)
TEXT = st.lists(_PIECES, max_size=30).map("".join)
PLAIN_WORDS = st.lists(st.sampled_from([*"abcdefg ", "\n", "\n\n", "\u00a0", " .", ",", "é"]), max_size=40).map("".join)
# A pack's names (a capability, an element): printable words, no whitespace at either end.
NAME = st.from_regex(r"[A-Za-z0-9(][A-Za-z0-9 ,.:'()&<>-]{0,20}[A-Za-z0-9).]", fullmatch=True)


class _NoView:
    index = None


def _both(call: str, *arguments: Any) -> tuple[str, str]:
    """The Markdown writer's block, as CommonMark renders it, and the HTML writer's."""
    markdown, html = Writer(_NoView()), HtmlWriter(_NoView())  # type: ignore[arg-type]
    getattr(markdown, call)(*arguments)
    getattr(html, call)(*arguments)
    return COMMONMARK.render(markdown.take()), html.take()


@settings(max_examples=400)
@given(TEXT | PLAIN_WORDS)
def test_the_users_text_is_the_html_of_its_markdown(text: str) -> None:
    expected, written = _both("user_text", text)
    assert written == expected


@settings(max_examples=300)
@given(st.integers(min_value=1, max_value=8), TEXT)
def test_a_heading_is_the_html_of_its_markdown(level: int, text: str) -> None:
    expected, written = _both("heading", level, text)
    assert written == expected


@settings(max_examples=300)
@given(TEXT)
def test_a_line_is_the_html_of_its_markdown(text: str) -> None:
    expected, written = _both("line", text)
    assert written == expected


@settings(max_examples=300)
@given(
    st.lists(
        NAME.map(lambda name: name + ": ").flatmap(lambda label: TEXT.map(lambda text: label + text)),
        min_size=1,
        max_size=4,
    )
)
def test_facts_are_the_html_of_their_markdown(lines: list[str]) -> None:
    expected, written = _both("facts", lines)
    assert written == expected


@settings(max_examples=300)
@given(NAME, TEXT)
def test_a_labelled_line_is_the_html_of_its_markdown(label: str, text: str) -> None:
    expected, written = _both("labelled", label, text)
    assert written == expected


@settings(max_examples=300)
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_a_list_is_the_html_of_its_markdown(items: list[str]) -> None:
    expected, written = _both("bullets", items)
    assert written == expected


def test_a_rule_is_the_html_of_its_markdown() -> None:
    expected, written = _both("rule")
    assert written == expected


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    from datetime import date

    from journal_helpers import reflection, saved

    from thingsjournal.journal.entries import CapabilityRating, LearningRecord

    folder = tmp_path / "journal"
    saved(
        folder,
        reflection(5, "## How do I show vision?\n\nBy *listening* first.\nThen <b>acting</b>.\n\n1. one\n2. two"),
        reflection(2, "Plain prose &amp; more.\n\n\u00a0\n\nThe end."),
        LearningRecord(title="First aid <course>", activity="Course", learned="- steps\n- more", minutes=60),
        CapabilityRating(learning_date=date(2026, 11, 1), ratings={"vision": 4}, notes="- listed\n- notes"),
    )
    return folder


def _exported(journal: Path, fmt: str, *selector: str) -> str:
    from thingsjournal.export.render import Period, choose_entries, render
    from thingsjournal.session import Session

    view = Session.open(journal).view
    everything = not selector
    chosen = choose_entries(view, [], list(selector), everything, Period())
    return render(view, chosen, fmt, Period(), everything, {"name": "Jo <Smith>"})


def test_a_portfolio_page_is_its_markdown_block_by_block(journal: Path) -> None:
    page = _exported(journal, "html")
    markdown = _exported(journal, "markdown")
    blocks = [COMMONMARK.render(part) for part in markdown.split("\n\n")]
    assert page.startswith("<!doctype html>") and page.endswith("</body>\n</html>\n")
    assert "<title>Portfolio of learning</title>" in page
    body = page.split("<body>\n", 1)[1].removesuffix("</body>\n</html>\n")
    assert body == "".join(blocks)
    assert "Jo &lt;Smith&gt;" in body and "&lt;b&gt;acting&lt;/b&gt;" in body and "<em>" not in body


def test_a_list_typed_under_the_apps_own_list_stays_its_own(journal: Path) -> None:
    page = _exported(journal, "html")
    assert "<li>Vision: 4 of 5</li>\n</ul>\n<ul>\n<li>listed</li>" in page
