"""A reflection's status: worked out from its words unless the user has set one.

The one place the statuses are named: every list, count, export and choice uses these."""

from __future__ import annotations

from typing import Literal, get_args

NOT_STARTED, DRAFT, READY = "not-started", "draft", "ready"
Mark = Literal["complete", "badge-applied", "badge-awarded"]
"""The statuses the user may mark by hand (a count of words never reaches them)."""
MARKS: tuple[str, ...] = get_args(Mark)
BADGE_DECLINED = "badge-declined"
"""Set only by a recorded decline (`journal.application`), until a resubmission or an award."""
DONE: tuple[str, ...] = ("complete", BADGE_DECLINED, "badge-applied", "badge-awarded")
"""A Thing done: its statement finished, whatever its badge's state."""
STATUS_ORDER = (NOT_STARTED, DRAFT, READY, *DONE)


def status_of(words: int, min_words: int | None, marked: str | None) -> str:
    """draft until the statement reaches the minimum (or, with none, is not empty), then ready;
    a status the user set outranks the count."""
    if marked:
        return marked
    reached = words >= min_words if min_words else words > 0
    return READY if reached else DRAFT


def in_words(status: str) -> str:
    """A status as lists and exports say it: 'badge applied', 'not started'."""
    return status.replace("-", " ")
