"""A list of many one-line rows that draws only the rows in view.

Textual's OptionList measures every option when it is filled (about 0.2 s for 2,000 entries);
this list asks for a row's text only when the row is drawn, so a search over a large journal
shows its results as fast as the search itself. Keys and clicks work as in an OptionList.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

if TYPE_CHECKING:
    from textual import events

RowText = Callable[[int, int], Text]  # (index, width) -> the row's text


class RowList(ScrollView, can_focus=True):
    DEFAULT_CSS = """
    RowList { height: 1fr; overflow-x: hidden; overflow-y: auto; background: $surface; }
    RowList > .row-list--cursor {
        color: $block-cursor-blurred-foreground;
        background: $block-cursor-blurred-background;
        text-style: $block-cursor-blurred-text-style;
    }
    RowList:focus > .row-list--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: $block-cursor-text-style;
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"row-list--cursor"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
    ]

    cursor: reactive[int] = reactive(0, always_update=True)

    class Chosen(Message):
        """A row was chosen with Enter or a click."""

        def __init__(self, row_list: RowList, index: int) -> None:
            super().__init__()
            self.row_list = row_list
            self.index = index

        @property
        def control(self) -> RowList:
            return self.row_list

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.count = 0
        self.row_text: RowText = lambda index, width: Text()
        self._cache: dict[tuple[int, int, bool], Strip] = {}

    def set_rows(self, count: int, row_text: RowText, cursor: int = 0) -> None:
        """Show `count` rows, drawn by `row_text` as they come into view."""
        self.count = count
        self.row_text = row_text
        self._cache.clear()
        self.virtual_size = Size(self.size.width, count)
        self.cursor = min(max(0, cursor), max(0, count - 1))
        self.refresh()

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.size.width
        style = self.rich_style
        if index >= self.count:
            return Strip.blank(width, style)
        chosen = index == self.cursor
        key = (index, width, chosen and self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            text = self.row_text(index, width)
            text.truncate(width, overflow="ellipsis", pad=True)
            if chosen:
                text.stylize(self.get_component_rich_style("row-list--cursor"))
            strip = Strip(list(text.render(self.app.console)), width).apply_style(style)
            self._cache[key] = strip
        return strip

    def watch_cursor(self, previous: int, cursor: int) -> None:
        self._cache = {key: strip for key, strip in self._cache.items() if key[0] not in (previous, cursor)}
        self.refresh()
        if self.count:
            self.scroll_to_region(Region(0, cursor, 1, 1), animate=False, force=True)

    def on_focus(self) -> None:
        self._cache.clear()

    def on_blur(self) -> None:
        self._cache.clear()

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self.count)
        self._cache.clear()

    def _move(self, step: int) -> None:
        if self.count:
            self.cursor = min(max(0, self.cursor + step), self.count - 1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_page_up(self) -> None:
        self._move(-max(1, self.size.height - 1))

    def action_page_down(self) -> None:
        self._move(max(1, self.size.height - 1))

    def action_first(self) -> None:
        self._move(-self.count)

    def action_last(self) -> None:
        self._move(self.count)

    def action_choose(self) -> None:
        if self.count:
            self.post_message(self.Chosen(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        index = self.scroll_offset.y + event.y
        if 0 <= index < self.count:
            self.cursor = index
            self.post_message(self.Chosen(self, index))
