"""The HTML of an export, written straight from the same writer as its Markdown
(`markdown_document.Writer`), a block at a time.

Each block is the HTML that CommonMark (markdown-it-py, raw HTML off) makes of the Markdown block
the Markdown writer writes for it; the tests hold the two equal. The app's own lines and most of
the user's prose need no parser: a heading, a list of facts or a plain paragraph is escaped and
tagged here. Only the user's text that holds something Markdown could read as markup (a list
they typed, a backslash, an asterisk) is given to markdown-it-py, a block at a time, so a
thousand entries export as HTML in about the time they take as Markdown.

Blocks are rendered each on its own: a list the user typed under a list of the app's never runs
into it, as it would if the whole document were parsed at once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from thingsjournal.export.markdown_document import Writer
from thingsjournal.text.markdown import escape_block, is_plain, on_one_line

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

# What markdown-it-py's renderer escapes in text, and as what.
_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
_PARAGRAPH_BREAKS = re.compile(r"\n\n+")
# A hard break in the Markdown of plain prose, and the spaces CommonMark drops after it.
_HARD_BREAK = re.compile(r"\\\n[ \t]*")
BREAK = "<br />\n"


def one_line(text: str) -> str:
    """`text` on one line as `escape_inline` puts it, escaped for HTML."""
    return on_one_line(text).translate(_HTML_ESCAPES)


# The whitespace markdown-it-py trims from either end of a block (JavaScript's `trim`, bar U+FEFF).
_TRIMMED = "\t\n\x0b\x0c\r \xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"


def block(content: str) -> str:
    """A block's content as CommonMark gives it: whitespace at either end gone, NUL as the
    replacement character."""
    return content.replace("\0", "\ufffd").strip(_TRIMMED)


@lru_cache(maxsize=1)
def markdown_it() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False})


def to_html(markdown: str) -> str:
    """Markdown as CommonMark's HTML, raw HTML shown as text."""
    return markdown_it().render(markdown)


def plain_paragraphs(text: str) -> str:
    """Prose that holds no markup (`is_plain`) as paragraphs, each line break kept, as
    CommonMark renders the Markdown `escape_block` writes of it."""
    paragraphs = []
    for paragraph in _PARAGRAPH_BREAKS.split(text) if text else ():
        content = block(paragraph.replace("\n", "\\\n"))
        paragraphs.append(f"<p>{_HARD_BREAK.sub(BREAK, content.translate(_HTML_ESCAPES))}</p>\n")
    return "".join(paragraphs)


class HtmlWriter(Writer):
    """The Markdown writer's document, each block written as HTML."""

    SEPARATOR = LAST = ""  # each block ends its own line

    def heading(self, level: int, text: str) -> None:
        tag = f"h{min(level, 6)}"
        self.parts.append(f"<{tag}>{block(one_line(text))}</{tag}>\n")

    def line(self, text: str) -> None:
        if written := one_line(text):
            self.parts.append(f"<p>{block(written)}</p>\n")

    def facts(self, lines: list[str]) -> None:
        self.parts.append(f"<p>{block(BREAK.join(map(one_line, lines)))}</p>\n")

    def labelled(self, label: str, text: str) -> None:
        self.parts.append(f"<p>{block(f'<strong>{one_line(label)}</strong>: {one_line(text)}')}</p>\n")

    def rule(self) -> None:
        self.parts.append("<hr />\n")

    def bullets(self, items: list[str]) -> None:
        if items:
            listed = "".join(f"<li>{block(one_line(item))}</li>\n" for item in items)
            self.parts.append(f"<ul>\n{listed}</ul>\n")

    def user_text(self, text: str) -> None:
        self.parts.append(plain_paragraphs(text) if is_plain(text) else to_html(escape_block(text)))
