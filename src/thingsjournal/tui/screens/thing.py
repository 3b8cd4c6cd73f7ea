"""The Thing workspace: the guide beside the writing, saved as the user goes (see
`EditingScreen` for when)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Rule, Static, TabbedContent, TabPane, TextArea
from textual.widgets.input import Selection as InputSelection

from thingsjournal.catalog import logic_model
from thingsjournal.journal.compose import ThingPoints, bodies_by_heading, criterion_states, draft
from thingsjournal.journal.entries import Reflection
from thingsjournal.text.dates import show_date
from thingsjournal.tui.clipboard import copy_text
from thingsjournal.tui.dialogs.confirm import ConfirmScreen
from thingsjournal.tui.screens.autosaving import EditingScreen, Located, select_finding
from thingsjournal.tui.widgets.application import ApplicationPanel
from thingsjournal.tui.widgets.counting_text_area import CountingTextArea
from thingsjournal.tui.widgets.criteria import CriteriaPanel, CriterionBox
from thingsjournal.tui.widgets.details import DetailsPanel
from thingsjournal.tui.widgets.fields import WritingField
from thingsjournal.tui.widgets.guide import GuidePanel
from thingsjournal.tui.widgets.privacy_panel import PrivacyPanel
from thingsjournal.tui.widgets.save_indicator import SaveIndicator
from thingsjournal.tui.widgets.spelling_panel import SpellingPanel
from thingsjournal.tui.widgets.statement import StatementPanel
from thingsjournal.tui.widgets.steady_footer import SteadyFooter
from thingsjournal.tui.widgets.tab_focus import Tabs, focus_first_field, tab_shown
from thingsjournal.tui.widgets.tags import TagsPanel

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.message import Message
    from textual.timer import Timer

    from thingsjournal.catalog.models import Thing
    from thingsjournal.session import Session

NARROW = 110  # below this many columns the guide and the writing take turns
CRITERIA_PAUSE = 0.3  # seconds after a key before the words under each point are counted again


class ThingScreen(EditingScreen[Reflection]):
    # No focus until `on_mount` has chosen the field (after the first refresh): keys typed
    # meanwhile wait for it (see `key_order`) rather than land in the first widget on the way.
    AUTO_FOCUS = ""
    BINDINGS = [
        Binding("escape", "back", "Home", id="thing.back", tooltip="Save and go back to Home"),
        Binding("ctrl+g", "toggle_guide", "Guide", id="thing.guide", tooltip="Show or hide the steps"),
        Binding(
            "ctrl+e",
            "external_editor",
            "Editor",
            id="thing.editor",
            tooltip="Write this field in your own editor",
            priority=True,
        ),
        Binding("f4", "compose", "Draft", id="thing.compose", tooltip="Start the statement from your answers"),
        Binding("f5", "ready", "Ready?", id="thing.ready", tooltip="Is this entry ready to apply for its badge?"),
    ]
    FIELDS = (
        "statement",
        "covered",
        "answers",
        "headings",
        "steps_done",
        "capabilities",
        "sub_capabilities",
        "elements",
        "topics",
        "summary",
        "learning_date",
        "minutes",
        "status",
        "badge",
    )

    def __init__(self, session: Session, thing: Thing, entry: Reflection, stored: bool, tab: str = "") -> None:
        self.thing = thing
        self.points = ThingPoints.of(thing)
        # The guide shows beside the writing; where they take turns, a new entry starts with it.
        # These classes are set before the widgets exist: set on a mounted screen, each would
        # restyle its hundreds of widgets again (about a quarter of the time it took to open).
        narrow = self.app.size.width < NARROW
        guide_first = narrow and not entry.statement and not entry.answers
        classes = ["thing-screen", *(["-narrow"] if narrow else []), *(["-guide"] if guide_first or not narrow else [])]
        super().__init__(session, entry, stored, tab, classes=" ".join(classes))
        self.guide_first = guide_first
        self.already_counted: TextArea | None = None  # an editor whose next change was saved already
        self.criteria_timer: Timer | None = None

    # Layout

    def compose(self) -> ComposeResult:
        entry = self.entry
        with Horizontal(id="thing-header"):
            yield Static(
                Text(f"Thing {self.thing.number} · {self.thing.title}", no_wrap=True, overflow="ellipsis"),
                id="thing-title",
            )
            yield SaveIndicator(id="save-state")
        with Horizontal(id="workspace"):
            notes = self.session.catalog.notes_for(self.entry.programme, self.thing.number)
            yield GuidePanel(self.thing, set(entry.steps_done), notes, self.start_writing)
            with Tabs(id="writing", initial=self.opening_tab or "tab-prompts"):
                with TabPane("Prompts", id="tab-prompts"):
                    yield from self._prompt_fields()
                with TabPane("Statement", id="tab-statement"):
                    yield StatementPanel(
                        entry.statement,
                        self.thing.statement.min_words,
                        self.thing.statement.task,
                        [(point, point.id in entry.covered) for point in self.points.criteria()],
                    )
                with TabPane("Logic model", id="tab-logic"):
                    yield from self._logic_model_fields()
                with TabPane("Tags", id="tab-tags"):
                    chosen = {f"cap:{c}" for c in entry.capabilities} | {f"sub:{s}" for s in entry.sub_capabilities}
                    chosen |= {f"el:{e}" for e in entry.elements} | {f"topic:{t}" for t in entry.topics}
                    yield TagsPanel(
                        self.session.index.capabilities(),
                        self.session.index.learning_elements(),
                        self.session.index.expected_topics(),
                        chosen,
                        self.thing.capabilities,
                    )
                with TabPane("Details", id="tab-details"):
                    yield DetailsPanel(entry, self.session.current_date())
                with TabPane("Privacy", id="tab-privacy"):
                    yield PrivacyPanel(self.field_labels())
                with TabPane("Spelling", id="tab-spelling"):
                    yield SpellingPanel(self.field_labels())
        yield SteadyFooter(compact=True)  # seven keys and the palette fit in 80 columns

    def field_labels(self) -> dict[str, str]:
        """Each writing field as the user knows it: a prompt by its question, a note by its heading."""
        labels = {f"prompt.{prompt.id}": prompt.question for prompt in self.thing.prompts}
        labels |= {f"heading.{name}": heading.label for name, heading in self.session.catalog.headings().items()}
        return labels

    def _prompt_fields(self) -> ComposeResult:
        headings = self.session.catalog.headings()
        with VerticalScroll(id="prompts"):
            current = None
            for prompt in self.thing.prompts:
                if prompt.heading != current:
                    if prompt.heading in headings:
                        heading = headings[prompt.heading]
                        guide = f" {heading.question}" if heading.question else ""
                        yield Static(
                            Text.assemble((f" {heading.label} ", "bold reverse"), (guide, "italic")), classes="heading"
                        )
                    else:
                        yield Rule(classes="heading")
                current = prompt.heading
                yield WritingField(
                    f"prompt.{prompt.id}", prompt.question, self.entry.answers.get(prompt.id, ""), prompt.hint
                )

    def _logic_model_fields(self) -> ComposeResult:
        headings = self.session.catalog.headings()
        with VerticalScroll(id="logic-model"):
            yield Static(
                Text(f"Notes under each heading of the {logic_model.TITLE}, for any Thing.", style="italic"),
                classes="hint",
            )
            for name in logic_model.HEADINGS:
                if name in headings:
                    heading = headings[name]
                    yield WritingField(
                        f"heading.{name}", heading.label, self.entry.headings.get(name, ""), heading.question
                    )

    def on_mount(self) -> None:
        super().on_mount()
        self.show_criteria()
        self.call_after_refresh(self.query_one(GuidePanel).focus if self.guide_first else self._focus_writing)

    def on_resize(self) -> None:
        self._fit(self.app.size.width)

    def _fit(self, width: int) -> None:
        self.set_class(width < NARROW, "-narrow")

    def counts_as_edit(self, event: Message) -> bool:
        if isinstance(event, TextArea.Changed) and event.text_area.id == "statement-draft":
            return False  # the draft beside the statement, shown to copy from
        if isinstance(event, TextArea.Changed) and event.text_area is self.already_counted:
            self.already_counted = None
            return False
        return True

    # Saving

    def snapshot(self) -> dict[str, Any]:
        """Everything the user has written and chosen, read from the widgets (UI thread only)."""
        details = self.query_one(DetailsPanel).collected()
        tags = self.query_one(TagsPanel)
        fields = {field.field: field.editor.text for field in self.query(WritingField)}
        return {
            "base": self.entry,
            "statement": self.query_one("#statement", CountingTextArea).text,
            "covered": self.query_one(CriteriaPanel).ticked(),
            "answers": {
                name.removeprefix("prompt."): text for name, text in fields.items() if name.startswith("prompt.")
            },
            "headings": {
                name.removeprefix("heading."): text for name, text in fields.items() if name.startswith("heading.")
            },
            "steps_done": self.query_one(GuidePanel).steps_done(),
            "capabilities": tuple(sorted(tags.selected("cap:"))),
            "sub_capabilities": tuple(sorted(tags.selected("sub:"))),
            "elements": tuple(sorted(tags.selected("el:"))),
            "topics": tuple(sorted(tags.selected("topic:"))),
            "summary": details["summary"],
            "learning_date": details["learning_date"],
            "minutes": details["minutes"],
            "status": details["status"],
            "badge": details["badge"],
        }

    # The points to cover

    @on(TextArea.Changed, "#statement")
    def statement_changed(self) -> None:
        """The words under each point follow the typing a moment behind (they read the whole
        statement; the count against the minimum follows every key)."""
        if self.criteria_timer is not None:
            self.criteria_timer.stop()
        self.criteria_timer = self.set_timer(CRITERIA_PAUSE, self.show_criteria)

    def show_criteria(self) -> None:
        panel = self.query_one(CriteriaPanel)
        text = self.query_one("#statement", CountingTextArea).text
        panel.show(criterion_states(self.points, text, panel.ticked()))

    def action_compose(self) -> None:
        """F4: an empty statement becomes the draft from the answers (Ctrl+Z takes it back); a
        written one is never changed: the draft shows beside it to copy from, or hides again."""
        text = draft(self.points, self.snapshot()["answers"])
        panel = self.query_one(CriteriaPanel)
        editor = self.query_one("#statement", CountingTextArea)
        if self.has_class("-narrow"):
            self.remove_class("-guide")
        self.query_one(TabbedContent).active = "tab-statement"
        if not text:
            self.notify("This Thing lists no points to cover, and no prompt is answered yet.", markup=False)
        elif not editor.text.strip():
            editor.replace(text, editor.document.start, editor.document.end)
            editor.move_cursor(editor.document.start)
            editor.focus()
            self.notify(
                "Your statement now starts from your answers, a heading for each point. Ctrl+Z takes it back.",
                title="Drafted",
                markup=False,
            )
        else:
            panel.show_draft(None if panel.has_class("-draft") else text)

    def action_ready(self) -> None:
        """F5: the checklist before applying, for what is on screen now (saved or not)."""
        from thingsjournal.badges.ready import readiness, statuses_first
        from thingsjournal.tui.dialogs.ready import ReadyScreen

        self.check_privacy()  # the findings of this very text
        statuses = statuses_first(self.session.view, self.entry.programme, self.thing)
        result = readiness(self.thing, self.entry_data(), self.findings, statuses)
        self.app.push_screen(ReadyScreen(result, self.thing.badge))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "compose":
            self.action_compose()

    def on_criterion_box_copy_section(self, message: CriterionBox.CopySection) -> None:
        text = self.query_one("#statement", CountingTextArea).text
        body = bodies_by_heading(text).get(message.point.key)
        if body is None:
            self.notify("The statement has no heading for this point yet: F4 starts one.", markup=False)
            return
        copy_text(self.app, body, "this section", "export the plain statement to a file (F3)")

    # Privacy

    def show_findings_count(self, count: int) -> None:
        self.query_one(TabbedContent).get_tab("tab-privacy").label = f"Privacy ({count})" if count else "Privacy ✓"

    def show_spelling_count(self, count: int | None) -> None:
        label = "Spelling …" if count is None else f"Spelling ({count})" if count else "Spelling ✓"
        self.query_one(TabbedContent).get_tab("tab-spelling").label = label

    def go_to(self, finding: Located) -> None:
        kind, _, name = (finding.field or "").partition(".")
        tab, widget = {
            "statement": ("tab-statement", "#statement"),
            "prompt": ("tab-prompts", f"#prompt-{name}"),
            "heading": ("tab-logic", f"#heading-{name}"),
            "badge": ("tab-details", f"#badge-{name.replace('.', '-')}"),
            "summary": ("tab-details", "#summary"),
        }[kind]
        if self.has_class("-narrow"):
            self.remove_class("-guide")
        self.query_one(TabbedContent).active = tab
        found = self.query_one(widget)
        if isinstance(found, Input):
            found.focus()
            found.selection = InputSelection(finding.column - 1, finding.column - 1 + len(finding.text))
        elif isinstance(found, TextArea):
            self.call_after_refresh(select_finding, found, finding)

    # The badge application

    @on(ApplicationPanel.Changed)
    def application_changed(self) -> None:
        self.mark_changed()

    @on(ApplicationPanel.UndoAsked)
    def ask_undo(self, message: ApplicationPanel.UndoAsked) -> None:
        panel = self.query_one(ApplicationPanel)
        event = message.event
        kept = " and the feedback and link kept with it" if event.feedback or event.link else ""
        question = f"Take back the last event, '{event.event}' of {show_date(event.on)}{kept}?"

        async def answered(yes: bool | None) -> None:
            if yes:
                await panel.undo()

        self.app.push_screen(ConfirmScreen(question, "Take it back"), answered)

    # Actions

    def action_toggle_guide(self) -> None:
        """Show or hide the guide; where they take turns, focus follows what is shown."""
        self.toggle_class("-guide")
        if self.has_class("-narrow"):
            if self.has_class("-guide"):
                self.query_one(GuidePanel).focus()
            else:
                self._focus_writing()

    def start_writing(self, character: str) -> None:
        """A letter typed while the guide is shown alone: the guide gives way to the writing, and
        the letter lands in its first field (it was lost, or `q` quit the app)."""
        self.remove_class("-guide")
        tabs = self.query_one(TabbedContent)
        area = next(iter(tabs.get_pane(tabs.active).query(TextArea)), None)
        if area is None:  # a tab with no writing box (Tags, Details): it takes the focus alone
            self._focus_writing()
            return
        area.insert(character)
        area.focus(scroll_visible=True)

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """A tab clicked: the focus goes into it (Ctrl+PageDown has moved it there already)."""
        tab_shown(event)

    def _focus_writing(self) -> None:
        tabs = self.query_one(TabbedContent)
        focus_first_field(tabs.get_pane(tabs.active))

    def action_external_editor(self) -> None:
        """Write the focused field in $VISUAL / $EDITOR while the app is suspended."""
        from thingsjournal.errors import UserError
        from thingsjournal.journal.editor import editor_command, run_editor, write_draft

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
        self.already_counted = area  # its Changed message comes after this save: let that one pass
        self.flush()
        draft.unlink(missing_ok=True)
