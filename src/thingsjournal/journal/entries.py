"""Journal entries: a reflection on a Thing, or a learning-log record of any other CPL.

Every text the user writes is kept exactly, except that line endings become "\\n" and trailing
whitespace at the very end is trimmed. An entry is written as a readable TOML file with a
`schema` number, so a person can read it by hand and a newer app's files are never misread.
"""

from __future__ import annotations

import secrets
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Final, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeInt,
    PositiveInt,
    TypeAdapter,
    model_validator,
)

from thingsjournal.catalog.models import Link, Slug
from thingsjournal.files import toml_writer
from thingsjournal.files.problems import Problem
from thingsjournal.files.toml_locate import line_of
from thingsjournal.files.toml_read import TOML_ERRORS, loads
from thingsjournal.files.tomlcheck import model_of_kind, toml_problem, validate_data
from thingsjournal.journal.application import EventName
from thingsjournal.journal.kinds import ENTRY_KINDS
from thingsjournal.journal.status import Mark
from thingsjournal.text.dates import show_date
from thingsjournal.text.patterns import ENTRY_ID, ID_ALPHABET, ID_LENGTH

if TYPE_CHECKING:
    from pathlib import Path

    from thingsjournal.journal.application import Application

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


class BadgeEvent(EntryModel):
    """One step of an Open Badge application (`journal.application` says what each means)."""

    event: EventName
    on: date = Field(alias="date")
    feedback: UserText = Field(default="", description="the assessor's feedback, pasted in")
    link: Link | None = Field(default=None, description="the awarded badge's page")


class Badge(EntryModel):
    """The Open Badge application for a reflection: its events in the order recorded.

    Files written before events were kept have `applied`, `awarded`, `link` and `feedback`; they
    read as a submission and an award, the link and feedback on the last of them (in `notes`
    where no date was given), so nothing in them is lost."""

    events: tuple[BadgeEvent, ...] = ()
    needs_endorsement: bool = Field(default=False, description="the user says the badge needs one")
    notes: UserText = ""

    @model_validator(mode="before")
    @classmethod
    def _from_dates(cls, data: Any) -> Any:
        if not isinstance(data, dict) or not {"applied", "awarded", "link", "feedback"} & data.keys():
            return data
        data = dict(data)
        applied, awarded = data.pop("applied", None), data.pop("awarded", None)
        link, feedback = data.pop("link", None), data.pop("feedback", "")
        events = [{"event": "submitted", "date": applied}] if applied else []
        if awarded:
            events.append({"event": "awarded", "date": awarded})
        if events:
            events[-1] |= {"link": link} if link and awarded else {}
            events[-1] |= {"feedback": feedback} if feedback else {}
        left = [feedback if feedback and not events else "", f"Badge link: {link}" if link and not awarded else ""]
        notes = "\n\n".join(text for text in (data.get("notes", ""), *left) if text)
        return data | {"events": [*data.get("events", ()), *events], "notes": notes}

    @property
    def blank(self) -> bool:
        """Nothing recorded, ticked or noted: the entry keeps no badge table."""
        return not (self.events or self.notes or self.needs_endorsement)

    def application(self) -> Application:
        from thingsjournal.journal.application import Application, Event

        events = tuple(Event(e.event, e.on, e.feedback, e.link) for e in self.events)
        return Application(events, self.needs_endorsement)


class EntryBase(EntryModel):
    schema_version: Literal[1] = Field(default=SCHEMA, alias="schema")
    id: EntryId = Field(default_factory=new_id)
    created: datetime = Field(default_factory=now)
    updated: datetime = Field(default_factory=now)
    learning_date: date | None = None
    minutes: NonNegativeInt | None = Field(default=None, description="time spent, in minutes")
    elements: tuple[Slug, ...] = Field(default=(), description="core learning elements")
    topics: tuple[Slug, ...] = Field(default=(), description="learning expected of everyone: trauma, protection")
    summary: UserText = Field(default="", description="one line on what was learned, for the CPL summary")
    conflict_of: EntryId | None = Field(default=None, description="the entry this is a conflict copy of")
    conflict_at: datetime | None = None


class Reflection(EntryBase):
    """A reflection on one Thing of a programme. Several may exist for one Thing."""

    kind: Literal["reflection"] = "reflection"
    programme: Slug
    thing: PositiveInt
    status: Mark | None = Field(default=None, description="set by the user; else draft or ready by words")
    steps_done: tuple[Slug, ...] = ()
    capabilities: tuple[Slug, ...] = ()
    sub_capabilities: tuple[Slug, ...] = ()
    statement: UserText = ""
    answers: Answers = Field(default_factory=dict, description="answers by prompt id")
    headings: Answers = Field(default_factory=dict, description="notes by logic-model heading")
    covered: tuple[Slug, ...] = Field(default=(), description="criteria (prompt ids) the user ticked as covered")
    badge: Badge | None = None

    def marked(self) -> str | None:
        """The status that outranks the word count: the badge's events set it once there are
        any, else the user's own mark."""
        return (self.badge.application().status if self.badge else None) or self.status

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
    always = _always_written(type(entry))
    ordered: dict[str, Any] = {"schema": data.pop("schema"), "kind": data.pop("kind")}
    for key, value in data.items():
        kind = value.__class__
        if kind is not str and kind not in _CONTAINERS:  # a number, a date: never empty
            ordered[key] = value
            continue
        if value and kind is not str:  # most of an entry's lists and tables are empty: not looked into
            value = _without_blanks(value)
        if value or key in always:
            ordered[key] = value
    return toml_writer.dumps(ordered).encode("utf-8")


@cache
def _always_written(kind: type[BaseModel]) -> frozenset[str]:
    """The keys `to_toml` writes even when empty: the schema, kind and statement, and every
    required field."""
    return frozenset({"schema", "kind", "statement"}) | {
        field.alias or name for name, field in kind.model_fields.items() if field.is_required()
    }


def _without_blanks(value: dict[str, Any] | tuple[Any, ...] | list[Any]) -> Any:
    """Inside a table, at any depth, a value that is empty or false is left out (it reads back as
    its default)."""
    if isinstance(value, dict):
        cleaned = {k: _without_blanks(v) if isinstance(v, _CONTAINERS) else v for k, v in value.items()}
        return {k: v for k, v in cleaned.items() if v is not False and v not in ("", None, ())}
    return tuple(_without_blanks(item) if isinstance(item, _CONTAINERS) else item for item in value)


_CONTAINERS = (dict, tuple, list)  # a tuple, not `dict | tuple | list`, which makes a union at every look


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
