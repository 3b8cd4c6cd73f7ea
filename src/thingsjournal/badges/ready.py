"""Ready to apply? Item by item, what an assessor will look for in a Thing's application: the
minimum words, each point to cover ticked as covered (with the words its own minimum asks, where
the badge sets one), nothing that could identify someone, the steps done; then what to copy and remember: the badge's exact name (the commonest decline is the
wrong badge), the programme's advice on what to do first, and that the work is the user's own.

The checks are the app's facts, never a judgement of what the words mean; the user ticks the
points. The command line (`thingsjournal ready`) and the app show the same items.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from thingsjournal.journal.compose import ThingPoints, criterion_states
from thingsjournal.journal.status import DONE, READY
from thingsjournal.text.plural import counted
from thingsjournal.text.sections import statement_words

if TYPE_CHECKING:
    from collections.abc import Mapping

    from thingsjournal.catalog.models import Thing
    from thingsjournal.journal.view import JournalView
    from thingsjournal.privacy.findings import Finding

OWN_WORK = "The evidence must be your own work: the application asks you to declare it."


@dataclass(frozen=True)
class Item:
    name: str
    ok: bool
    detail: str
    checked: bool = True  # False: shown to read or copy, never stops an application


@dataclass(frozen=True)
class Readiness:
    entry: str
    items: tuple[Item, ...]

    @property
    def ready(self) -> bool:
        return all(item.ok for item in self.items if item.checked)

    def as_json(self) -> dict[str, Any]:
        """As `ready --json` gives it (DESIGN.md): `entry`, `ready`, `items` (`name`, `ok`, `detail`)."""
        items = [{key: value for key, value in asdict(item).items() if key != "checked"} for item in self.items]
        return {"entry": self.entry, "ready": self.ready, "items": items}


def readiness(
    thing: Thing, entry: Mapping[str, Any], findings: list[Finding], statuses: Mapping[int, str]
) -> Readiness:
    """`entry` (its data) for `thing`; `findings` of the privacy check in it (the user's fine
    words and people applied); `statuses` of the Things to do first (`statuses_first`)."""
    statement = entry.get("statement") or ""
    return Readiness(
        entry["id"],
        (
            _minimum(thing, statement),
            _points(thing, statement, tuple(entry.get("covered") or ())),
            _privacy(findings),
            _steps(thing, tuple(entry.get("steps_done") or ())),
            Item(
                "badge",
                True,
                f"Apply for exactly this badge: {thing.badge}" if thing.badge else "The programme names no badge.",
                checked=False,
            ),
            *_advice(thing, statuses),
            Item("own work", True, OWN_WORK, checked=False),
        ),
    )


def statuses_first(view: JournalView, programme: str, thing: Thing) -> dict[int, str]:
    """The status of each Thing the programme suggests doing before `thing`, by number."""
    statuses = {}
    for number in thing.recommended_first:
        found = view.entry_for_thing(programme, number)
        statuses[number] = (view.status(found) or "") if found else ""
    return statuses


def _minimum(thing: Thing, statement: str) -> Item:
    words, minimum = statement_words(statement), thing.statement.min_words
    if minimum is None:
        return Item("minimum", words > 0, f"{counted(words, 'word')} (no set minimum)")
    if words >= minimum:
        return Item("minimum", True, f"{words} of at least {minimum} words")
    return Item("minimum", False, f"{words} of at least {minimum} words: {minimum - words} more to write")


def _points(thing: Thing, statement: str, covered: tuple[str, ...]) -> Item:
    states = criterion_states(ThingPoints.of(thing), statement, covered)
    if not states:
        return Item("points covered", True, "This Thing lists no set points: see what its statement asks.")
    missing = [state.point.question for state in states if not state.ticked]
    short = [f"{state.point.question} ({state.short} more words)" for state in states if state.short]
    said = f"{len(states) - len(missing)} of {len(states)} points ticked as covered"
    if missing:
        said += f"; not yet: {' | '.join(missing)}"
    if short:
        said += f"; under a point's own minimum: {' | '.join(short)}"
    return Item("points covered", not (missing or short), said)


def _privacy(findings: list[Finding]) -> Item:
    from thingsjournal.privacy.findings import tally

    if not findings:
        return Item("privacy", True, "Nothing found that could identify someone.")
    return Item(
        "privacy", False, f"{tally(findings).capitalize()}: the Privacy tab lists each, to change or mark fine."
    )


def _steps(thing: Thing, done: tuple[str, ...]) -> Item:
    left = [f"{number}. {step.kind.capitalize()}" for number, step in enumerate(thing.steps, 1) if step.id not in done]
    if not thing.steps:
        return Item("steps done", True, "This Thing has no steps.")
    count = f"{len(thing.steps) - len(left)} of {len(thing.steps)} steps ticked done"
    return Item("steps done", not left, count if not left else f"{count}; not yet: {', '.join(left)}")


def _advice(thing: Thing, statuses: Mapping[int, str]) -> list[Item]:
    if not thing.recommended_first:
        return []
    first = thing.recommended_first
    done = [number for number in first if statuses.get(number) in (READY, *DONE)]
    shown = ", ".join(str(number) for number in first)
    return [
        Item(
            "advice",
            True,
            f"The programme suggests Things {shown} first: {len(done)} of {len(first)} ready or done.",
            checked=False,
        )
    ]
