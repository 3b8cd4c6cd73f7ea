"""The Thing's guide: its summary and introduction, and the steps to tick off with their resources."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Checkbox, Link, Static

from thingsjournal.catalog import Thing
from thingsjournal.textflow import reflow

KIND_LABELS = {"read": "Read", "watch": "Watch", "do": "Do", "discuss": "Discuss", "reflect": "Reflect", "write": "Write"}


def numbers(values: tuple[int, ...]) -> str:
    """`1-4` for a run, else `1, 3, 5`."""
    if len(values) > 2 and list(values) == list(range(values[0], values[-1] + 1)):
        return f"{values[0]}-{values[-1]}"
    return ", ".join(str(value) for value in values)


class StepCheckbox(Checkbox):
    """A step's tick box, which knows the step it stands for."""

    def __init__(self, step_id: str, label: Text, value: bool) -> None:
        super().__init__(label, value, id=f"step-{step_id}", compact=True)
        self.step_id = step_id


class GuidePanel(VerticalScroll):
    DEFAULT_CSS = """
    GuidePanel { padding: 0 1; }
    GuidePanel .summary { text-style: italic; margin-bottom: 1; }
    GuidePanel .introduction { margin-bottom: 1; }
    GuidePanel .section { text-style: bold; margin-bottom: 1; }
    GuidePanel .step { height: auto; margin-bottom: 1; }
    GuidePanel StepCheckbox { width: 100%; }
    GuidePanel .resource { padding-left: 4; color: $text-muted; }
    GuidePanel Link { margin-left: 4; }
    """

    def __init__(self, thing: Thing, done: set[str]) -> None:
        super().__init__(id="guide")
        self.thing = thing
        self.done = done

    def compose(self) -> ComposeResult:
        yield Static(Text(self.thing.summary), classes="summary")
        if self.thing.introduction.strip():
            yield Static(Text(reflow(self.thing.introduction)), classes="introduction")
        if self.thing.recommended_first:
            yield Static(Text(f"You may find it helpful to do Things {numbers(self.thing.recommended_first)} first."), classes="introduction")
        yield Static("Steps", classes="section")
        for number, step in enumerate(self.thing.steps, start=1):
            with Vertical(classes="step"):
                label = Text.assemble((f"{number}. {KIND_LABELS[step.kind]}: ", "bold"), step.text)
                yield StepCheckbox(step.id, label, step.id in self.done)
                for resource in step.resources:
                    if resource.url:
                        yield Link(f"↗ {resource.title}", url=resource.url, tooltip=resource.url)
                    else:
                        yield Static(Text(f"• {resource.title}"), classes="resource")

    def steps_done(self) -> tuple[str, ...]:
        return tuple(box.step_id for box in self.query(StepCheckbox) if box.value)
