"""Journal entries: a reflection on a Thing, or a learning-log record of any other CPL.

Every text the user writes is kept exactly, except that line endings become "\\n" and trailing
whitespace at the very end is trimmed. An entry is written as a readable TOML file with a
`schema` number, so a person can read it by hand and a newer app's files are never misread.
"""

from __future__ import annotations

import secrets
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any, Final, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeInt,
    PositiveInt,
    TypeAdapter,
)

from thingsjournal.catalog.models import Link, Slug
from thingsjournal.files import toml_writer
from thingsjournal.files.problems import Problem
from thingsjournal.files.toml_locate import line_of
from thingsjournal.files.toml_read import TOML_ERRORS, loads
from thingsjournal.files.tomlcheck import model_of_kind, toml_problem, validate_data
from thingsjournal.journal.kinds import ENTRY_KINDS
from thingsjournal.journal.status import Done as Marked
from thingsjournal.text.dates import show_date
from thingsjournal.text.patterns import ENTRY_ID, ID_ALPHABET, ID_LENGTH

if TYPE_CHECKING:
    from pathlib import Path

SCHEMA: Final = 1


def normalise_text(text: str) -> str:
    """Line endings become "\\n"; trailing whitespace at the very end goes; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n").rstrip()


UserText = Annotated[str, AfterValidator(normalise_text)]


def _without_empty(texts: dict[str, str]) -> dict[str, str]:
    return {key: text for key, text in texts.items() if text}


Answers = Annotated[dict[Slug, UserText], AfterValidator(_without_empty)]
EntryId = Annotated[str, Field(pattern=ENTRY_ID)]


def new_id() -> str:
    return "".join(secrets.choice(ID_ALPHABET) for _ in range(ID_LENGTH))


def now() -> datetime:
    """The current local time with its UTC offset, to the second (as entries record it)."""
    return datetime.now().astimezone().replace(microsecond=0)


class EntryModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Badge(EntryModel):
    """The Open Badge application for a reflection."""

    applied: date | None = None
    awarded: date | None = None
    link: Link | None = None
    feedback: UserText = ""


class EntryBase(EntryModel):
    schema_version: Literal[1] = Field(default=SCHEMA, alias="schema")
    id: EntryId = Field(default_factory=new_id)
    created: datetime = Field(default_factory=now)
    updated: datetime = Field(default_factory=now)
    learning_date: date | None = None
    minutes: NonNegativeInt | None = Field(default=None, description="time spent, in minutes")
    elements: tuple[Slug, ...] = Field(default=(), description="core learning elements")
    conflict_of: EntryId | None = Field(default=None, description="the entry this is a conflict copy of")
    conflict_at: datetime | None = None


class Reflection(EntryBase):
    """A reflection on one Thing of a programme. Several may exist for one Thing."""

    kind: Literal["reflection"] = "reflection"
    programme: Slug
    thing: PositiveInt
    status: Marked | None = Field(default=None, description="set by the user; else draft or ready by words")
    steps_done: tuple[Slug, ...] = ()
    capabilities: tuple[Slug, ...] = ()
    sub_capabilities: tuple[Slug, ...] = ()
    statement: UserText = ""
    answers: Answers = Field(default_factory=dict, description="answers by prompt id")
    headings: Answers = Field(default_factory=dict, description="notes by logic-model heading")
    covered: tuple[Slug, ...] = Field(default=(), description="criteria (prompt ids) the user ticked as covered")
    badge: Badge | None = None

    def words(self) -> int:
        """The statement's words, its section headings left out (`text.sections`)."""
        from thingsjournal.text.sections import statement_words

        return statement_words(self.statement)


class LearningRecord(EntryBase):
    """A learning-log record of any other continuous professional learning."""

    kind: Literal["learning"] = "learning"
    title: UserText
    activity: UserText = Field(default="", description="the kind of activity: a course, reading, ...")
    learned: UserText = ""
    practice: UserText = Field(default="", description="how it will change practice")

    def words(self) -> int:
        from thingsjournal.text.wordcount import count_words

        return count_words(self.learned) + count_words(self.practice)


class Standing(EntryModel):
    """Where the user stands on one element of a framework, and the evidence for it."""

    standing: Literal["strength", "developing", "priority"] | None = None
    evidence: UserText = ""
    entries: tuple[EntryId, ...] = Field(default=(), description="journal entries that evidence it")


class Action(EntryModel):
    """One line of the action plan: a priority element turned into a goal and what to do."""

    element: Slug
    goal: UserText = ""
    actions: UserText = ""
    support: UserText = Field(default="", description="the support needed")
    target: date | None = Field(default=None, description="the target date")
    review: UserText = Field(default="", description="review notes")
    done: bool = False


class SelfAssessment(EntryBase):
    """A self-assessment against a framework at a level, with its action plan. A later one is a
    new entry, so the earlier stays as it was."""

    kind: Literal["assessment"] = "assessment"
    framework: Slug
    level: Slug
    standings: dict[Slug, Standing] = Field(default_factory=dict, description="by element id")
    actions: tuple[Action, ...] = ()

    @property
    def title(self) -> str:
        return f"Self-assessment, {show_date(self.learning_date or self.created.date())}"

    def words(self) -> int:
        from thingsjournal.text.wordcount import count_words

        texts = [standing.evidence for standing in self.standings.values()]
        texts += [
            text for action in self.actions for text in (action.goal, action.actions, action.support, action.review)
        ]
        return sum(count_words(text) for text in texts)


Rating = Annotated[int, Field(ge=1, le=5)]


class CapabilityRating(EntryBase):
    """The user's rating of the leadership capabilities (and any sub-capabilities) on a date,
    1 (just starting) to 5 (a real strength); over time they show a change."""

    kind: Literal["rating"] = "rating"
    ratings: dict[Slug, Rating] = Field(default_factory=dict, description="by capability or sub-capability id")
    notes: UserText = ""

    @property
    def title(self) -> str:
        return f"Capability ratings, {show_date(self.learning_date or self.created.date())}"

    def words(self) -> int:
        from thingsjournal.text.wordcount import count_words

        return count_words(self.notes)


Entry = Annotated[Reflection | LearningRecord | SelfAssessment | CapabilityRating, Field(discriminator="kind")]
entry_adapter: TypeAdapter[Entry] = TypeAdapter(Entry)
AnyEntry = Reflection | LearningRecord | SelfAssessment | CapabilityRating


def to_toml(entry: AnyEntry) -> bytes:
    """The entry as a readable TOML file: long texts as multi-line strings, and optional values
    left out while empty (a required field or the statement is always written)."""
    data = entry.model_dump(by_alias=True, exclude_none=True)
    always = {"schema", "kind", "statement"} | {
        field.alias or name for name, field in type(entry).model_fields.items() if field.is_required()
    }
    ordered: dict[str, Any] = {"schema": data.pop("schema"), "kind": data.pop("kind")}
    for key, value in data.items():
        if isinstance(value, dict):
            value = {k: v for k, v in value.items() if v not in ("", None)}
        if value in ("", (), {}) and key not in always:
            continue
        ordered[key] = list(value) if isinstance(value, tuple) else value
    return toml_writer.dumps(ordered).encode("utf-8")


def read_entry_file(path: Path) -> AnyEntry | None:
    """The entry in the file at `path`, or None if it cannot be read or is not a valid entry."""
    try:
        entry, _ = read_entry(str(path), path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    return entry


def read_entry(label: str, text: str) -> tuple[AnyEntry | None, list[Problem]]:
    """Parse and validate one entry file's text; None and the problems if it is not a valid entry.

    A file that is not an entry at all, or that a newer thingsjournal wrote, is reported as such
    rather than as a list of field errors.
    """
    try:
        data = loads(text)
    except TOML_ERRORS as error:
        return None, [toml_problem(label, error, text)]
    if not text.strip():
        return None, [Problem(label, "empty file: not a thingsjournal entry; left untouched")]
    if "schema" not in data or "kind" not in data:
        return None, [Problem(label, "not a thingsjournal entry: it has no 'schema' and 'kind' keys; left untouched")]
    schema = data["schema"]
    if isinstance(schema, int) and schema > SCHEMA:
        message = f"written by a newer thingsjournal (schema {schema}; this version reads {SCHEMA}): left untouched"
        return None, [Problem(label, message, "schema", line_of(text, ("schema",)))]
    return validate_data(label, text, data, entry_adapter.validate_python, _model_for, ENTRY_KINDS)


_model_for = model_of_kind(
    {"reflection": Reflection, "learning": LearningRecord, "assessment": SelfAssessment, "rating": CapabilityRating}
)
