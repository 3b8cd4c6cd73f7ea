"""Every badge application in the journal, where it stands today: `badge --list` and Home's
notices read these."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import date

    from thingsjournal.journal.application import Application
    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.journal.view import JournalView

PRESSING = ("overdue", "endorsement-overdue", "declined", "awaiting-endorsement", "waiting")
"""The states that wait on the user or the assessor, the most pressing first."""


@dataclass(frozen=True, slots=True)
class Listed:
    """One application: the entry it is made with, its title, the badge's name (None where the
    programme names none) and its events."""

    entry: EntrySummary
    title: str
    badge: str | None
    application: Application

    def as_json(self, today: date, data: dict[str, Any]) -> dict[str, Any]:
        """The fields of `badge --list --json` (DESIGN.md); `data` is the entry's, for the
        feedback and links that the summary leaves out."""
        events = [
            {"event": event["event"], "date": event["date"]}
            | ({"feedback": event["feedback"]} if event.get("feedback") else {})
            | ({"link": event["link"]} if event.get("link") else {})
            for event in (data.get("badge") or {}).get("events", ())
        ]
        due, endorsement = self.application.decision_due, self.application.endorsement_due
        return {
            "entry": self.entry.id,
            "programme": self.entry.programme,
            "thing": self.entry.thing,
            "badge": self.badge,
            "state": self.application.state(today),
            "events": events,
            "decision_due": due.isoformat() if due else None,
            "days_waiting": self.application.days_waiting(today),
            "endorsement_due": endorsement.isoformat() if endorsement else None,
        }


def applications(view: JournalView) -> list[Listed]:
    """Every entry with a badge event recorded, in the order the entries were created."""
    found = []
    for entry in view.listing.entries:
        if entry.kind != "reflection" or not entry.badge_events:
            continue
        thing = view.index.thing_data(entry.programme or "", entry.thing or 0) or {}
        found.append(Listed(entry, view.title_of(entry), thing.get("badge"), entry.application()))
    return found


def pressing(view: JournalView, today: date) -> list[Listed]:
    """The applications that wait on someone, the most pressing first."""
    waiting = [listed for listed in applications(view) if listed.application.state(today) in PRESSING]
    return sorted(waiting, key=lambda listed: PRESSING.index(listed.application.state(today)))
