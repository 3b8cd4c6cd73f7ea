"""Tagging an entry with the leadership capabilities, their sub-capabilities, the core learning
elements it evidences and the learning expected of everyone (trauma, protection)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from thingsjournal.tui.widgets.tick_box import TickList

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from thingsjournal.catalog.cache import ExpectedTopic, Named


class TagsPanel(VerticalScroll):
    DEFAULT_CSS = """
    TagsPanel { padding: 0 1; }  /* one scroll, the panel's: the lists grow to hold every line */
    TagsPanel .section { text-style: bold; }
    TagsPanel .hint { color: $text-muted; }
    TagsPanel SelectionList { height: auto; max-height: 1000; margin-bottom: 1; }
    """

    def __init__(
        self,
        capabilities: list[Named],
        elements: list[Named],
        topics: list[ExpectedTopic],
        chosen: set[str],
        related: tuple[str, ...] = (),
    ) -> None:
        super().__init__(id="tags")
        self.capabilities = capabilities
        self.elements = elements
        self.topics = topics
        self.chosen = chosen
        self.related = related

    def compose(self) -> ComposeResult:
        yield Static("Leadership capabilities", classes="section")
        yield Static("Space or a click ticks a capability or one of its sub-capabilities.", classes="hint")
        options: list[Selection[str]] = []
        for capability in self.capabilities:
            marker = "  (this Thing's focus)" if capability.id in self.related else ""
            options.append(
                Selection(
                    Text(capability.name + marker, style="bold"),
                    f"cap:{capability.id}",
                    f"cap:{capability.id}" in self.chosen,
                )
            )
            options += [
                Selection(Text(f"   {sub.name}"), f"sub:{sub.id}", f"sub:{sub.id}" in self.chosen)
                for sub in capability.subs
            ]
        yield TickList(*options, id="capabilities", compact=True)
        yield Static("Core learning elements", classes="section")
        yield TickList(
            *[
                Selection(Text(element.name), f"el:{element.id}", f"el:{element.id}" in self.chosen)
                for element in self.elements
            ],
            id="elements",
            compact=True,
        )
        if self.topics:
            yield Static("Expected of everyone, every CPL year", classes="section")
            yield TickList(
                *[
                    Selection(Text(topic.name), f"topic:{topic.id}", f"topic:{topic.id}" in self.chosen)
                    for topic in self.topics
                ],
                id="topics",
                compact=True,
            )

    def selected(self, prefix: str) -> tuple[str, ...]:
        values = [
            *self.query_one("#capabilities", SelectionList).selected,
            *self.query_one("#elements", SelectionList).selected,
            *(value for tick_list in self.query("#topics").results(SelectionList) for value in tick_list.selected),
        ]
        return tuple(value.removeprefix(prefix) for value in values if value.startswith(prefix))
