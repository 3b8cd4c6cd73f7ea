"""A Word document of an export, made from the same Markdown as the HTML page: many practitioners
hand in Word files, and few have pandoc to make one.

python-docx (and lxml under it) is imported inside `markdown_docx`, never at the top of this
module: it takes a while to load and only a Word export needs it, so starting the app, or making
any other export, never loads it.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from thingsjournal.text.control_chars import stand_in

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph
    from markdown_it.token import Token

# What the XML of a .docx cannot hold (C0 controls but tab, newline and CR; U+FFFE and U+FFFF;
# lone surrogates), and DEL and the C1 controls, which no export shows raw.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
MONOSPACE = "Courier New"


def word_safe(text: str) -> str:
    """`text` with each character Word cannot hold replaced, one for one: a control's stand-in, as
    every export shows it (a picture such as ␛ for C0 and DEL, U+FFFD for C1), else U+FFFD."""
    return _UNWRITABLE.sub(lambda found: stand_in(found.group()) if found.group() <= "\x9f" else "\ufffd", text)


def markdown_docx(markdown: str, title: str) -> bytes:
    """The .docx of an export's Markdown: headings as Word headings, lists in Word's list styles,
    so the reader's navigation pane and numbering work. Raw HTML is off, as for the page; the
    document holds no image and links to nothing it would fetch."""
    from docx import Document
    from markdown_it import MarkdownIt

    document = Document()
    properties = document.core_properties
    properties.title = word_safe(title)
    properties.author = properties.comments = ""  # the template's "python-docx", not the user
    properties.created = properties.modified = datetime.now(UTC).replace(microsecond=0)
    # Made safe before parsing too, so a NUL shows as ␀ (markdown-it would make it U+FFFD).
    _Writer(document).blocks(MarkdownIt("commonmark", {"html": False}).parse(word_safe(markdown)))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


class _Writer:
    """Adds markdown-it's block tokens to the document, keeping the lists and quotes open."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.lists: list[tuple[str, int | None]] = []  # each open list's style, and its numbering
        self.quotes = 0
        self.item_starts = False  # the next paragraph is the first of a list item

    def blocks(self, tokens: list[Token]) -> None:
        paragraph: Paragraph | None = None
        for token in tokens:
            kind = token.type
            if kind == "heading_open":
                paragraph = self.document.add_heading(level=int(token.tag[1]))
            elif kind == "paragraph_open":
                paragraph = self._paragraph()
            elif kind == "inline" and paragraph is not None:
                _inline(paragraph, token.children or [])
            elif kind in ("code_block", "fence"):
                _run(self._paragraph(), token.content.rstrip("\n"), code=True)
            elif kind in ("bullet_list_open", "ordered_list_open"):
                self._open_list(token)
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "list_item_open":
                self.item_starts = True
            elif kind in ("blockquote_open", "blockquote_close"):
                self.quotes += 1 if kind == "blockquote_open" else -1
            elif kind == "hr":
                # An empty paragraph, not a page break: an export's one rule sets its attribution
                # apart, and a page break would leave those few lines alone on a last sheet.
                self.document.add_paragraph()

    def _open_list(self, token: Token) -> None:
        depth = min(len(self.lists) + 1, 3)  # the template's list styles go three levels deep
        ordered = token.type == "ordered_list_open"
        style = ("List Number" if ordered else "List Bullet") + (f" {depth}" if depth > 1 else "")
        self.lists.append((style, self._numbering(style, int(token.attrGet("start") or 1)) if ordered else None))

    def _numbering(self, style: str, start: int) -> int:
        """A numbering of its own for an ordered list, from its first number: with the style's,
        every list in the document would carry on counting from the one before."""
        numbering = self.document.part.numbering_part.element
        style_numbering = self.document.styles[style].element.pPr.numPr.numId.val
        num = numbering.add_num(numbering.num_having_numId(style_numbering).abstractNumId.val)
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        return int(num.numId)

    def _paragraph(self) -> Paragraph:
        """A paragraph styled for where it is: a list item's first, a list item's next, a quote."""
        if not self.lists:
            return self.document.add_paragraph(style="Quote" if self.quotes else None)
        style, number = self.lists[-1]
        if not self.item_starts:
            return self.document.add_paragraph(style=style.replace("Bullet", "Continue").replace("Number", "Continue"))
        self.item_starts = False
        paragraph = self.document.add_paragraph(style=style)
        if number is not None:
            paragraph._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = number
        return paragraph


def _inline(paragraph: Paragraph, children: list[Token]) -> None:
    """Runs for the inline tokens: bold and italic as such, code in a monospace font, a link as
    its text then its address in brackets (the document is as often printed as read)."""
    bold = italic = 0
    link: tuple[str, list[str]] | None = None  # the open link's address, and its text so far
    for child in children:
        kind = child.type
        if kind in ("text", "text_special", "code_inline", "image", "softbreak"):
            text = " " if kind == "softbreak" else child.content  # an image shows its description
            _run(paragraph, text, bold=bold > 0, italic=italic > 0, code=kind == "code_inline")
            if link is not None:
                link[1].append(text)
        elif kind == "hardbreak":
            paragraph.add_run().add_break()
        elif kind in ("strong_open", "strong_close"):
            bold += 1 if kind == "strong_open" else -1
        elif kind in ("em_open", "em_close"):
            italic += 1 if kind == "em_open" else -1
        elif kind == "link_open":
            link = (str(child.attrGet("href") or ""), [])
        elif kind == "link_close" and link is not None:
            address, words = link
            if address and address.removeprefix("mailto:") != "".join(words):  # an autolink shows it already
                _run(paragraph, f" ({address})")
            link = None


def _run(paragraph: Paragraph, text: str, bold: bool = False, italic: bool = False, code: bool = False) -> None:
    run = paragraph.add_run(word_safe(text))  # python-docx writes a tab and a newline as Word's own
    run.bold = bold or None
    run.italic = italic or None
    if code:
        run.font.name = MONOSPACE
