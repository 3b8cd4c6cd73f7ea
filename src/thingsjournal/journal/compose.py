"""From a Thing's answers to its statement: the criteria the statement must cover, a draft with
each criterion as a heading and the user's answer under it, and the words written under each.

The criteria are the Thing's `covers` prompts, in order: the pack's own words for the SSSC's
questions. A Thing whose statement lists none (Thing 14 asks for one of two) has no criteria, and
its draft holds the prompts the user has answered. The app never judges whether a section covers
its criterion: the user ticks it (`Reflection.covered`). A Thing is read from its model or from
the content cache's data alike, so `compose --print` needs no models (and starts fast).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from thingsjournal.text.sections import heading_key, heading_line, sections
from thingsjournal.text.wordcount import count_words

if TYPE_CHECKING:
    from collections.abc import Mapping

    from thingsjournal.catalog.models import Thing


@dataclass(frozen=True)
class Point:
    """A prompt of a Thing: a criterion, when the statement covers it."""

    id: str
    question: str
    min_words: int | None = None  # where the badge sets a minimum for this point

    @property
    def key(self) -> str:
        """What finds this point's section among a statement's headings (`bodies_by_heading`)."""
        return heading_key(self.question)


@dataclass(frozen=True)
class ThingPoints:
    """A Thing's prompts in order, and the ids of those its statement covers."""

    prompts: tuple[Point, ...]
    covers: tuple[str, ...]

    @classmethod
    def of(cls, thing: Thing) -> ThingPoints:
        prompts = tuple(Point(prompt.id, prompt.question, prompt.min_words) for prompt in thing.prompts)
        return cls(prompts, tuple(thing.statement.covers))

    @classmethod
    def of_data(cls, thing: Mapping[str, Any]) -> ThingPoints:
        """From a Thing as the content cache holds it."""
        prompts = tuple(Point(prompt["id"], prompt["question"], prompt.get("min_words")) for prompt in thing["prompts"])
        return cls(prompts, tuple(thing["statement"]["covers"]))

    def criteria(self) -> list[Point]:
        by_id = {prompt.id: prompt for prompt in self.prompts}
        return [by_id[prompt_id] for prompt_id in self.covers if prompt_id in by_id]


@dataclass(frozen=True)
class CriterionState:
    """One criterion as the statement stands: its words, and whether the user ticked it."""

    point: Point
    words: int
    has_section: bool
    ticked: bool

    @property
    def short(self) -> int:
        """The words still to write under this point to reach its own minimum (0: none to write)."""
        return max(0, (self.point.min_words or 0) - self.words)


def draft(thing: ThingPoints, answers: Mapping[str, str]) -> str:
    """Each criterion as a heading with the answer to it beneath (a heading alone where there is
    no answer yet, to write under); with no criteria, every answered prompt."""
    chosen = thing.criteria() or [prompt for prompt in thing.prompts if answers.get(prompt.id, "").strip()]
    parts = []
    for prompt in chosen:
        answer = answers.get(prompt.id, "").strip("\n")
        parts.append(
            f"{heading_line(prompt.question)}\n\n{answer}" if answer.strip() else heading_line(prompt.question)
        )
    return "\n\n".join(parts) + "\n" if parts else ""


def bodies_by_heading(statement: str) -> dict[str, str]:
    """The text under each heading of `statement`, by `heading_key` (the first, if one repeats)."""
    bodies: dict[str, str] = {}
    for section in sections(statement):
        if section.heading is not None:
            bodies.setdefault(heading_key(section.heading), section.body)
    return bodies


def criterion_states(thing: ThingPoints, statement: str, covered: tuple[str, ...]) -> list[CriterionState]:
    """Every criterion with the words under its heading in `statement`, and its tick."""
    bodies = bodies_by_heading(statement)
    states = []
    for point in thing.criteria():
        body = bodies.get(point.key)
        words = count_words(body) if body else 0
        states.append(CriterionState(point, words, body is not None, point.id in covered))
    return states
