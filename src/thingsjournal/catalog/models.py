"""The content model: programmes, Things, steps, prompts and frameworks.

Content is written by people in TOML, so every model rejects unknown keys: a misspelt key is
reported instead of silently ignored. References between files (a prompt's logic-model heading,
a Thing's capabilities) are checked against the frameworks given in the validation context,
which the loader supplies; data read back from the validated-content cache is trusted as it is.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PositiveInt,
    TypeAdapter,
    ValidationInfo,
    field_validator,
    model_validator,
)

from thingsjournal.text.patterns import LINK, SLUG

if TYPE_CHECKING:
    from collections.abc import Collection

Slug = Annotated[str, Field(pattern=SLUG)]
Text = Annotated[str, Field(min_length=1)]
Link = Annotated[str, Field(pattern=LINK)]
StepKind = Literal["read", "watch", "do", "discuss", "reflect", "write"]


class Strict(BaseModel):
    """A model that refuses unknown keys and cannot be changed once made."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Resource(Strict):
    """Something to read or watch. `url` only where the source gives one."""

    title: Text
    url: Link | None = None


class Step(Strict):
    """One thing to do, in order, which the user can tick done."""

    id: Slug
    kind: StepKind
    text: Text
    resources: tuple[Resource, ...] = ()


class Prompt(Strict):
    """One question to think or write about; each has its own answer field."""

    id: Slug
    question: Text
    heading: Slug | None = None
    hint: Text | None = None
    min_words: PositiveInt | None = Field(
        default=None, description="words the statement needs under this point, where the badge sets one"
    )

    @field_validator("heading")
    @classmethod
    def _heading_is_known(cls, heading: str | None, info: ValidationInfo) -> str | None:
        known = (info.context or {}).get("headings")
        if heading is not None and known is not None and heading not in known:
            raise ValueError(f"'{heading}' is not a logic-model heading (expected one of: {', '.join(sorted(known))})")
        return heading


class Statement(Strict):
    """The reflective account a Thing's badge asks for, and what it should cover."""

    min_words: PositiveInt | None = None
    task: Text
    covers: tuple[Slug, ...] = Field(default=(), description="ids of this Thing's prompts")


class Thing(Strict):
    """One unit of a programme."""

    number: PositiveInt
    slug: Slug
    title: Text
    summary: Text
    badge: Text | None = None
    recommended_first: tuple[PositiveInt, ...] = ()
    capabilities: tuple[Slug, ...] = ()
    introduction: str = ""
    steps: tuple[Step, ...] = ()
    prompts: tuple[Prompt, ...] = ()
    statement: Statement

    @field_validator("capabilities")
    @classmethod
    def _capabilities_are_known(cls, capabilities: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        known = (info.context or {}).get("capabilities")
        for capability in capabilities:
            if known is not None and capability not in known:
                raise ValueError(
                    f"'{capability}' is not a leadership capability (expected one of: {', '.join(sorted(known))})"
                )
        return capabilities

    @field_validator("steps", "prompts")
    @classmethod
    def _ids_are_unique(cls, items: tuple[Step | Prompt, ...]) -> tuple[Step | Prompt, ...]:
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                raise ValueError(f"id '{item.id}' is used twice; ids must be unique within a Thing")
            seen.add(item.id)
        return items

    @field_validator("statement")
    @classmethod
    def _covers_known_prompts(cls, statement: Statement, info: ValidationInfo) -> Statement:
        if "prompts" not in info.data:
            return statement  # the prompts had problems of their own, already reported
        prompt_ids = {prompt.id for prompt in info.data["prompts"]}
        for prompt_id in statement.covers:
            if prompt_id not in prompt_ids:
                raise ValueError(f"covers names '{prompt_id}', which is not a prompt of this Thing")
        for prompt in info.data["prompts"]:
            if prompt.min_words is not None and prompt.id not in statement.covers:
                raise ValueError(
                    f"prompt '{prompt.id}' has min_words, but covers does not name it: a minimum is for a point "
                    "the statement covers"
                )
        return statement


class ProgrammeInfo(Strict):
    """What `programme.toml` holds: the programme apart from its Things."""

    id: Slug
    title: Text
    short_title: Text | None = None
    publisher: Text
    licence: Text
    licence_url: Link | None = None
    attribution: Text
    start_with: tuple[PositiveInt, ...] = Field(
        default=(), description="Things that make a good foundation for the rest"
    )


class Programme(ProgrammeInfo):
    """A programme with its Things in number order."""

    things: tuple[Thing, ...]

    def thing(self, number: int) -> Thing | None:
        return next((thing for thing in self.things if thing.number == number), None)


class Heading(Strict):
    """A heading to reflect under, with the question that guides it."""

    id: Slug
    label: Text
    question: Text | None = None


class SubCapability(Strict):
    id: Slug
    name: Text


class Capability(Strict):
    id: Slug
    name: Text
    subs: tuple[SubCapability, ...]


class LearningElement(Strict):
    id: Slug
    name: Text


class FrameworkBase(Strict):
    id: Slug
    title: Text
    source: Text


class HeadingsFramework(FrameworkBase):
    """Headings a prompt may carry, such as the Leadership Logic Model's."""

    kind: Literal["headings"]
    headings: tuple[Heading, ...]


class CapabilitiesFramework(FrameworkBase):
    """Capabilities with their sub-capabilities, used to tag entries."""

    kind: Literal["capabilities"]
    capabilities: tuple[Capability, ...]


class Topic(Strict):
    """Learning expected of every worker, whatever their elements (trauma, protection): an entry
    carries it as a tag, or by one of `elements`."""

    id: Slug
    name: Text
    elements: tuple[Slug, ...] = Field(default=(), description="elements that count as this topic too")


class ElementsFramework(FrameworkBase):
    """A flat list of elements to tag entries with, such as the core learning elements.

    Where it gives `register_parts`, these are the elements the annual CPL declaration asks of
    workers whose Register part names one of them (in any case), and `url` and `published` say
    where and when the regulator said so: a change by the regulator is a change of content."""

    kind: Literal["elements"]
    elements: tuple[LearningElement, ...]
    workforce: str = Field(default="", description="the workforce these elements are for, as the source names it")
    register_parts: tuple[Text, ...] = Field(default=(), description="words naming the Register parts they apply to")
    url: Link | None = None
    published: date | None = Field(default=None, description="the date of the source")
    topics: tuple[Topic, ...] = Field(default=(), description="learning expected of everyone")

    @model_validator(mode="after")
    def _topic_elements_known(self) -> ElementsFramework:
        known = {element.id for element in self.elements}
        for topic in self.topics:
            unknown = set(topic.elements) - known
            if unknown:
                raise ValueError(f"topic '{topic.id}': unknown element(s) {', '.join(sorted(unknown))}")
        return self


class Level(Strict):
    """A level of leadership a person assesses themselves at ("Front Line Worker")."""

    id: Slug
    name: Text
    examples: str = Field(default="", description="roles at this level, as the source gives them")


class AssessedElement(Strict):
    """One element of a dimension: what good leaders do, and how it looks at each level."""

    id: Slug
    name: Text
    description: str = ""
    good_leaders: tuple[Text, ...] = ()
    looks_like: dict[Slug, Text] = Field(default_factory=dict, description="by level id, where the source gives it")


class Dimension(Strict):
    id: Slug
    number: PositiveInt
    name: Text
    senior_only: bool = False
    elements: tuple[AssessedElement, ...]


class AssessmentFramework(FrameworkBase):
    """A framework to assess oneself against: dimensions of elements, at a chosen level."""

    kind: Literal["self-assessment"]
    levels: tuple[Level, ...]
    senior_levels: tuple[Slug, ...] = Field(default=(), description="the levels the senior-only dimensions apply to")
    optional_senior_levels: tuple[Slug, ...] = Field(
        default=(), description="levels that may choose to assess the senior-only dimensions too"
    )
    dimensions: tuple[Dimension, ...]

    @model_validator(mode="after")
    def _levels_known(self) -> AssessmentFramework:
        known = {level.id for level in self.levels}
        for dimension in self.dimensions:
            for element in dimension.elements:
                unknown = set(element.looks_like) - known
                if unknown:
                    raise ValueError(
                        f"element '{element.id}': unknown level(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(known))})"
                    )
        return self

    def offers_senior(self, level: str) -> bool:
        """Whether a person at `level` is offered the senior-only dimensions (by right or as an option)."""
        return level in self.senior_levels or level in self.optional_senior_levels

    def dimensions_for(self, level: str, assessed: Collection[str] = ()) -> tuple[Dimension, ...]:
        """The dimensions a person at `level` assesses: the senior-only ones at senior levels, and
        at an optional level those of which an element is among the `assessed` ones."""

        def included(dimension: Dimension) -> bool:
            if not dimension.senior_only or level in self.senior_levels:
                return True
            return level in self.optional_senior_levels and any(e.id in assessed for e in dimension.elements)

        return tuple(d for d in self.dimensions if included(d))


class VocabularyFramework(FrameworkBase):
    """Public names and words of the field that the privacy check must not take for private ones:
    people the field cites ("Carol Dweck": the whole name, and the surname alone, are public; the
    given name alone is not), titles and proper names ("Room on the Broom"), and single words
    ("Mum", "Tigrinya")."""

    kind: Literal["vocabulary"]
    people: tuple[Text, ...] = ()
    titles: tuple[Text, ...] = ()
    words: tuple[Text, ...] = ()


Framework = Annotated[
    HeadingsFramework | CapabilitiesFramework | ElementsFramework | AssessmentFramework | VocabularyFramework,
    Field(discriminator="kind"),
]
FRAMEWORK_KINDS = ("headings", "capabilities", "elements", "self-assessment", "vocabulary")
framework_adapter: TypeAdapter[Framework] = TypeAdapter(Framework)


class Note(Strict):
    """An organisation's own note on a packaged Thing: its policy, its links, its advice."""

    programme: Slug
    thing: PositiveInt
    title: Text
    text: str = ""
    links: tuple[Resource, ...] = ()


class NotesFile(Strict):
    """A file in a pack's `notes/` folder: who wrote the notes, and the notes."""

    source: Text = Field(description="who the notes are from, shown with each one")
    notes: tuple[Note, ...]


class PlacedNote(Note):
    """A note as loaded: with where it came from, so the app can say so."""

    source: Text
    file: str


class Catalog(Strict):
    """Every programme, framework and note that loaded cleanly."""

    programmes: tuple[Programme, ...] = ()
    frameworks: tuple[Framework, ...] = ()
    notes: tuple[PlacedNote, ...] = ()

    def notes_for(self, programme_id: str, number: int) -> list[PlacedNote]:
        return [note for note in self.notes if note.programme == programme_id and note.thing == number]

    def programme(self, programme_id: str) -> Programme | None:
        return next((p for p in self.programmes if p.id == programme_id), None)

    def headings(self) -> dict[str, Heading]:
        return {
            heading.id: heading
            for framework in self.frameworks
            if isinstance(framework, HeadingsFramework)
            for heading in framework.headings
        }

    def capabilities(self) -> dict[str, Capability]:
        return {
            capability.id: capability
            for framework in self.frameworks
            if isinstance(framework, CapabilitiesFramework)
            for capability in framework.capabilities
        }

    def assessments(self) -> dict[str, AssessmentFramework]:
        return {framework.id: framework for framework in self.frameworks if isinstance(framework, AssessmentFramework)}

    def learning_elements(self) -> dict[str, LearningElement]:
        return {
            element.id: element
            for framework in self.frameworks
            if isinstance(framework, ElementsFramework)
            for element in framework.elements
        }
