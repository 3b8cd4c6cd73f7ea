"""Recording a badge application's events, and taking the last one back: the command line and
the app both change an application only through these, so both refuse the same mistakes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from thingsjournal.errors import UserError
from thingsjournal.journal.entries import Badge, BadgeEvent

if TYPE_CHECKING:
    from datetime import date

WITH_FEEDBACK = ("declined", "awarded")  # the assessor's decision is where feedback comes
WITH_LINK = ("awarded",)


def recorded(
    badge: Badge | None, event: str, on: date, today: date, feedback: str = "", link: str | None = None
) -> Badge:
    """`badge` with `event` on `on` added last; a UserError saying why when it cannot follow
    what is recorded (an award before a submission, a date before the last event's or after
    today), or when feedback or a link is given with an event that has none."""
    badge = badge or Badge()
    refusal = badge.application().refusal(event, on, today)
    if refusal is None and feedback.strip() and event not in WITH_FEEDBACK:
        refusal = f"feedback comes with a decision: record it with 'declined' or 'awarded', not '{event}'"
    if refusal is None and link and event not in WITH_LINK:
        refusal = f"a badge link comes with 'awarded', not '{event}'"
    if refusal is not None:
        raise UserError(refusal)
    try:
        added = BadgeEvent.model_validate({"event": event, "date": on, "feedback": feedback, "link": link or None})
    except ValueError as error:  # a link that is not a web address
        raise UserError(f"'{link}' is not a web address: a badge link starts with https://") from error
    return badge.model_copy(update={"events": (*badge.events, added)})


def undone(badge: Badge | None) -> tuple[Badge, BadgeEvent]:
    """`badge` without its last event, and that event; a UserError when there is none."""
    if badge is None or not badge.events:
        raise UserError("no badge event is recorded for this entry: nothing to undo")
    return badge.model_copy(update={"events": badge.events[:-1]}), badge.events[-1]
