"""Beside the statement: the points it must cover, each with the words written under its heading
and a tick the user sets when they judge it covered (the app never judges meaning), and the
draft from the user's answers to copy from.

The points are the pack's own words for the SSSC's questions, and the panel says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Static

from thingsjournal.text.plural import counted
from thingsjournal.tui.widgets.shown_document import ShownTextArea
from thingsjournal.tui.widgets.tick_box import TickBox, TicksOnClick

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from thingsjournal.journal.compose import CriterionState, Point


COMPOSE = "Start from my answers (F4)"  # fills an empty statement, else shows the draft beside it


class CriterionBox(TickBox):
    """A criterion's tick box; Ctrl+T on it copies that section alone."""

    BINDINGS = [
        Binding(
            "ctrl+t", "copy_section", "Copy section", id="criterion.copy", tooltip="Copy what is under this heading"
        )
    ]

    class CopySection(Message):
        def __init__(self, point: Point) -> None:
            super().__init__()
            self.point = point

    def __init__(self, point: Point, number: int, ticked: bool) -> None:
        super().__init__(Text(f"{number}."), ticked, id=f"criterion-{point.id}", compact=True)
        self.point = point

    def action_copy_section(self) -> None:
        self.post_message(self.CopySection(self.point))


class CriterionRow(TicksOnClick, Vertical):
    """A criterion: its box, then its question and the words under it. A click on the words ticks it."""

    DEFAULT_CSS = """
    CriterionRow { height: auto; margin-bottom: 1; }
    CriterionRow Horizontal { height: auto; }
    CriterionRow CriterionBox { width: auto; }
    CriterionRow .question { width: 1fr; }
    CriterionRow .words { color: $text-muted; padding-left: 4; }
    """

    box: CriterionBox

    def __init__(self, box: CriterionBox) -> None:
        super().__init__()
        self.box = box
        self.words = Static(classes="words")

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield self.box
            yield Static(Text(self.box.point.question), classes="question")
        yield self.words

    def show(self, state: CriterionState) -> None:
        minimum = state.point.min_words
        words = f"{state.words} / {minimum} words" if minimum else counted(state.words, "word")
        if not state.has_section:
            shown = "no heading for it yet" + (f" (at least {minimum} words)" if minimum else "")
        elif state.short:
            shown = f"✎ {words} under its heading: {state.short} more"
        else:
            shown = f"{'✓ ' if minimum else ''}{words} under its heading"
        self.words.update(shown)


class CriteriaPanel(Vertical):
    DEFAULT_CSS = """
    CriteriaPanel { width: 32; padding-left: 1; border-left: vkey $foreground 30%; }
    CriteriaPanel #compose { width: 100%; min-width: 0; margin-bottom: 1; }
    CriteriaPanel #criteria { height: 1fr; }
    CriteriaPanel .explain { color: $text-muted; margin-bottom: 1; }
    CriteriaPanel #statement-draft { height: 1fr; display: none; }
    CriteriaPanel.-draft #statement-draft { display: block; }
    CriteriaPanel.-draft #criteria { display: none; }
    """

    def __init__(self, points: list[tuple[Point, bool]]) -> None:
        super().__init__(id="criteria-panel")
        self.points = points

    def compose(self) -> ComposeResult:
        yield Button(COMPOSE, id="compose", compact=True)
        with VerticalScroll(id="criteria"):
            if self.points:
                yield Static(
                    Text(
                        "Points to cover: the pack's words for the SSSC's questions. "
                        "Tick each you judge covered; Ctrl+T copies its section."
                    ),
                    classes="explain",
                )
            else:
                yield Static(Text("This Thing lists no set points: see what it asks above."), classes="explain")
            for number, (point, ticked) in enumerate(self.points, start=1):
                yield CriterionRow(CriterionBox(point, number, ticked))
        yield ShownTextArea("", read_only=True, soft_wrap=True, id="statement-draft")

    def show(self, states: list[CriterionState]) -> None:
        for row, state in zip(self.query(CriterionRow), states, strict=True):
            row.show(state)

    def ticked(self) -> tuple[str, ...]:
        return tuple(sorted(box.point.id for box in self.query(CriterionBox) if box.value))

    def show_draft(self, text: str | None) -> None:
        """The draft to copy from beside the statement, or (None) the points again."""
        draft = self.query_one("#statement-draft", ShownTextArea)
        if text is not None:
            draft.load_text(text)
        self.set_class(text is not None, "-draft")
        self.query_one("#compose", Button).label = "Hide the draft (F4)" if text is not None else COMPOSE
