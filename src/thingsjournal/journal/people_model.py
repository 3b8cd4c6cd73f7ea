"""The model of the list of people the user works with (`journal.people`), apart from the
functions that read it, which read a plain list without importing pydantic."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from thingsjournal.journal.people import LONGEST_NAME, MOST_PEOPLE
from thingsjournal.text.patterns import PLAIN_LINE

Person = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=LONGEST_NAME, pattern=PLAIN_LINE)
]


class People(BaseModel):
    model_config = ConfigDict(extra="forbid")

    people: list[Person] = Field(default_factory=list, max_length=MOST_PEOPLE)
