"""The Thing's guide: its summary and introduction, the steps to tick off with their resources,
and any notes an organisation's pack adds, each saying where it came from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Link, Static

from thingsjournal.text.reflow import reflow
from thingsjournal.tui.widgets.tick_box import TickBox, TicksOnClick

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.app import ComposeResult
    from textual.events import Key

    from thingsjournal.catalog.models import PlacedNote, Resource, Thing

KIND_LABELS = {
    "read": "Read",
    "watch": "Watch",
    "do": "Do",
    "discuss": "Discuss",
    "reflect": "Reflect",
    "write": "Write",
}


def numbers(values: tuple[int, ...]) -> str:
    """`1-4` for a run, else `1, 3, 5`."""
    if len(values) > 2 and list(values) == list(range(values[0], values[-1] + 1)):
        return f"{values[0]}-{values[-1]}"
    return ", ".join(str(value) for value in values)


class StepCheckbox(TickBox):
    """A step's tick box, which knows the step it stands for; its label is the step's number and
    kind, and the step's words are beside it (a tick box's label is one line, cut with "…")."""

    def __init__(self, step_id: str, label: Text, value: bool) -> None:
        super().__init__(label, value, id=f"step-{step_id}", compact=True)
        self.step_id = step_id


class StepRow(TicksOnClick, Horizontal):
    """A step: its tick box, and its whole text wrapped beside it. A click on the text ticks it."""

    DEFAULT_CSS = """
    StepRow { height: auto; }
    StepRow StepCheckbox { width: auto; }
    StepRow .step-text { width: 1fr; }
    """

    def __init__(self, box: StepCheckbox, text: str) -> None:
        super().__init__()
        self.box, self.text = box, text

    def compose(self) -> ComposeResult:
        yield self.box
        yield Static(Text(self.text), classes="step-text")


class GuidePanel(VerticalScroll):
    DEFAULT_CSS = """
    GuidePanel { padding: 0 1; }
    GuidePanel .summary { text-style: italic; margin-bottom: 1; }
    GuidePanel .introduction { margin-bottom: 1; }
    GuidePanel .section { text-style: bold; margin-bottom: 1; }
    GuidePanel .step { height: auto; margin-bottom: 1; }
    GuidePanel .resource { padding-left: 4; color: $text-muted; }
    GuidePanel Link { margin-left: 4; }
    GuidePanel .note { height: auto; margin-bottom: 1; border-left: outer $primary; padding-left: 1; }
    """

    def __init__(
        self, thing: Thing, done: set[str], notes: list[PlacedNote] | None, start_writing: Callable[[str], None]
    ) -> None:
        super().__init__(id="guide")
        self.start_writing = start_writing  # with the letter typed
        self.thing = thing
        self.done = done
        self.notes = notes or []

    def compose(self) -> ComposeResult:
        yield Static(Text(self.thing.summary), classes="summary")
        if self.thing.introduction.strip():
            yield Static(Text(reflow(self.thing.introduction)), classes="introduction")
        if self.thing.recommended_first:
            yield Static(
                Text(f"You may find it helpful to do Things {numbers(self.thing.recommended_first)} first."),
                classes="introduction",
            )
        yield Static("Steps", classes="section")
        for number, step in enumerate(self.thing.steps, start=1):
            with Vertical(classes="step"):
                label = Text(f"{number}. {KIND_LABELS[step.kind]}:", style="bold")
                yield StepRow(StepCheckbox(step.id, label, step.id in self.done), step.text)
                yield from self._resources(step.resources)
        for note in self.notes:
            with Vertical(classes="note"):
                yield Static(Text(f"From {note.source}"), classes="section")
                yield Static(Text(note.title, style="bold"))
                if note.text.strip():
                    yield Static(Text(reflow(note.text)))
                yield from self._resources(note.links)

    def _resources(self, resources: tuple[Resource, ...]) -> ComposeResult:
        for resource in resources:
            if resource.url:
                yield Link(f"↗ {resource.title}", url=resource.url, tooltip=resource.url)
            else:
                yield Static(Text(f"• {resource.title}"), classes="resource")

    def on_key(self, event: Key) -> None:
        """Typing while the guide has the focus (a narrow terminal shows it alone) starts the
        writing, with that letter: a key never vanishes into a page with no cursor."""
        if event.is_printable and event.character and not event.character.isspace() and self.has_focus:
            event.stop()
            event.prevent_default()
            self.start_writing(event.character)

    def steps_done(self) -> tuple[str, ...]:
        return tuple(box.step_id for box in self.query(StepCheckbox) if box.value)
