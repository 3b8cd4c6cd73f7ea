"""The user's text survives the Markdown export: escaped text renders as the same words.

markdown-it-py (the HTML export's renderer) is the judge: whatever the user typed, the escaped
Markdown holds only paragraphs and lists, no inline markup, every typed newline inside a
paragraph is a hard break, and the rendered text, with each list item's marker put back, has the
same characters as the user's text. pandoc's CommonMark reader is asked the same of the named
cases where it is installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field
from itertools import groupby

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from thingsjournal.text import pieces as text_pieces
from thingsjournal.text.markdown import escape_block, escape_inline

# Without text_join, entities and backslash escapes stay visible as text_special tokens.
_MD = MarkdownIt("commonmark").disable("text_join")
_BLOCK_TOKENS = {
    "bullet_list_open", "bullet_list_close", "ordered_list_open", "ordered_list_close",
    "list_item_open", "list_item_close", "paragraph_open", "paragraph_close", "inline",
}  # fmt: skip
_INLINE_TOKENS = {"text", "text_special", "softbreak", "hardbreak"}
# A line that looks like a list item to a reader of the raw text.
_LIST_LIKE_LINE = re.compile(r"^[ \t]*(?:[-+*]|[0-9]{1,9}[.)])(?:[ \t]|$)", re.MULTILINE)
_LEADING_MARKERS = re.compile(r"^[ \t]*(?:(?:[-+*]|[0-9]{1,9}[.)])[ \t]+(?=\S))+", re.MULTILINE)


@dataclass
class Rendered:
    """What markdown-it made of a document."""

    blocks: list[str] = field(default_factory=list)  # block token types, in order
    inlines: list[tuple[str, str]] = field(default_factory=list)  # (type, info) of inline tokens
    # The plain text: each list item's marker before its text, breaks as "\n", "\n\n" after a
    # paragraph.
    text: str = ""


def render(markdown: str) -> Rendered:
    rendered = Rendered()
    parts = []
    for token in _MD.parse(markdown):
        rendered.blocks.append(token.type)
        if token.type == "list_item_open":
            parts.append(token.info + token.markup + " ")  # info is the number as typed
        elif token.type == "paragraph_close":
            parts.append("\n\n")
        for child in token.children or []:
            rendered.inlines.append((child.type, child.info))
            parts.append("\n" if child.type in ("softbreak", "hardbreak") else child.content)
    rendered.text = "".join(parts)
    return rendered


def non_space(text: str) -> str:
    return "".join(text.split())


def paragraph_lines(text: str) -> list[list[str]]:
    """Each paragraph (lines between blank lines) as the non-space characters of its lines."""
    runs = groupby(text.split("\n"), key=lambda line: bool(line.strip(" \t")))
    return [[non_space(line) for line in lines] for filled, lines in runs if filled]


_CHARS = [*"#*_->`[]<!&~=+.()|\\", *"0123456789abcxyz", *"éßжö中", " ", " ", " ", "\n", "\n", "\t"]
_SNIPPETS = [
    "- ", "* ", "+ ", "1. ", "2) ", "10. ", "  ", "    ", "\n\n", "\n  ", "\n    ", "\t- ", "# ",
    "## ", "> ", "---", "***", "___", "===", "```", "~~~", "~~", "&amp;", "&#35;", "&#x41;",
    "&copy;", "<a>", "</p>", "<!--", "<?", "<http://x.y>", "<a@b.c>", "[x]: /u", "[a](b)",
    "![i](j)", "`x`", "*x*", "_y_", "__z__", "a_b", "\\", "\\*", "\\\n", "  \n",
]  # fmt: skip
_pieces = st.lists(st.sampled_from(_CHARS) | st.sampled_from(_SNIPPETS), max_size=60).map("".join)
texts = _pieces.map(lambda text: text[:200].replace("\r", "").rstrip())


@settings(max_examples=300, deadline=None)
@given(texts)
def test_only_paragraphs_and_lists_and_no_inline_markup(text: str) -> None:
    rendered = render(escape_block(text))
    assert set(rendered.blocks) <= _BLOCK_TOKENS
    assert {kind for kind, _ in rendered.inlines} <= _INLINE_TOKENS
    assert ("text_special", "entity") not in rendered.inlines


@settings(max_examples=300, deadline=None)
@given(texts)
def test_the_same_words_with_list_markers_where_typed(text: str) -> None:
    assert non_space(render(escape_block(text)).text) == non_space(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_newline_is_never_a_soft_break(text: str) -> None:
    """Lines within a paragraph end in a hard break, and a line ending a paragraph does not."""
    assert "softbreak" not in {kind for kind, _ in render(escape_block(text)).inlines}


@settings(max_examples=300, deadline=None)
@given(texts)
def test_each_typed_line_is_a_rendered_line(text: str) -> None:
    assume(not _LIST_LIKE_LINE.search(text))
    rendered = render(escape_block(text))
    assert "list_item_open" not in rendered.blocks
    assert paragraph_lines(rendered.text) == paragraph_lines(text)


one_line = _pieces.map(lambda text: text[:120])


@settings(max_examples=300, deadline=None)
@given(one_line)
def test_inline_text_as_a_heading(text: str) -> None:
    tokens = _MD.parse("## " + escape_inline(text))
    assert [token.type for token in tokens] == ["heading_open", "inline", "heading_close"]
    children = tokens[1].children or []
    assert {(child.type, child.info) for child in children} <= {("text", ""), ("text_special", "escape")}
    assert " ".join("".join(child.content for child in children).split()) == " ".join(text.split())


@settings(max_examples=300, deadline=None)
@given(one_line)
def test_inline_text_as_a_list_item(text: str) -> None:
    assume(text.strip())
    rendered = render("- " + escape_inline(text))
    assert rendered.blocks == [
        "bullet_list_open", "list_item_open", "paragraph_open", "inline",
        "paragraph_close", "list_item_close", "bullet_list_close",
    ]  # fmt: skip
    assert {kind for kind, _ in rendered.inlines} <= {"text", "text_special"}
    assert " ".join(rendered.text.removeprefix("- ").split()) == " ".join(text.split())


NAMED_CASES = [
    "# Not a heading",
    "---",
    "* not emphasis*",
    "> not a quote",
    "<script>alert(1)</script>",
    "```",
    "`code`",
    "1. a real list item",
    "- another",
    "Tom & Jerry &amp; &copy; &#169;",
    "C:\\Users\\*",
    "todo [x] done",
    "[link](http://x)",
    "~~struck~~",
    "snake_case_word and _emph_",
]
STATEMENT = "\n".join(NAMED_CASES)
LIST_CASES = {"* not emphasis*", "1. a real list item", "- another"}


@pytest.mark.parametrize("case", NAMED_CASES)
def test_named_case_alone_and_between_lines(case: str) -> None:
    for text in (case, f"Before\n{case}\nAfter", f"Before\n\n{case}\n\nAfter"):
        rendered = render(escape_block(text))
        assert set(rendered.blocks) <= _BLOCK_TOKENS
        assert {kind for kind, _ in rendered.inlines} <= _INLINE_TOKENS - {"softbreak"}
        assert non_space(rendered.text) == non_space(text)
        assert ("list_item_open" in rendered.blocks) == (case in LIST_CASES)


def test_named_cases_as_one_statement() -> None:
    written = escape_block(STATEMENT)
    rendered = render(written)
    assert non_space(rendered.text) == non_space(STATEMENT)
    lists = [kind for kind in rendered.blocks if kind.endswith("list_open")]
    assert lists == ["bullet_list_open", "ordered_list_open", "bullet_list_open"]
    assert "softbreak" not in {kind for kind, _ in rendered.inlines}


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("# Not a heading", "\\# Not a heading"),
        ("---", "\\---"),
        ("- - -", "\\- - -"),
        ("=", "\\="),
        ("> not a quote", "\\> not a quote"),
        ("Tom & Jerry &amp; &copy; &#169;", "Tom & Jerry \\&amp; \\&copy; \\&#169;"),
        ("C:\\Users\\*", "C:\\Users\\\\\\*"),
        ("snake_case_word and _emph_", "snake_case_word and \\_emph\\_"),
        ("~~struck~~ ~ fine", "\\~\\~struck\\~\\~ ~ fine"),
        ("a < b > c, 3 * 4 = 12! (ok) #1 - done.", "a < b > c, 3 \\* 4 = 12! (ok) #1 - done."),
        ("1. first\n2) second", "1. first\n2) second"),
        ("line one\nline two", "line one\\\nline two"),
        ("ends in a backslash \\\nnext", "ends in a backslash \\\\\\\nnext"),
        ("Steps:\n2. not a list", "Steps:\\\n2\\. not a list"),
        ("tab\there, Ünïcode ✓", "tab\there, Ünïcode ✓"),
    ],
)
def test_escapes_are_few_and_readable(text: str, written: str) -> None:
    assert escape_block(text) == written


def test_lists_as_typed() -> None:
    text = "My goals:\n1. Read more\n2. Listen\n   - to children\n   - to parents\n- and a bullet"
    rendered = render(escape_block(text))
    assert [kind for kind in rendered.blocks if kind.endswith("list_open")] == [
        "ordered_list_open", "bullet_list_open", "bullet_list_open",
    ]  # fmt: skip
    assert rendered.blocks.count("list_item_open") == 5
    assert rendered.text.startswith("My goals:\n\n1. Read more")


def test_indented_code_becomes_text_and_lists_stay_open() -> None:
    assert render(escape_block("a\n\n    code")).blocks.count("paragraph_open") == 2
    written = escape_block("- item\n\n      not code\n-      nor this")
    rendered = render(written)
    assert "code_block" not in rendered.blocks
    assert rendered.blocks.count("list_item_open") == 2
    assert rendered.blocks.index("list_item_close") > rendered.blocks.index("paragraph_open", 4)


def test_lists_nested_deeper_than_markdown_it_renders_keep_their_words() -> None:
    text = "- " * 12 + "deep"
    rendered = render(escape_block(text))
    assert rendered.blocks.count("list_item_open") == 9
    assert non_space(rendered.text) == non_space(text)


def test_inline_escapes_block_starts_and_closing_hashes() -> None:
    assert escape_inline("# What went well? #") == "\\# What went well? \\#"
    assert escape_inline("1. First\nthen *this*") == "1\\. First then \\*this\\*"
    assert escape_inline("  - a  ") == "\\- a"


def _without_list_markers(text: str) -> str:
    """The non-space characters, less list markers: pandoc writes every bullet as "-"."""
    return non_space(_LEADING_MARKERS.sub("", text))


@pytest.mark.parametrize(
    "text",
    [*NAMED_CASES, STATEMENT, "- a\n  - b\n\n        c\n- d", "a\n\n    code\n\t- item", "Steps:\n2. no list"],
)
def test_pandoc_reads_the_same_words(text: str) -> None:
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc is not installed here; .ci/run installs Debian's pandoc")
    plain = subprocess.run(
        ["pandoc", "-f", "commonmark", "-t", "plain", "--wrap=none"],
        input=escape_block(text),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert _without_list_markers(plain) == _without_list_markers(text)


_prose = st.lists(
    st.sampled_from([*"abcdefghij .,!?'()", "\n", "\n\n", "word ", "  ", "\u2019", "\u00e9"]), max_size=80
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, _prose))
def test_the_quick_path_for_plain_prose_writes_what_the_careful_one_does(text: str) -> None:
    from thingsjournal.text.markdown import _escape_lines

    assert escape_block(text) == _escape_lines(text)


@settings(max_examples=300, deadline=None)
@given(texts | st.text(alphabet="ab\n", max_size=60).map(str.strip), st.integers(1, 12))
def test_a_long_text_escaped_in_pieces_is_escaped_the_same(text: str, piece: int) -> None:
    """A text longer than `text_pieces.PIECE` is looked at and escaped a piece at a time, so a
    50 MB entry never has all its lines in a list: the result must be the same as whole."""
    whole = escape_block(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(text_pieces, "PIECE", piece)
        assert escape_block(text) == whole
