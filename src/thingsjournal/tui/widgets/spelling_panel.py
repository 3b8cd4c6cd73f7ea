"""What the spelling check found, as a list like the privacy check's: Enter or a click goes to the
word, `a` adds it to "my words" (never flagged again). The dictionary's suggestions for the word
chosen are worked out on a worker thread when it is chosen, never for every word. The check
never changes the user's text; Textual's editor has no public way to underline a word, so the
list is where misspellings show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from thingsjournal.text.control_chars import shown
from thingsjournal.text.plural import counted
from thingsjournal.tui.widgets.privacy_panel import field_label
from thingsjournal.tui.widgets.row_list import RowList

if TYPE_CHECKING:
    from collections.abc import Mapping

    from textual.app import ComposeResult

    from thingsjournal.spelling.check import Misspelling

LOADING = "Loading the British English dictionary… (a moment, the first time in a session)"


class MisspellingsList(RowList):
    BINDINGS = [
        Binding("enter", "choose", "Go to it", id="spelling.go", tooltip="Go to the word"),
        Binding("a", "add_word", "Add to my words", id="spelling.add", tooltip="The word is right: never flag it"),
    ]

    class AddWord(Message):
        def __init__(self, misspelling: Misspelling) -> None:
            super().__init__()
            self.misspelling = misspelling

    class Shown(Message):
        """The word under the cursor changed (or None: the list is empty)."""

        def __init__(self, word: str | None) -> None:
            super().__init__()
            self.word = word

    def __init__(self, *, id: str | None = None, labels: Mapping[str, str] | None = None) -> None:
        super().__init__(id=id)
        self.misspellings: list[Misspelling] = []
        self.labels = labels or {}

    def show(self, misspellings: list[Misspelling]) -> None:
        self.misspellings = misspellings

        def row(index: int, width: int) -> Text:
            miss = misspellings[index]
            where = f"{field_label(miss.field, self.labels)}, line {miss.line}".strip(", ")
            line = Text("~ spelling ", style="bold", no_wrap=True)
            line.append(shown(miss.text))  # the user's words, never markup
            line.append(f"  · {where}", style="italic")
            return line

        self.set_rows(len(misspellings), row, min(self.cursor, max(0, len(misspellings) - 1)))
        self.post_message(self.Shown(self.word()))

    def word(self) -> str | None:
        return self.misspellings[self.cursor].text if self.misspellings else None

    def watch_cursor(self, previous: int, cursor: int) -> None:
        super().watch_cursor(previous, cursor)
        if previous != cursor:
            self.post_message(self.Shown(self.word()))

    def action_add_word(self) -> None:
        if self.misspellings:
            self.post_message(self.AddWord(self.misspellings[self.cursor]))


class SpellingPanel(Vertical):
    DEFAULT_CSS = """
    SpellingPanel { height: 1fr; }
    SpellingPanel #spelling-summary, SpellingPanel #spelling-suggestions { height: auto; padding: 0 1; }
    SpellingPanel #spelling-suggestions { text-style: italic; }
    SpellingPanel MisspellingsList { height: 1fr; min-height: 3; }
    """

    def __init__(self, labels: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.labels = labels or {}
        self.suggested: dict[str, list[str]] = {}

    def compose(self) -> ComposeResult:
        yield Static(Text(LOADING), id="spelling-summary")
        yield MisspellingsList(id="misspellings", labels=self.labels)
        yield Static(id="spelling-suggestions")

    def show(self, misspellings: list[Misspelling] | None) -> None:
        """The misspellings, or (None) that the dictionary is still loading."""
        if misspellings is None:
            summary = LOADING
        elif misspellings:
            summary = (
                f"{counted(len(misspellings), 'word')} the British English dictionary does not know. Enter goes "
                "to one; change it there, or press a to add it to your words."
            )
        else:
            summary = "✓ No misspelt words. (Checked in British English as you write; nothing is changed.)"
        self.query_one("#spelling-summary", Static).update(Text(summary))
        self.query_one(MisspellingsList).show(misspellings or [])

    def on_misspellings_list_shown(self, message: MisspellingsList.Shown) -> None:
        word = message.word
        line = self.query_one("#spelling-suggestions", Static)
        if word is None:
            line.update("")
        elif word in self.suggested:
            line.update(Text(_offered(word, self.suggested[word])))
        else:
            line.update(Text(f"Suggestions for '{shown(word)}': looking…"))
            self.run_worker(lambda: self._suggest(word), thread=True, exclusive=True, group="suggest")

    def _suggest(self, word: str) -> None:
        """On the worker thread: the dictionary's suggestions, shown if the word is still chosen."""
        from thingsjournal.spelling.dictionary import suggestions

        found = suggestions(word)
        self.app.call_from_thread(self._suggested, word, found)

    def _suggested(self, word: str, found: list[str]) -> None:
        self.suggested[word] = found
        if self.query_one(MisspellingsList).word() == word:
            self.query_one("#spelling-suggestions", Static).update(Text(_offered(word, found)))


def _offered(word: str, found: list[str]) -> str:
    if not found:
        return f"No suggestions for '{shown(word)}'."
    return f"Suggestions for '{shown(word)}': {', '.join(found)}"
