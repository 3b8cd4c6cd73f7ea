"""A self-assessment against a framework: the level, where the user stands on each element
(a strength, developing, a priority) with evidence and links to journal entries, and an action
plan for every priority. Saved as the user goes (see `EditingScreen`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import events, on
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Checkbox, Select, Static, TabbedContent, TabPane

from thingsjournal.journal.entries import SelfAssessment
from thingsjournal.text.dates import DATE_FORMS, parse_date, show_date
from thingsjournal.tui.screens.autosaving import EditingScreen, Located, select_finding
from thingsjournal.tui.widgets.checked_input import CheckedInput, checked_field
from thingsjournal.tui.widgets.fields import WritingField
from thingsjournal.tui.widgets.privacy_panel import PrivacyPanel
from thingsjournal.tui.widgets.save_indicator import SaveIndicator
from thingsjournal.tui.widgets.steady_footer import SteadyFooter
from thingsjournal.tui.widgets.tab_focus import Tabs, focus_opening, tab_shown
from thingsjournal.tui.widgets.tick_box import TickBox

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.message import Message
    from textual.widget import Widget

    from thingsjournal.catalog.models import AssessmentFramework, Dimension
    from thingsjournal.session import Session

STANDING_CHOICES = [
    ("Not assessed yet", ""),
    ("✓ A strength", "strength"),
    ("◐ Developing", "developing"),
    ("! A priority", "priority"),
]


class StandingSelect(Select[str]):
    """Where the user stands on an element. Most are mounted after the screen's first frame, so
    the screen may be left, or the app closed, while one is being mounted: its parts are then
    removed before it is filled in, and Textual's Select would fail looking for them."""

    def on_mount(self, event: events.Mount) -> None:
        """Runs before the handlers of the classes it derives from (Select's own among them),
        which preventing the default skips."""
        if not (self.query("SelectOverlay") and self.query("SelectCurrent #label")):
            event.prevent_default()


class ActionForm(Vertical):
    """The plan for one priority element."""

    DEFAULT_CSS = """
    ActionForm { height: auto; margin-bottom: 1; border-left: outer $primary; padding-left: 1; }
    ActionForm .name { text-style: bold; }
    ActionForm CheckedInput { width: 30; }
    """

    def __init__(self, element_id: str, name: str, values: dict[str, Any]) -> None:
        super().__init__(id=f"action-{element_id}")
        self.element_id = element_id
        self.element_name = name
        self.values = values

    def compose(self) -> ComposeResult:
        values = self.values
        yield Static(Text(self.element_name), classes="name")
        yield WritingField(f"action.{self.element_id}.goal", "Goal", values.get("goal", ""))
        yield WritingField(f"action.{self.element_id}.actions", "Actions", values.get("actions", ""))
        yield WritingField(f"action.{self.element_id}.support", "Support needed", values.get("support", ""))
        yield from checked_field(
            "Target date", f"action.{self.element_id}.target", show_date(values.get("target")), parse_date, DATE_FORMS
        )
        yield WritingField(f"action.{self.element_id}.review", "Review notes", values.get("review", ""))
        yield TickBox("Done", bool(values.get("done")), id=f"done-{self.element_id}", compact=True)

    def collected(self) -> dict[str, Any]:
        texts = {field.field.rsplit(".", 1)[1]: field.editor.text for field in self.query(WritingField)}
        return {
            "element": self.element_id,
            **texts,
            "target": self.query_one(CheckedInput).value_ok,
            "done": self.query_one(Checkbox).value,
        }


class AssessmentScreen(EditingScreen[SelfAssessment]):
    DEFAULT_CSS = """
    #assessment-header { height: 1; }
    #assessment-title { width: 1fr; padding: 0 1; background: $panel; }
    #assessment-tabs { height: 1fr; }
    AssessmentScreen TabPane { padding: 0 1; height: 1fr; }
    AssessmentScreen .dimension { text-style: bold reverse; margin-top: 1; }
    AssessmentScreen .element { height: auto; margin-top: 1; }
    AssessmentScreen .element-name { text-style: bold; }
    AssessmentScreen .hint { color: $text-muted; }
    AssessmentScreen .label { text-style: bold; margin-top: 1; }
    AssessmentScreen .problem { color: $error; }
    AssessmentScreen Select { width: 40; }
    AssessmentScreen.-junior .senior { display: none; }
    """
    BINDINGS = [
        Binding("escape", "back", "Back", id="assessment.back", tooltip="Save and go back"),
        Binding(
            "ctrl+l",
            "link_entries",
            "Link entries",
            id="assessment.link",
            tooltip="Link journal entries as evidence for this element",
        ),
    ]
    FIELDS = ("level", "learning_date", "standings", "actions")

    def __init__(self, session: Session, entry: SelfAssessment, stored: bool, tab: str = "") -> None:
        self.framework: AssessmentFramework = session.catalog.assessments()[entry.framework]
        self.links = {
            element_id: standing.entries for element_id, standing in entry.standings.items() if standing.entries
        }
        self.opened = entry
        # Only the first dimension is composed, so that the screen is drawn at once: the others,
        # most of its widgets and all below its first frame, are mounted one a frame after it,
        # and one ahead of the focus (see `on_descendant_focus`).
        self.unmounted: list[Dimension] = list(self.framework.dimensions[1:])
        self.filling: set[StandingSelect] = set()  # their Selects that have not reported their first value
        self.mounting = False
        self.frontier: set[Widget] = set()  # the elements of the last dimension mounted
        # Set before the first frame: changed once mounted, it would restyle the whole screen.
        junior = " -junior" if not self.framework.offers_senior(entry.level) else ""
        super().__init__(session, entry, stored, tab, classes="assessment-screen" + junior)

    def compose(self) -> ComposeResult:
        entry = self.entry
        with Horizontal(id="assessment-header"):
            yield Static(
                Text(f"Self-assessment · {self.framework.title}", no_wrap=True, overflow="ellipsis"),
                id="assessment-title",
            )
            yield SaveIndicator(id="save-state")
        with Tabs(id="assessment-tabs", initial=self.opening_tab):
            with TabPane("Where I stand", id="tab-standings"), VerticalScroll(id="standings"):
                yield Static("Your level of leadership", classes="label")
                yield Select(
                    [(Text(level.name), level.id) for level in self.framework.levels],
                    value=entry.level,
                    allow_blank=False,
                    id="level",
                    compact=True,
                )
                yield from checked_field(
                    "Date", "learning_date", show_date(entry.learning_date), parse_date, DATE_FORMS
                )
                for dimension in self.framework.dimensions[:1]:
                    widgets, _ = self._dimension(dimension)
                    self.frontier = set(widgets[1:])
                    yield from widgets
            with TabPane("Action plan", id="tab-plan"), VerticalScroll(id="plan"):
                yield Static(Text("An action for each element you mark as a priority."), classes="hint")
                names = self._element_names()
                actions = {action.element: action.model_dump() for action in entry.actions}
                for element_id, standing in entry.standings.items():
                    if standing.standing == "priority":
                        yield ActionForm(element_id, names.get(element_id, element_id), actions.get(element_id, {}))
            with TabPane("Privacy", id="tab-privacy"):
                yield PrivacyPanel()
        yield SteadyFooter(compact=True)

    def _dimension(self, dimension: Dimension) -> tuple[list[Widget], list[StandingSelect]]:
        """A dimension's heading and its elements, each with its descriptions, where the user
        stands, the evidence and the entries linked to it as they were when the screen opened;
        and the elements' Selects."""
        entry = self.opened
        senior = "senior" if dimension.senior_only else ""
        suffix = self._senior_staff() if dimension.senior_only else ""
        widgets: list[Widget] = [
            Static(Text(f" {dimension.number}. {dimension.name}{suffix} "), classes=f"dimension {senior}")
        ]
        selects: list[StandingSelect] = []
        for element in dimension.elements:
            standing = entry.standings.get(element.id)
            parts: list[Widget] = [Static(Text(element.name), classes="element-name")]
            if element.good_leaders:
                parts.append(Static(Text("Good leaders: " + "; ".join(element.good_leaders)), classes="hint"))
            looks = element.looks_like.get(entry.level)
            if looks:
                parts.append(Static(Text(f"At your level: {looks}"), classes="hint looks", id=f"looks-{element.id}"))
            selects.append(
                StandingSelect(
                    STANDING_CHOICES,
                    value=self._opened_standing(element.id),
                    allow_blank=False,
                    id=f"stand-{element.id}",
                    compact=True,
                )
            )
            parts += [
                selects[-1],
                WritingField(
                    f"standing.{element.id}",
                    "Evidence (Ctrl+L links journal entries)",
                    standing.evidence if standing else "",
                ),
                Static(self._linked(element.id), classes="hint", id=f"links-{element.id}"),
            ]
            widgets.append(Vertical(*parts, classes=f"element {senior}"))
        return widgets, selects

    def _senior_staff(self) -> str:
        """What a senior dimension's heading says of who it is for."""
        levels = {level.id: level.name for level in self.framework.levels}
        optional = ", ".join(levels.get(level, level) for level in self.framework.optional_senior_levels)
        return f" (senior staff; optional for {optional})" if optional else " (senior staff only)"

    def _opened_standing(self, element_id: str) -> str:
        standing = self.opened.standings.get(element_id)
        return standing.standing or "" if standing else ""

    async def _mount_dimensions(self) -> None:
        """The dimensions not composed, one a frame: keys typed meanwhile are handled between two."""
        await self._mount_next_dimension()
        if self.unmounted and self._still_open():
            self.call_after_refresh(self._mount_dimensions)

    async def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Tab never runs past the dimensions mounted so far: with the focus in the last one,
        the next is mounted before another key is handled (each passes through this screen's
        queue, see `key_order`), and laid out while the user moves through this one (until it
        is, Textual puts its fields first in the order Tab follows)."""
        if self.unmounted and not self.frontier.isdisjoint(event.widget.ancestors):
            await self._mount_next_dimension()

    async def _mount_next_dimension(self) -> None:
        """Mount the first dimension not mounted yet; once all are, check the privacy of
        everything, as opening a screen does."""
        if self.mounting or not (self.unmounted and self._still_open()):
            return
        widgets, selects = self._dimension(self.unmounted[0])
        self.filling.update(selects)
        self.mounting = True
        try:
            await self.query_one("#standings", VerticalScroll).mount_all(widgets)
        finally:
            self.mounting = False
        if not self._still_open():
            return
        del self.unmounted[0]  # only now: until its Selects are filled in, their values are blank
        self.frontier = set(widgets[1:])
        if not self.unmounted:
            self.check_privacy()

    def _still_open(self) -> bool:
        """Not left, and the app not closing: its widgets are being removed then."""
        return self.is_attached and self.app.is_running and self in self.app.screen_stack

    def counts_as_edit(self, event: Message) -> bool:
        """A Select mounted after the first frame reports the value it was made with once it is
        filled in (those composed with the screen do so before it is `settled`): not an edit."""
        if isinstance(event, Select.Changed) and event.select in self.filling:
            self.filling.discard(event.select)
            return event.value != self._opened_standing((event.select.id or "").removeprefix("stand-"))
        return True

    def check_privacy(self) -> None:
        """Only once every dimension is mounted: each finding must have a field to go to."""
        if not self.unmounted:
            super().check_privacy()

    def _linked(self, element_id: str) -> Text:
        titles = []
        for entry_id in self.links.get(element_id, ()):
            summary = next((s for s in self.session.listing.entries if s.id == entry_id), None)
            titles.append(
                self.session.view.title_of(summary) if summary else f"entry {entry_id} (not in the journal now)"
            )
        return Text("Linked: " + "; ".join(titles) if titles else "")

    def _element_names(self) -> dict[str, str]:
        return {element.id: element.name for dimension in self.framework.dimensions for element in dimension.elements}

    def on_mount(self) -> None:
        super().on_mount()
        focus_opening(self, self.opening_tab, self.query_one("#level", Select))
        self.call_after_refresh(self._mount_dimensions)

    def _fit_level(self, level: str) -> None:
        self.set_class(not self.framework.offers_senior(level), "-junior")

    @on(Select.Changed, "#level")
    def level_changed(self, event: Select.Changed) -> None:
        self._fit_level(str(event.value))

    @on(Select.Changed)
    def standing_changed(self, event: Select.Changed) -> None:
        """A priority gets a form in the action plan; one that is no longer a priority keeps its
        form until the screen is opened again, so nothing typed there is lost."""
        select_id = event.select.id or ""
        if not select_id.startswith("stand-") or event.value != "priority":
            return
        element_id = select_id.removeprefix("stand-")
        plan = self.query_one("#plan", VerticalScroll)
        if not plan.query(f"#action-{element_id}"):
            plan.mount(ActionForm(element_id, self._element_names().get(element_id, element_id), {}))

    def snapshot(self) -> dict[str, Any]:
        """An element not mounted yet keeps where the user stood when the screen opened."""
        evidence = {
            field.field.removeprefix("standing."): field.editor.text
            for field in self.query(WritingField)
            if field.field.startswith("standing.")
        }
        selects = {select.id: select for select in self.query(StandingSelect)}
        unmounted = {element.id for dimension in self.unmounted for element in dimension.elements}
        standings = {}
        standing: str | None
        for dimension in self.framework.dimensions:
            for element in dimension.elements:
                if element.id in unmounted:
                    opened = self.opened.standings.get(element.id)
                    standing, text = (opened.standing, opened.evidence) if opened else (None, "")
                else:
                    standing, text = selects[f"stand-{element.id}"].selection or None, evidence.get(element.id, "")
                standings[element.id] = {
                    "standing": standing,
                    "evidence": text,
                    "entries": tuple(self.links.get(element.id, ())),
                }
        standings = {
            key: value for key, value in standings.items() if value["standing"] or value["evidence"] or value["entries"]
        }
        return {
            "base": self.entry,
            "level": self.query_one("#level", Select).value,
            "learning_date": self.query_one("#learning_date", CheckedInput).value_ok,
            "standings": standings,
            "actions": [form.collected() for form in self.query(ActionForm)],
        }

    def go_to(self, finding: Located) -> None:
        kind, _, rest = (finding.field or "").partition(".")
        if kind == "standing":
            self.query_one(TabbedContent).active = "tab-standings"
            field_name = f"standing.{rest}"
        else:
            number, _, part = rest.partition(".")
            forms = list(self.query(ActionForm))
            self.query_one(TabbedContent).active = "tab-plan"
            field_name = f"action.{forms[int(number) - 1].element_id}.{part}"
        field = next(field for field in self.query(WritingField) if field.field == field_name)
        self.call_after_refresh(select_finding, field.editor, finding)

    def action_link_entries(self) -> None:
        """Pick the journal entries that evidence the element whose evidence is being written."""
        from thingsjournal.tui.dialogs.entry_picker import EntryPicker

        field = next(
            (
                field
                for field in self.query(WritingField)
                if field.editor.has_focus and field.field.startswith("standing.")
            ),
            None,
        )
        if field is None:
            self.notify("Move to an element's evidence first (Tab), then press Ctrl+L.", markup=False)
            return
        element_id = field.field.removeprefix("standing.")

        def picked(chosen: tuple[str, ...] | None) -> None:
            if chosen is not None:
                self.links[element_id] = chosen
                self.query_one(f"#links-{element_id}", Static).update(self._linked(element_id))
                self.mark_changed()

        self.app.push_screen(EntryPicker(self.session, self.links.get(element_id, ())), picked)

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        tab_shown(event)
