"""A user's text as CommonMark that renders as the same words, for the Markdown export.

A practitioner writes prose, not Markdown, but may type Markdown-like lists ("- ", "1. "); those
read the same rendered, so they stay lists. Whatever else would change the structure (a "#"
heading, a "---" rule, a "> " quote, indented code) or run as markup (HTML, code spans, emphasis,
links, entities) gets one backslash, and nothing more, so the raw Markdown stays readable. Each
newline typed inside a paragraph becomes a backslash hard break, so addresses and poems keep
their lines.

Whether a line starts a list item depends on the lists still open above it (their indentation,
whether a paragraph is being continued), and a hard break before a line that starts an item
would show as a literal backslash; so `escape_block` follows CommonMark's container rules for
list items, the only containers left once quotes are escaped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from thingsjournal.text.pieces import NEWLINE, PARAGRAPH_BREAK, pieces

# A list marker that opens an item: bullet or number, then spaces, then text (an empty item
# would turn a lone "-" or "1." into a bullet, so such markers are escaped as text instead).
_MARKER = re.compile(r"(?P<marker>[-+*]|(?P<number>[0-9]{1,9})[.)])(?P<space>[ \t]+)(?=[^ \t])")
# "***", "- - -", "___": a thematic break, which wins over a list item.
_THEMATIC_BREAK = re.compile(r"([-*_])[ \t]*(?:\1[ \t]*){2,}$")
# Inline markup, anywhere in a line: each character matched gets a backslash.
_INLINE = re.compile(
    r"""
      [`*\[\]]                                   # code spans, emphasis, links and images
    | <(?=[A-Za-z/!?])                           # HTML tags, comments, autolinks
    | &(?=\#[0-9]{1,7};|\#[xX][0-9A-Fa-f]{1,6};|[A-Za-z][A-Za-z0-9]*;)  # entity references
    | \\(?=[!-/:-@\[-`{-~]|$)                    # a backslash that would escape or break the line
    | ~~+                                        # strikethrough, in the readers that have it
    | (?<!\w)_++ | (?<!_)_++(?![^\W_])           # underscores, unless between letters or digits
    """,
    re.VERBOSE,
)
# Block syntax at the start of a line's text: the match ends where the backslash goes.
_BLOCK_START = re.compile(
    r"""
      [0-9]{1,9}(?=[.)](?:[ \t]|$))              # "1." or "1)": the escape goes before . or )
    | (?= \#{1,6}(?:[ \t]|$)                     # ATX heading
        | >                                      # block quote
        | [-+](?:[ \t]|$)                        # bullet list item
        | -[- \t]*$                              # thematic break or setext underline
        | =+[ \t]*$                              # setext underline
      )
    """,
    re.VERBOSE,
)
# The closing "#"s of an ATX heading, which the heading would swallow.
_CLOSING_HASHES = re.compile(r"(?<![^ \t])#(?=#*$)")
_NEWLINE = re.compile(r"\r\n?|\n")
# What `_escape_lines` may write differently from the text itself, bar its hard breaks: these
# characters anywhere, these at a line's start (after spaces), indentation, trailing whitespace.
_MARKUP_CHARACTERS = "`*[]<&\\~_\r"
_LINE_START_CHARACTERS = frozenset("#>+-=0123456789\t")
_PARAGRAPH_BREAKS = re.compile(r"(\n\n+)")
# markdown-it stops parsing at nesting level 20, and each list level takes two.
_MAX_LIST_DEPTH = 9


def escape_block(text: str) -> str:
    """`text` (with "\\n" line endings) as paragraphs and lists that render as the same words."""
    if is_plain(text):  # most prose: only its line breaks need writing
        return "".join(map(_plain_breaks, pieces(text, PARAGRAPH_BREAK)))
    return _escape_lines(text)


def _plain_breaks(text: str) -> str:
    """Plain prose with each line break inside a paragraph written as a hard break."""
    parts = _PARAGRAPH_BREAKS.split(text)
    parts[::2] = [paragraph.replace("\n", "\\\n") for paragraph in parts[::2]]
    return "".join(parts)


def is_plain(text: str) -> bool:
    """Whether `text` holds nothing Markdown could read as markup, checked with string methods
    (a regular expression for the same takes five times as long)."""
    if any(character in text for character in _MARKUP_CHARACTERS) or " \n" in text or "\t\n" in text:
        return False
    if text.startswith("\n") or text.endswith((" ", "\t", "\n")):
        return False
    for piece in pieces(text, NEWLINE):
        for line in piece.split("\n"):
            start = line.lstrip(" ")
            if start and (start[0] in _LINE_START_CHARACTERS or len(line) - len(start) >= 4):
                return False
    return True


def _escape_lines(text: str) -> str:
    """`escape_block`, line by line, for text that holds something Markdown could read as markup."""
    lists = _ListTracker()
    lines = [lists.write(line.rstrip(" \t")) for line in text.split("\n")]
    written = []
    for (markdown, _), (following, starts_item) in zip(lines, [*lines[1:], ("", False)], strict=False):
        # A line continued by the next one ends with a hard break; one that ends its block
        # must not, or the backslash would show.
        continued = markdown and following and not starts_item
        written.append(markdown + "\\" if continued else markdown)
    return "\n".join(written)


def on_one_line(text: str) -> str:
    """`text` as a heading or a list item holds it: its line breaks as spaces, no spaces or
    tabs at either end."""
    return _NEWLINE.sub(" ", text).strip(" \t")


@lru_cache(maxsize=4096)  # the same questions and titles head every entry of a portfolio
def escape_inline(text: str) -> str:
    """`text` on one line, to follow "## " or "- " and render as the same text."""
    escaped = _escape_text(on_one_line(text))
    return _CLOSING_HASHES.sub(r"\\\g<0>", escaped)


def _escape_text(text: str) -> str:
    """Backslashes for the inline markup in `text`, and for block syntax at its start."""
    escaped = _INLINE.sub(_backslash_each, text)
    start = _BLOCK_START.match(escaped)
    return escaped if start is None else escaped[: start.end()] + "\\" + escaped[start.end() :]


def _backslash_each(match: re.Match[str]) -> str:
    return "\\" + "\\".join(match.group())


def _columns(whitespace: str, column: int) -> int:
    """How many columns `whitespace` spans from `column`: CommonMark's tab stops are 4 apart."""
    return len((" " * column + whitespace).expandtabs(4)) - column


class _ListTracker:
    """The list items open after each line, as their content columns, by CommonMark's rules.

    Leading tabs are written as spaces, so the columns hold in the output as they did in the
    input; only indentation that would make a code block is dropped.
    """

    def __init__(self) -> None:
        self.columns: list[int] = []  # each open item's content column, outermost first
        self.in_paragraph = False

    def write(self, line: str) -> tuple[str, bool]:
        """The line as Markdown, and whether it starts a list item."""
        text = line.lstrip(" \t")
        if not text:
            self.in_paragraph = False
            return "", False
        column = _columns(line[: len(line) - len(text)], 0)
        matched = bisect_right(self.columns, column)  # the items this line is indented into
        base = self.columns[matched - 1] if matched else 0
        if column - base >= 4 and not self.in_paragraph:
            column = base  # it would be indented code: drop the indentation, keep the text
        markers, item_columns = "", list[int]()
        if column - base < 4:
            interrupts = self.in_paragraph and matched == len(self.columns)
            markers, item_columns, text = _open_items(text, column, matched, interrupts)
        if item_columns:
            self.columns[matched:] = item_columns
        elif not self.in_paragraph:
            del self.columns[matched:]  # a new paragraph closes the items it is not indented into
        self.in_paragraph = True
        return " " * column + markers + _escape_text(text), bool(item_columns)


def _open_items(text: str, column: int, depth: int, interrupts: bool) -> tuple[str, list[int], str]:
    """The list markers that open items at the start of `text` (nested ones too, as in "- 1. x").

    Returns their Markdown, each new item's content column, and the text after them. A paragraph
    can be interrupted only by a bullet or by "1." (CommonMark), and markdown-it drops what is
    nested deeper than `_MAX_LIST_DEPTH`; markers that open no item stay in the text, which
    escapes them.
    """
    written, columns = "", list[int]()
    while (marker := _MARKER.match(text)) and not _THEMATIC_BREAK.match(text):
        number = marker["number"]
        if interrupts and number is not None and int(number) != 1:
            break
        if depth + len(columns) == _MAX_LIST_DEPTH:
            break
        column += len(marker["marker"])
        spaces = _columns(marker["space"], column)
        if spaces > 4:
            spaces = 1  # more would make the text indented code, with the item's column after one
        column += spaces
        written += marker["marker"] + " " * spaces
        columns.append(column)
        text = text[marker.end() :]
        interrupts = False
    return written, columns, text
