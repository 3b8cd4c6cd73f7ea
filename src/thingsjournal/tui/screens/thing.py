"""The Thing workspace: the guide beside the writing, saved as the user goes.

Every change marks the entry dirty; it is saved about a second after typing pauses (never more
than two seconds after the first unsaved change), when a field loses focus, and before leaving,
quitting, suspending or stopping. Saving happens on the Autosaver's thread.
"""

from __future__ import annotations

import time
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.events import DescendantBlur
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Checkbox, Footer, Input, Rule, Select, SelectionList, Static, TabbedContent, TabPane, TextArea

from thingsjournal.catalog import Thing
from thingsjournal.entries import Badge, Reflection, normalise_text
from thingsjournal.journal import SaveResult
from thingsjournal.session import Session
from thingsjournal.tui.autosave import Autosaver
from thingsjournal.tui.widgets.counting_text_area import CountingTextArea
from thingsjournal.tui.widgets.details import DetailsPanel
from thingsjournal.tui.widgets.fields import WritingField
from thingsjournal.tui.widgets.guide import GuidePanel
from thingsjournal.tui.widgets.save_indicator import SaveIndicator
from thingsjournal.tui.widgets.statement import StatementPanel
from thingsjournal.tui.widgets.tags import TagsPanel

PAUSE = 1.0  # seconds of quiet before saving
LONGEST_WAIT = 2.0  # seconds from the first unsaved change to its save, however fast the typing
RETRY = 5.0  # seconds before trying again after a failed save
LOGIC_MODEL = ("need", "bring", "do", "engage", "respond")
NARROW = 110  # below this many columns the guide and the writing take turns


class Saved(Message):
    """The Autosaver finished a save (from its own thread)."""

    def __init__(self, generation: int, result: SaveResult | None, error: str | None) -> None:
        super().__init__()
        self.generation = generation
        self.result = result
        self.error = error


class ThingScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "back", "Home", id="thing.back", tooltip="Save and go back to Home"),
        Binding("ctrl+g", "toggle_guide", "Guide", id="thing.guide", tooltip="Show or hide the steps"),
        Binding(
            "ctrl+e", "external_editor", "Editor", id="thing.editor", tooltip="Write this field in your own editor", priority=True
        ),
        Binding("ctrl+pagedown", "next_tab", "Next tab", show=False),
        Binding("ctrl+pageup", "previous_tab", "Previous tab", show=False),
    ]

    def __init__(self, session: Session, thing: Thing, entry: Reflection, stored: bool) -> None:
        super().__init__(classes="thing-screen")
        self.session = session
        self.thing = thing
        self.entry = entry
        self.stored = stored  # whether the entry is in the journal yet
        self.generation = 0
        self.saved_generation = 0
        self.dirty_since: float | None = None
        self.timer: Timer | None = None
        self.autosaver = Autosaver(self._save_snapshot, self._report)
        self.error: str | None = None
        self.saved_content = comparable(entry_values(entry))
        self.settled = False  # widgets report changes while they are filled in; those are not edits
        self.already_counted: TextArea | None = None  # an editor whose next change was saved already

    # Layout

    def compose(self) -> ComposeResult:
        entry = self.entry
        with Horizontal(id="thing-header"):
            yield Static(Text(f"Thing {self.thing.number} · {self.thing.title}", no_wrap=True, overflow="ellipsis"), id="thing-title")
            yield SaveIndicator(id="save-state")
        with Horizontal(id="workspace"):
            yield GuidePanel(self.thing, set(entry.steps_done))
            with TabbedContent(id="writing", initial="tab-prompts"):
                with TabPane("Prompts", id="tab-prompts"):
                    yield from self._prompt_fields()
                with TabPane("Statement", id="tab-statement"):
                    yield StatementPanel(
                        entry.statement,
                        self.thing.statement.min_words,
                        self.thing.statement.task,
                        [p.question for p in self.thing.prompts if p.id in self.thing.statement.covers],
                    )
                with TabPane("Logic model", id="tab-logic"):
                    yield from self._logic_model_fields()
                with TabPane("Tags", id="tab-tags"):
                    chosen = {f"cap:{c}" for c in entry.capabilities} | {f"sub:{s}" for s in entry.sub_capabilities}
                    chosen |= {f"el:{e}" for e in entry.elements}
                    yield TagsPanel(self.session.index.capabilities(), self.session.index.learning_elements(), chosen, self.thing.capabilities)
                with TabPane("Details", id="tab-details"):
                    badge = entry.badge.model_dump() if entry.badge else {}
                    yield DetailsPanel(entry.learning_date, entry.minutes, entry.status, badge)
        yield Footer()

    def _prompt_fields(self) -> ComposeResult:
        headings = self.session.catalog.headings()
        with VerticalScroll(id="prompts"):
            current = None
            for prompt in self.thing.prompts:
                if prompt.heading != current:
                    if prompt.heading in headings:
                        heading = headings[prompt.heading]
                        guide = f" {heading.question}" if heading.question else ""
                        yield Static(Text.assemble((f" {heading.label} ", "bold reverse"), (guide, "italic")), classes="heading")
                    else:
                        yield Rule(classes="heading")
                current = prompt.heading
                yield WritingField(f"prompt.{prompt.id}", prompt.question, self.entry.answers.get(prompt.id, ""), prompt.hint)

    def _logic_model_fields(self) -> ComposeResult:
        headings = self.session.catalog.headings()
        with VerticalScroll(id="logic-model"):
            yield Static(
                Text("Notes under each heading of the Leadership Logic Model, for any Thing.", style="italic"),
                classes="hint",
            )
            for name in LOGIC_MODEL:
                if name in headings:
                    heading = headings[name]
                    yield WritingField(f"heading.{name}", heading.label, self.entry.headings.get(name, ""), heading.question)

    def on_mount(self) -> None:
        self.query_one(SaveIndicator).show_state("stored" if self.stored else "idle")
        self._fit(self.app.size.width)
        # The guide shows beside the writing; where they take turns, a new entry starts with it.
        guide_first = self.has_class("-narrow") and not self.entry.statement and not self.entry.answers
        self.set_class(guide_first or not self.has_class("-narrow"), "-guide")
        self.call_after_refresh(setattr, self, "settled", True)
        self.call_after_refresh(self.query_one(GuidePanel).focus if guide_first else self._focus_writing)

    def on_resize(self) -> None:
        self._fit(self.app.size.width)

    def _fit(self, width: int) -> None:
        self.set_class(width < NARROW, "-narrow")

    def on_unmount(self) -> None:
        self.autosaver.stop()

    # Changes

    @on(TextArea.Changed)
    @on(Checkbox.Changed)
    @on(SelectionList.SelectedChanged)
    @on(Input.Changed)
    @on(Select.Changed)
    def changed(self, event: Message) -> None:
        if not self.settled:
            return
        if isinstance(event, TextArea.Changed) and event.text_area is self.already_counted:
            self.already_counted = None
            return
        self.generation += 1
        now = time.monotonic()
        if self.dirty_since is None:
            self.dirty_since = now
        self.query_one(SaveIndicator).show_state("editing")
        wait = max(0.05, min(PAUSE, LONGEST_WAIT - (now - self.dirty_since)))  # a 0s Timer divides by zero
        if self.timer is not None:
            self.timer.stop()
        self.timer = self.set_timer(wait, self.save_soon)

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        if self.generation > self.saved_generation and isinstance(event.widget, TextArea | Input):
            self.save_soon()

    def save_soon(self) -> None:
        """Hand the current text to the Autosaver, if it differs from what is saved."""
        snapshot = self._unsaved()
        if snapshot is not None:
            self.query_one(SaveIndicator).show_state("saving")
            self.autosaver.submit(self.generation, snapshot)

    def flush(self) -> str | None:
        """Save now, on this thread; the reason it failed, or None."""
        snapshot = self._unsaved()
        if snapshot is None:
            return None
        result, error = self.autosaver.flush(self.generation, snapshot)
        self._apply(self.generation, result, error)
        return error

    def _unsaved(self) -> dict[str, Any] | None:
        """The snapshot to save, or None when nothing differs from the saved entry (widgets
        report changes as they are filled in, and opening a Thing must not create an entry)."""
        if self.generation <= self.saved_generation:
            return None
        snapshot = self.snapshot()
        if comparable(snapshot) == self.saved_content:
            self.saved_generation = self.generation
            self.dirty_since = None
            self.query_one(SaveIndicator).show_state("stored" if self.stored else "idle")
            return None
        return snapshot

    # Saving

    def snapshot(self) -> dict[str, Any]:
        """Everything the user has written and chosen, read from the widgets (UI thread only)."""
        details = self.query_one(DetailsPanel).collected()
        tags = self.query_one(TagsPanel)
        fields = {field.field: field.editor.text for field in self.query(WritingField)}
        badge = {
            "applied": details["badge.applied"],
            "awarded": details["badge.awarded"],
            "link": details["badge.link"],
            "feedback": details["badge.feedback"],
        }
        return {
            "base": self.entry,
            "statement": self.query_one("#statement", CountingTextArea).text,
            "answers": {name.removeprefix("prompt."): text for name, text in fields.items() if name.startswith("prompt.")},
            "headings": {name.removeprefix("heading."): text for name, text in fields.items() if name.startswith("heading.")},
            "steps_done": self.query_one(GuidePanel).steps_done(),
            "capabilities": tuple(sorted(tags.selected("cap:"))),
            "sub_capabilities": tuple(sorted(tags.selected("sub:"))),
            "elements": tuple(sorted(tags.selected("el:"))),
            "learning_date": details["learning_date"],
            "minutes": details["minutes"],
            "status": details["status"],
            "badge": badge if any(badge.values()) else None,
        }

    def _save_snapshot(self, snapshot: dict[str, Any]) -> SaveResult:
        """Build the entry from a snapshot and save it (on the Autosaver's thread)."""
        base: Reflection = snapshot["base"]
        data = {**base.model_dump(by_alias=True), **{k: v for k, v in snapshot.items() if k != "base"}}
        if data["badge"] is not None:
            data["badge"] = Badge.model_validate(data["badge"])
        return self.session.journal.save(Reflection.model_validate(data))

    def _report(self, generation: int, result: SaveResult | None, error: str | None) -> None:
        self.post_message(Saved(generation, result, error))

    def on_saved(self, message: Saved) -> None:
        self._apply(message.generation, message.result, message.error)

    def _apply(self, generation: int, result: SaveResult | None, error: str | None) -> None:
        indicator = self.query_one(SaveIndicator)
        if error is not None:
            if error != self.error:
                self.notify(error, title="Not saved: your text is still here", severity="error", markup=False, timeout=10)
            self.error = error
            indicator.show_state("failed", error)
            self.set_timer(RETRY, self.save_soon)
            return
        if result is None:
            return
        self.error = None
        if result.conflict_with:
            self.notify(result.message(), title="Changed elsewhere", severity="warning", markup=False, timeout=15)
        self.entry = result.entry
        self.stored = True
        self.saved_content = comparable(entry_values(result.entry))
        self.saved_generation = max(self.saved_generation, generation)
        self.session.refresh()
        if self.saved_generation >= self.generation:
            self.dirty_since = None
            indicator.show_state("saved")

    # Actions

    def action_back(self) -> None:
        if self.flush() is None:
            self.app.pop_screen()

    def action_toggle_guide(self) -> None:
        """Show or hide the guide; where they take turns, focus follows what is shown."""
        self.toggle_class("-guide")
        if self.has_class("-narrow"):
            if self.has_class("-guide"):
                self.query_one(GuidePanel).focus()
            else:
                self._focus_writing()

    def on_tabbed_content_tab_activated(self) -> None:
        self.call_after_refresh(self._focus_writing)

    def _focus_writing(self) -> None:
        tabs = self.query_one(TabbedContent)
        pane = tabs.get_pane(tabs.active)
        first = next(iter(pane.query(CountingTextArea)), None) or next(iter(pane.query("SelectionList, Input")), None)
        if first is not None:
            first.focus(scroll_visible=False)
            for scroll in pane.query(VerticalScroll):
                scroll.scroll_home(animate=False)

    def action_next_tab(self) -> None:
        self._step_tab(1)

    def action_previous_tab(self) -> None:
        self._step_tab(-1)

    def _step_tab(self, step: int) -> None:
        tabs = self.query_one(TabbedContent)
        panes = [pane.id for pane in tabs.query(TabPane)]
        tabs.active = panes[(panes.index(tabs.active) + step) % len(panes)]

    def action_external_editor(self) -> None:
        """Write the focused field in $VISUAL / $EDITOR while the app is suspended."""
        from thingsjournal.editor import editor_command, run_editor, write_draft
        from thingsjournal.errors import UserError

        area = self.focused
        if not isinstance(area, CountingTextArea):
            self.notify("Move to a text field first (Tab), then press Ctrl+E.", markup=False)
            return
        self.flush()
        try:
            command = editor_command()
            draft = write_draft(self.session.journal.app_dir / "drafts", f"thing-{self.thing.number:02d}", area.text)
            with self.app.suspend():
                text = run_editor(draft, command)
        except UserError as problem:
            self.notify(str(problem), title="Editor", severity="error", markup=False, timeout=15)
            return
        except Exception as problem:  # noqa: BLE001 - SuspendNotSupported and the like
            self.notify(f"Cannot open an editor here: {problem}", severity="error", markup=False)
            return
        area.replace(text, area.document.start, area.document.end)
        self.generation += 1  # its Changed message comes later; save now, and let that one pass
        self.already_counted = area
        self.flush()
        draft.unlink(missing_ok=True)


def entry_values(entry: Reflection) -> dict[str, Any]:
    """An entry's values in the shape `ThingScreen.snapshot` gives."""
    return {
        "statement": entry.statement,
        "answers": entry.answers,
        "headings": entry.headings,
        "steps_done": entry.steps_done,
        "capabilities": entry.capabilities,
        "sub_capabilities": entry.sub_capabilities,
        "elements": entry.elements,
        "learning_date": entry.learning_date,
        "minutes": entry.minutes,
        "status": entry.status,
        "badge": entry.badge.model_dump() if entry.badge else None,
    }


def comparable(values: dict[str, Any]) -> dict[str, Any]:
    """Values as they would be saved: texts normalised, empty answers dropped, tags in order."""

    def tidy(value: Any) -> Any:
        if isinstance(value, str):
            return normalise_text(value)
        if isinstance(value, dict):
            tidied = {key: tidy(item) for key, item in value.items()}
            return {key: item for key, item in tidied.items() if item not in ("", None)}
        if isinstance(value, tuple | list):
            return tuple(sorted(value))
        return value

    tidied = {key: tidy(value) for key, value in values.items() if key != "base"}
    tidied["badge"] = tidied["badge"] or None
    return tidied
