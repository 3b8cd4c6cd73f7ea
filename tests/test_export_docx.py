"""The Word export: read back with python-docx (and pandoc, where installed), a portfolio has the
Markdown's headings as Word headings, its lists in Word's list styles and the same words; any
text at all makes a file Word opens; and python-docx loads only when a Word file is made."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document
from hypothesis import given, settings
from hypothesis import strategies as st
from journal_helpers import reflection, saved
from markdown_it import MarkdownIt
from markdown_it.token import Token

from thingsjournal.export.docx import MONOSPACE, markdown_docx
from thingsjournal.export.render import Period, choose_entries, render
from thingsjournal.journal.entries import LearningRecord
from thingsjournal.session import Session
from thingsjournal.text.markdown import escape_inline

TYPED = (
    "# Not a heading\n---\n> not a quote\n<script>alert(1)</script>\n`code` and [link](http://x) & &amp; **not bold**"
)


@pytest.fixture
def portfolio(tmp_path: Path) -> str:
    """The Markdown of a real portfolio: statement headings, typed lists, text that looks like markup."""
    folder = tmp_path / "journal"
    saved(
        folder,
        reflection(
            10,
            "We agreed one outcome.\nIt has two lines.\n\n## What changed\n\n- Fewer handovers\n- One plan\n\n"
            "1. Listen\n2. Agree",
            answers={"shared-outcome": TYPED},
            headings={"do": "Listened *first*."},
            capabilities=("vision",),
            elements=("reflective-practice",),
            learning_date=date(2026, 11, 3),
            minutes=90,
        ),
        LearningRecord(title="First aid", activity="Course", learned="CPR", learning_date=date(2026, 10, 1)),
    )
    session = Session.open(folder)
    summaries = choose_entries(session.view, [], [], True, Period())
    return render(session.view, summaries, "markdown", Period(), True, session.settings)


def _opened(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def _inline_text(children: list[Token]) -> str:
    """An inline token's text as rendered: escapes gone, a soft break a space, a hard break a newline."""
    breaks = {"softbreak": " ", "hardbreak": "\n"}
    return "".join(breaks.get(child.type, child.content) for child in children)


def _headings(markdown: str) -> list[tuple[int, str]]:
    tokens = MarkdownIt("commonmark").parse(markdown)
    return [
        (int(token.tag[1]), _inline_text(tokens[index + 1].children or []))
        for index, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


def _items(markdown: str) -> list[str]:
    """Each list item's first paragraph, as rendered."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    return [
        _inline_text(next(t for t in tokens[index:] if t.type == "inline").children or [])
        for index, token in enumerate(tokens)
        if token.type == "list_item_open"
    ]


def _words(markdown: str) -> list[str]:
    """The rendered words of Markdown with no links: every block's text, markup gone."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    return " ".join(_inline_text(token.children or []) for token in tokens if token.type == "inline").split()


def _word_headings(document: Document) -> list[tuple[int, str]]:
    return [
        (int(paragraph.style.name.removeprefix("Heading ")), paragraph.text)
        for paragraph in document.paragraphs
        if paragraph.style is not None and paragraph.style.name.startswith("Heading ")
    ]


def _styles(document: Document) -> list[tuple[str, str]]:
    return [(paragraph.style.name if paragraph.style else "", paragraph.text) for paragraph in document.paragraphs]


def test_a_portfolio_has_its_headings_lists_and_words(portfolio: str) -> None:
    document = _opened(markdown_docx(portfolio, "Portfolio of learning"))
    assert document.core_properties.title == "Portfolio of learning"
    assert document.core_properties.author == ""  # not python-docx's name, nor a guess at the user's
    headings = _headings(portfolio)
    assert headings[:3] == [(1, "Portfolio of learning"), (2, "Summary"), (2, "Entries")]
    assert (5, "What changed") in headings
    assert _word_headings(document) == headings
    listed = [text for style, text in _styles(document) if style.startswith(("List Bullet", "List Number"))]
    assert listed == _items(portfolio) and {"Fewer handovers", "Agree"} <= set(listed)
    assert ("List Number", "Listen") in _styles(document)
    words = [word for paragraph in document.paragraphs for word in paragraph.text.split()]
    assert words == _words(portfolio)
    assert "We agreed one outcome.\nIt has two lines." in [text for _, text in _styles(document)]
    assert "`code` and [link](http://x) & &amp; **not bold**" in "\n".join(text for _, text in _styles(document))


MARKUP = """\
# Title

Some **bold**, *italic*, `a code span`, [a link](https://example.org/x) and <https://example.org/y>.
A hard break follows\\
here.

- one
  - nested

1. first
2. second

> A quote.

---

3. third
"""


def test_markup_becomes_word_formatting() -> None:
    document = _opened(markdown_docx(MARKUP, "A title"))
    paragraphs = document.paragraphs
    runs = paragraphs[1].runs
    assert [run.text for run in runs if run.bold] == ["bold"] and [run.text for run in runs if run.italic] == ["italic"]
    assert [run.text for run in runs if run.font.name == MONOSPACE] == ["a code span"]
    assert paragraphs[1].text == (
        "Some bold, italic, a code span, a link (https://example.org/x) and https://example.org/y. "
        "A hard break follows\nhere."
    )
    assert _styles(document)[2:] == [
        ("List Bullet", "one"),
        ("List Bullet 2", "nested"),
        ("List Number", "first"),
        ("List Number", "second"),
        ("Quote", "A quote."),
        ("Normal", ""),  # the rule
        ("List Number", "third"),
    ]
    # Each numbered list counts from its own first number, not on from the list before.
    numbers = [
        int(number) for paragraph in paragraphs for number in paragraph._p.xpath("./w:pPr/w:numPr/w:numId/@w:val")
    ]
    assert numbers[0] == numbers[1] != numbers[2]
    numbering = document.part.numbering_part.element
    assert numbering.num_having_numId(numbers[2]).xpath("./w:lvlOverride/w:startOverride/@w:val") == ["3"]


def _pandoc_text(node: Any) -> str:
    """The text of a pandoc AST: its words, a space between words and after each block."""
    if isinstance(node, list):
        return "".join(map(_pandoc_text, node))
    if not isinstance(node, dict):
        return ""  # attributes, link targets, list numbering
    kind, content = node["t"], node.get("c", [])
    if kind == "Str":
        return str(content)
    if kind in ("Code", "CodeBlock"):
        return str(content[1]) + (" " if kind == "CodeBlock" else "")
    if kind in ("Space", "SoftBreak", "LineBreak"):
        return " "
    if kind == "Header":
        return _pandoc_text(content[2]) + " "
    return _pandoc_text(content) + (" " if kind in ("Para", "Plain") else "")


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed here; .ci/run installs it")
def test_pandoc_reads_the_same_headings_and_words(portfolio: str, tmp_path: Path) -> None:
    path = tmp_path / "portfolio.docx"
    path.write_bytes(markdown_docx(portfolio, "Portfolio of learning"))
    # Read as pandoc's document tree: its Markdown writer would turn a typed "---" under a hard
    # break into a heading, which the .docx does not have.
    done = subprocess.run(
        ["pandoc", "-f", "docx", "-t", "json", str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
    blocks = json.loads(done.stdout)["blocks"]
    headings = [(block["c"][0], _pandoc_text(block["c"][2])) for block in blocks if block["t"] == "Header"]
    assert headings == _headings(portfolio)
    assert _pandoc_text(blocks).split() == _words(portfolio)
    assert "BulletList" in done.stdout and "OrderedList" in done.stdout


def _stand_in(character: str) -> str:
    """What the brief says Word shows for a character it cannot hold (and for DEL and C1)."""
    code = ord(character)
    if code < 0x20 and character not in "\t\n\r":
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if 0x80 <= code < 0xA0 or 0xD800 <= code < 0xE000 or code in (0xFFFE, 0xFFFF):
        return "\ufffd"
    return character


@given(st.text(), st.text(max_size=20))
@settings(max_examples=150, deadline=None)
def test_any_text_makes_a_file_word_opens_with_every_character(text: str, title: str) -> None:
    lines = [escape_inline(line) for line in text.split("\n")]
    lines = [line for line in lines if line]
    document = _opened(markdown_docx("Text: " + "\\\n".join(lines), title))
    [paragraph] = document.paragraphs
    shown = "".join(map(_stand_in, text))
    assert "".join(paragraph.text.split()) == "Text:" + "".join(shown.split())
    assert paragraph.text.count("\n") == max(len(lines) - 1, 0)  # each typed line its own line
    assert document.core_properties.title == "".join(map(_stand_in, title))


def test_python_docx_loads_only_for_a_word_export() -> None:
    check = "import sys, thingsjournal.export.docx, thingsjournal.export.render; print('docx' in sys.modules, 'lxml' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
