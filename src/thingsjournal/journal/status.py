"""A reflection's status: worked out from its words unless the user has set one."""

from __future__ import annotations

STATUS_ORDER = ("not-started", "draft", "ready", "complete", "badge-applied", "badge-awarded")
MARKED = ("complete", "badge-applied", "badge-awarded")


def status_of(words: int, min_words: int | None, marked: str | None) -> str:
    """draft until the statement reaches the minimum (or, with none, is not empty), then ready;
    a status the user set outranks the count."""
    if marked:
        return marked
    reached = words >= min_words if min_words else words > 0
    return "ready" if reached else "draft"
