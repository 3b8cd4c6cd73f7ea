"""Journal entries: a reflection on a Thing, or a learning-log record of any other CPL.

Every text the user writes is kept exactly, except that line endings become "\\n" and trailing
whitespace at the very end is trimmed. An entry is written as a readable TOML file with a
`schema` number, so a person can read it by hand and a newer app's files are never misread.
"""

from __future__ import annotations

import secrets
import tomllib
from datetime import date, datetime
from typing import Annotated, Any, Literal, Union

import tomli_w
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeInt,
    PositiveInt,
    TypeAdapter,
)

from thingsjournal.catalog import Link, Slug

SCHEMA = 1
ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/i/l: easy to read and type
ID_LENGTH = 8


def normalise_text(text: str) -> str:
    """Line endings become "\\n"; trailing whitespace at the very end goes; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n").rstrip()


UserText = Annotated[str, AfterValidator(normalise_text)]
EntryId = Annotated[str, Field(pattern=rf"^[{ID_ALPHABET}]{{{ID_LENGTH}}}$")]
Marked = Literal["complete", "badge-applied", "badge-awarded"]
STATUS_ORDER = ("not-started", "draft", "ready", "complete", "badge-applied", "badge-awarded")


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
    answers: dict[Slug, UserText] = Field(default_factory=dict, description="answers by prompt id")
    headings: dict[Slug, UserText] = Field(default_factory=dict, description="notes by logic-model heading")
    badge: Badge | None = None

    def words(self) -> int:
        from thingsjournal.wordcount import count_words

        return count_words(self.statement)


class LearningRecord(EntryBase):
    """A learning-log record of any other continuous professional learning."""

    kind: Literal["learning"] = "learning"
    title: UserText
    activity: UserText = Field(default="", description="the kind of activity: a course, reading, ...")
    learned: UserText = ""
    practice: UserText = Field(default="", description="how it will change practice")

    def words(self) -> int:
        from thingsjournal.wordcount import count_words

        return count_words(self.learned) + count_words(self.practice)


Entry = Annotated[Union[Reflection, LearningRecord], Field(discriminator="kind")]
entry_adapter: TypeAdapter[Entry] = TypeAdapter(Entry)
ENTRY_KINDS = ("reflection", "learning")


def status_of(words: int, min_words: int | None, marked: str | None) -> str:
    """draft until the statement reaches the minimum (or, with none, is not empty), then ready;
    a status the user set outranks the count."""
    if marked:
        return marked
    reached = words >= min_words if min_words else words > 0
    return "ready" if reached else "draft"


def to_toml(entry: Reflection | LearningRecord) -> bytes:
    """The entry as a readable TOML file: long texts as multi-line strings, empty values left out."""
    data = entry.model_dump(by_alias=True, exclude_none=True)
    ordered: dict[str, Any] = {"schema": data.pop("schema"), "kind": data.pop("kind")}
    for key, value in data.items():
        if value in ("", (), {}) and key != "statement":
            continue
        if isinstance(value, dict):
            value = {k: v for k, v in value.items() if v not in ("", None)}
        ordered[key] = list(value) if isinstance(value, tuple) else value
    return tomli_w.dumps(ordered, multiline_strings=True).encode("utf-8")


def from_toml(text: str) -> Reflection | LearningRecord:
    """Parse and validate one entry file's text (raises tomllib.TOMLDecodeError or ValidationError)."""
    return entry_adapter.validate_python(tomllib.loads(text))
