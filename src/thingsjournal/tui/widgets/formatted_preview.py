"""Markdown shown formatted, as a reader sees the page made from it: headings, lists, emphasis.
The HTML export's preview, since its own text is tags and CSS.

Rich's Markdown builds styled text from the parse and never reads Rich markup, so "[b]" in an
entry shows as typed. A portfolio of a thousand entries takes seconds to lay out (Textual's
Markdown widget, a widget per paragraph, takes most of a minute), so the lines are laid out on a
worker thread at the widget's width, again when the width changes, and drawn with the line API.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.markdown import Markdown
from rich.segment import Segment
from rich.theme import Theme
from textual import work
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.worker import Worker, WorkerState

# Rich's own Markdown styles have fixed colours (magenta headings, cyan bullets); these use only
# weight, slant and underline, so the page reads in every theme, the high-contrast one included.
STYLES = Theme(
    {
        "markdown.h1": "bold underline",
        "markdown.h1.border": "none",
        "markdown.h2": "bold underline",
        "markdown.h3": "bold",
        "markdown.h4": "bold italic",
        "markdown.h5": "italic",
        "markdown.h6": "italic",
        "markdown.hr": "dim",
        "markdown.list": "none",
        "markdown.item.number": "none",
        "markdown.block_quote": "italic",
        "markdown.code": "bold",
        "markdown.code_block": "none",
        "markdown.link": "underline",
        "markdown.link_url": "underline",
        "markdown.table.border": "dim",
        "markdown.table.header": "bold",
    }
)
LAYING_OUT = "Laying out the page…"


def laid_out(markdown: str, width: int) -> list[Strip]:
    """`markdown` formatted as lines `width` cells wide (any thread)."""
    console = Console(width=width, file=io.StringIO(), theme=STYLES, color_system="truecolor")
    lines = console.render_lines(Markdown(markdown, hyperlinks=False), console.options, pad=False)
    return [Strip(line) for line in lines]


class FormattedPreview(ScrollView, can_focus=True):
    DEFAULT_CSS = """
    FormattedPreview {
        overflow-x: hidden; overflow-y: auto; background: $surface;
        border: tall $border-blurred; padding: 0 1;
    }
    FormattedPreview:focus { border: tall $border; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.markdown = ""
        self.lines: list[Strip] = []
        self.width_laid_out = 0
        self.laying_out = False

    def show(self, markdown: str) -> None:
        self.markdown = markdown
        self.lines, self.width_laid_out = [], 0
        self.virtual_size = Size(0, 0)
        self._lay_out()

    def on_resize(self) -> None:
        if self._width() != self.width_laid_out:
            self._lay_out()

    def _width(self) -> int:
        """The width less the scroll bar's, so that the lines fit whether it shows or not."""
        return max(self.size.width - self.styles.scrollbar_size_vertical, 1)

    def _lay_out(self) -> None:
        """Lay the document out at the width it has; hidden, it has none, and is laid out when
        it shows (its first resize)."""
        self.laying_out = bool(self.markdown)
        self.refresh()
        if self.laying_out and self.size.width:
            self.width_laid_out = width = self._width()
            self._lay_out_lines(self.markdown, width)

    @work(thread=True, exclusive=True, description="Laying out the preview")
    def _lay_out_lines(self, markdown: str, width: int) -> None:
        lines = laid_out(markdown, width)
        self.app.call_from_thread(self._laid_out, markdown, width, lines)

    def _laid_out(self, markdown: str, width: int, lines: list[Strip]) -> None:
        if markdown is not self.markdown or width != self.width_laid_out:
            return  # laid out for a document or a width since replaced: a newer one is coming
        self.lines, self.laying_out = lines, False
        self.virtual_size = Size(width, len(lines))
        self.refresh()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A lay-out that failed (the app has told the user) never leaves "Laying out…" up."""
        if event.state is WorkerState.ERROR:
            self.laying_out = False
            self.refresh()

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if index < len(self.lines):
            line = self.lines[index]
        elif self.laying_out and y == 0:
            line = Strip([Segment(LAYING_OUT)])
        else:
            return Strip.blank(width, self.rich_style)
        return line.crop_extend(0, width, None).apply_style(self.rich_style)
