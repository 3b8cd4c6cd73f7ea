"""The statement: the editor, the count against the minimum (headings left out), a bar, what to
cover, and beside it the points to cover (`criteria`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import Horizontal, Vertical
from textual.widgets import Collapsible, ProgressBar, Static, TextArea

from thingsjournal.text.sections import line_words
from thingsjournal.tui.widgets.counting_text_area import CountingTextArea
from thingsjournal.tui.widgets.criteria import CriteriaPanel
from thingsjournal.tui.widgets.steady_label import SteadyLabel

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from thingsjournal.journal.compose import Point

# What SSSC advises a good reflection covers (DESIGN.md, "Who uses it").
GOOD_REFLECTION = (
    "what happened",
    "what you now know",
    "what you can now do",
    "your feelings and values",
    "where you will apply it",
)


def count_label(words: int, minimum: int | None) -> str:
    return f"{words} / {minimum} words" if minimum else f"{words} words"


def state_label(words: int, minimum: int | None) -> str:
    if minimum is None:
        return "✓ written" if words else "✎ not started"
    if words >= minimum:
        return "✓ minimum reached"
    return f"✎ {minimum - words} more to go"


class StatementPanel(Vertical):
    DEFAULT_CSS = """
    StatementPanel { height: 1fr; }
    StatementPanel #statement-meter { height: 1; }
    StatementPanel #statement-count { width: auto; margin-right: 2; text-style: bold; }
    StatementPanel #statement-bar { width: 1fr; }
    StatementPanel #statement-state { width: auto; margin-left: 2; }
    StatementPanel.-met #statement-state { text-style: bold; color: $success; }
    StatementPanel #statement-writing { width: 1fr; }
    StatementPanel #statement { height: 1fr; max-height: 100%; }
    StatementPanel Collapsible { padding: 0; border: none; }
    """

    def __init__(self, text: str, minimum: int | None, task: str, points: list[tuple[Point, bool]]) -> None:
        super().__init__()
        self.minimum = minimum
        self.writing_task = task
        self.points = points
        self.editor = CountingTextArea(text, id="statement", count_line=line_words)

    def compose(self) -> ComposeResult:
        with Horizontal():
            with Vertical(id="statement-writing"):
                with Horizontal(id="statement-meter"):
                    yield SteadyLabel(id="statement-count")
                    yield ProgressBar(
                        total=self.minimum or 1, show_eta=False, show_percentage=False, id="statement-bar"
                    )
                    yield SteadyLabel(id="statement-state")
                with Collapsible(title="What your statement should cover", collapsed=True, id="statement-guide"):
                    yield Static(Text(self.writing_task))
                    yield Static(
                        Text(
                            "A good reflection says "
                            + ", ".join(GOOD_REFLECTION)
                            + ". 'Start from my answers' (F4) writes each point to cover as a heading, a line "
                            "that starts with ## and your answer beneath: headings count no words."
                        )
                    )
                yield self.editor
            yield CriteriaPanel(self.points)

    def on_mount(self) -> None:
        self.meter = (
            self.query_one("#statement-count", SteadyLabel),
            self.query_one("#statement-bar", ProgressBar),
            self.query_one("#statement-state", SteadyLabel),
        )
        self.show_count()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.show_count()

    def show_count(self) -> None:
        words = self.editor.words
        count, bar, state = self.meter  # found once: this runs on every key
        count.show(count_label(words, self.minimum))
        bar.update(progress=min(words, self.minimum) if self.minimum else (1 if words else 0))
        state.show(state_label(words, self.minimum))
        self.set_class(self.minimum is not None and words >= self.minimum, "-met")
