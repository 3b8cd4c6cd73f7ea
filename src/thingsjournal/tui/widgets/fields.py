"""A field to write in: a question, an optional hint, an editor, and its own word count."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import Vertical
from textual.widgets import Static, TextArea

from thingsjournal.tui.widgets.counting_text_area import CountingTextArea
from thingsjournal.tui.widgets.steady_label import SteadyLabel

if TYPE_CHECKING:
    from textual.app import ComposeResult


def words_label(words: int) -> str:
    return f"{words} word" if words == 1 else f"{words} words"


class WritingField(Vertical):
    """One answer: `field` names where it is kept (`prompt.<id>` or `heading.<name>`)."""

    DEFAULT_CSS = """
    WritingField {
        height: auto;
        margin-bottom: 1;
    }
    WritingField > .question { text-style: bold; }
    WritingField > .hint { color: $text-muted; }
    WritingField > .count { color: $text-muted; text-align: right; }
    """

    def __init__(self, field: str, question: str, text: str = "", hint: str | None = None) -> None:
        super().__init__(classes="writing-field")
        self.field = field
        self.question = question
        self.hint = hint
        self.editor = CountingTextArea(text, id=field.replace(".", "-"))
        self.count = SteadyLabel(words_label(self.editor.words), classes="count")

    def compose(self) -> ComposeResult:
        yield Static(Text(self.question), classes="question")
        if self.hint:
            yield Static(Text(self.hint), classes="hint")
        yield self.editor
        yield self.count

    def on_descendant_focus(self) -> None:
        self.add_class("-focused")  # its question is shown reversed (app.tcss)
        self.scroll_visible(animate=False)  # the question with its field, not the field alone

    def on_descendant_blur(self) -> None:
        self.remove_class("-focused")

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.count.show(words_label(self.editor.words))
