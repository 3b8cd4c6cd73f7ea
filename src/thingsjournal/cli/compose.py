"""`thingsjournal compose`: a Thing's statement drafted from the user's answers, each criterion a
heading. It never overwrites: an empty statement is filled, and a written one is left as it is
(`--print` shows the draft to copy from)."""

from __future__ import annotations

import sys

from thingsjournal.cli.common import PROG
from thingsjournal.errors import UserError

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from thingsjournal.cli.common import Parser
    from thingsjournal.journal.compose import ThingPoints
    from thingsjournal.session import Session


def add_arguments(parser: Parser) -> None:
    parser.description = (
        "Fills an empty statement with a draft: each point the statement must cover, as a heading, "
        "with your answer to it beneath. A statement already written is never changed: --print "
        "shows the draft to copy from."
    )
    parser.add_argument("thing", metavar="THING", help="a Thing's number or slug")
    parser.add_argument("--print", action="store_true", help="print the draft and change nothing")
    parser.set_defaults(handler=compose)


def compose(session: Session, args: argparse.Namespace) -> int:
    """Reads the Thing and the entry from the caches, as `things` does: only a save loads the models."""
    from thingsjournal.journal.compose import ThingPoints, draft
    from thingsjournal.text.sections import statement_words

    summary = session.thing(args.thing)
    found = session.index.thing_data(summary.programme, summary.number)
    assert found is not None  # session.thing found it in this content
    points = ThingPoints.of_data(found)
    existing = session.view.entry_for_thing(summary.programme, summary.number)
    data = session.view.entry_data.get(existing.id, {}) if existing else {}
    answers: dict[str, str] = data.get("answers") or {}
    text = draft(points, answers)
    if args.print:
        sys.stdout.write(text)
        return 0
    statement: str = data.get("statement") or ""
    if statement.strip():
        raise UserError(
            f"Thing {summary.number}'s statement is already started ({statement_words(statement)} words): compose "
            f"never changes it; '{PROG} compose {summary.number} --print' shows the draft to copy from"
        )
    if not text:
        raise UserError(f"Thing {summary.number} has no points listed for its statement and no answers to draft from")
    path = _save(session, summary.programme, summary.number, existing.id if existing else None, text)
    minimum = session.view.min_words(summary.programme, summary.number)
    counted = f"{statement_words(text)} / {minimum} words" if minimum else f"{statement_words(text)} words"
    print(f"Drafted the statement of Thing {summary.number}: {_made_of(points, answers)}, {counted} in {path}.")
    return 0


def _save(session: Session, programme: str, number: int, entry_id: str | None, text: str) -> Path:
    from thingsjournal.journal.entries import Reflection
    from thingsjournal.journal.store import JournalError

    loaded = session.journal.load(entry_id) if entry_id else Reflection(programme=programme, thing=number)
    assert isinstance(loaded, Reflection)  # the entry for a Thing is a reflection
    try:
        return session.journal.save(loaded.model_copy(update={"statement": text})).path
    except JournalError as error:
        raise UserError(str(error)) from error


def _made_of(points: ThingPoints, answers: dict[str, str]) -> str:
    criteria = points.criteria()
    if not criteria:
        return f"your {len(answers)} answers under their questions"
    answered = sum(1 for point in criteria if answers.get(point.id, "").strip())
    return f"{len(criteria)} headings, {answered} with your answer beneath (headings count no words)"
