"""What the privacy check found, as a list: Enter or a click jumps to the words, `f` marks them
as fine (they are never flagged again), and `p` adds a name to the people the user works with
(always flagged, in any case). The check never changes the user's text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from thingsjournal.text.control_chars import shown
from thingsjournal.text.plural import counted
from thingsjournal.tui.widgets.row_list import RowList

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

    from textual.app import ComposeResult

    from thingsjournal.privacy.findings import Finding

LONGEST_LABEL = 32
FIELD_LABELS = {
    "statement": "Statement",
    "title": "Title",
    "activity": "Kind of activity",
    "learned": "What I learned",
    "practice": "Practice",
}


def field_label(field: str | None, labels: Mapping[str, str] | None = None) -> str:
    """What the user calls the field: a prompt's question (its start, cut at a word), a heading's
    label, or the form's own label; never an id."""
    if field is None:
        return ""
    if labels and field in labels:
        return _cut(labels[field], LONGEST_LABEL)
    kind, _, _ = field.partition(".")
    return {"prompt": "A prompt", "heading": "Logic model", "badge": "Badge application"}.get(
        kind, FIELD_LABELS.get(field, field)
    )


def _cut(text: str, longest: int) -> str:
    if len(text) <= longest:
        return text
    return text[:longest].rsplit(" ", 1)[0].rstrip(",;:") + "…"


class FindingsList(RowList):
    BINDINGS = [
        Binding("enter", "choose", "Go to it", id="privacy.go", tooltip="Go to the words that were found"),
        Binding(
            "f", "mark_fine", "Mark fine", id="privacy.fine", tooltip="These words are fine: never flag them again"
        ),
        Binding(
            "p",
            "add_person",
            "Add to people",
            id="privacy.person",
            tooltip="A name of someone you work with: always flag it, in any case",
        ),
    ]

    class MarkFine(Message):
        def __init__(self, finding: Finding) -> None:
            super().__init__()
            self.finding = finding

    class AddPerson(Message):
        """Add the finding's name to the people the user works with."""

        def __init__(self, finding: Finding) -> None:
            super().__init__()
            self.finding = finding

    def __init__(self, *, id: str | None = None, labels: Mapping[str, str] | None = None) -> None:
        super().__init__(id=id)
        self.findings: list[Finding] = []
        self.labels = labels or {}

    def show(self, findings: list[Finding]) -> None:
        self.findings = findings

        def row(index: int, width: int) -> Text:
            finding = findings[index]
            where = f"{field_label(finding.field, self.labels)}, line {finding.line}".strip(", ")
            line = Text(f"! {finding.kind:<8} ", style="bold", no_wrap=True)  # a gap after "id-number" too
            line.append(shown(finding.text))  # the user's words, never markup
            line.append(f"  · {where} · {finding.why}", style="italic")
            return line

        self.set_rows(len(findings), row, min(self.cursor, max(0, len(findings) - 1)))
        self.refresh_bindings()

    def watch_cursor(self, previous: int, cursor: int) -> None:
        super().watch_cursor(previous, cursor)
        self.refresh_bindings()  # `p` is for a name alone

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`p` shows in the footer on a name, and is greyed out on anything else."""
        if action == "add_person":
            on_a_name = bool(self.findings) and self.findings[self.cursor].kind == "name"
            return True if on_a_name else None
        return True

    def action_mark_fine(self) -> None:
        if self.findings:
            self.post_message(self.MarkFine(self.findings[self.cursor]))

    def action_add_person(self) -> None:
        if self.findings and self.findings[self.cursor].kind == "name":
            self.post_message(self.AddPerson(self.findings[self.cursor]))


class PrivacyPanel(Vertical):
    DEFAULT_CSS = """
    PrivacyPanel { height: 1fr; }
    PrivacyPanel #privacy-summary { height: auto; padding: 0 1; }
    PrivacyPanel FindingsList { height: 1fr; min-height: 3; }
    """

    def __init__(self, labels: Mapping[str, str] | None = None) -> None:
        """`labels` name the screen's fields as the user knows them (a prompt by its question)."""
        super().__init__()
        self.labels = labels or {}

    def compose(self) -> ComposeResult:
        yield Static(id="privacy-summary")
        yield FindingsList(id="findings", labels=self.labels)

    def show(self, findings: list[Finding], not_checked: Collection[str] = (), entry_id: str = "ID") -> None:
        """The findings; `not_checked` names the entry's fields too long to check as the user writes."""
        from thingsjournal.privacy.findings import counts

        identifying, controls = counts(findings)
        if findings:
            summary = (
                f"{counted(identifying, 'place')} here could identify a child, a family, a colleague or the setting. "
                if identifying
                else ""
            )
            if controls:
                summary += (
                    f"{counted(controls, 'control character')}, shown as ␛ and the like, came in with pasted text: "
                    "delete them, as other programs may act on them. "
                )
            summary += (
                "Enter goes to one; change it there, or press f if it is fine (a public name, your own), "
                "or p to add a name to the people you work with."
            )
        elif not_checked:
            summary = "Nothing found in the rest."
        else:
            summary = "✓ Nothing found that could identify someone. (Checked as you write; nothing is changed.)"
        if not_checked:
            fields = ", ".join(field_label(field, self.labels) for field in not_checked)
            summary += (
                f"\nNot checked as you write, as it is over 1 MB: {fields}. "
                f"Check it with: thingsjournal privacy --entry {entry_id}"
            )
        self.query_one("#privacy-summary", Static).update(Text(summary))
        self.query_one(FindingsList).show(findings)
