"""An Open Badge application's life, from the events the user records: submitted, then declined
or awarded, resubmitted after a decline, and an endorsement where the badge needs one.

The rules are the SSSC's, read on its badge pages (2026-12-05):
- an assessor decides within 28 days (news.sssc.uk.com, "Collect a new MyLearning badge each
  month with CPL+"); the day of submission is day 0, so day 29 is overdue;
- a declined application can be made again (badges.sssc.uk.com/getting-started/
  open-badge-application-declined/), and each resubmission starts a new 28 days;
- a badge with a mandatory endorsement must be endorsed, usually by a manager, within three
  months of its award, or it can be taken away (badges.sssc.uk.com/getting-started/endorsements/).

Pure: the entry model keeps the events; this says what they mean on a given day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final, Literal, get_args

from thingsjournal.text.dates import months_later, show_date

EventName = Literal["submitted", "declined", "resubmitted", "awarded", "endorsement-requested", "endorsed"]
EVENTS: Final[tuple[str, ...]] = get_args(EventName)
DECISION_DAYS: Final = 28
ENDORSEMENT_MONTHS: Final = 3

FOLLOWS: Final[dict[str | None, tuple[str, ...]]] = {
    None: ("submitted",),
    "submitted": ("declined", "awarded"),
    "resubmitted": ("declined", "awarded"),
    "declined": ("resubmitted",),
    "awarded": ("endorsement-requested", "endorsed"),
    "endorsement-requested": ("endorsed",),
    "endorsed": (),
}
"""Which event may come next after each (None: before any)."""

STATUS_AFTER: Final = {
    "submitted": "badge-applied",
    "resubmitted": "badge-applied",
    "declined": "badge-declined",
    "awarded": "badge-awarded",
    "endorsement-requested": "badge-awarded",
    "endorsed": "badge-awarded",
}


@dataclass(frozen=True, slots=True)
class Event:
    event: str
    on: date
    feedback: str = ""
    link: str | None = None


@dataclass(frozen=True, slots=True)
class Application:
    """The events of one application, in the order recorded, and whether the user says the badge
    needs an endorsement (recording a request for one says so too)."""

    events: tuple[Event, ...]
    needs_endorsement: bool = False

    @property
    def last(self) -> Event | None:
        return self.events[-1] if self.events else None

    @property
    def status(self) -> str | None:
        """The entry's status that the events set (None before any)."""
        return STATUS_AFTER.get(self.last.event) if self.last else None

    @property
    def endorsement_needed(self) -> bool:
        return self.needs_endorsement or any(e.event.startswith("endorse") for e in self.events)

    def _latest(self, *names: str) -> Event | None:
        return next((event for event in reversed(self.events) if event.event in names), None)

    @property
    def waiting_since(self) -> date | None:
        """The day of the submission a decision is awaited on, while one is."""
        last = self.last
        return last.on if last and last.event in ("submitted", "resubmitted") else None

    @property
    def decision_due(self) -> date | None:
        since = self.waiting_since
        return since + timedelta(days=DECISION_DAYS) if since else None

    def days_waiting(self, today: date) -> int | None:
        since = self.waiting_since
        return (today - since).days if since else None

    @property
    def awarded(self) -> date | None:
        award = self._latest("awarded")
        return award.on if award else None

    @property
    def endorsement_due(self) -> date | None:
        """Three months after the award, while an endorsement the badge needs has not come."""
        if self.awarded is None or not self.endorsement_needed or self._latest("endorsed"):
            return None
        return months_later(self.awarded, ENDORSEMENT_MONTHS)

    def state(self, today: date) -> str:
        """One word for lists: waiting, overdue, declined, awarded, awaiting-endorsement,
        endorsement-overdue, endorsed (or not-submitted)."""
        last = self.last
        if last is None:
            return "not-submitted"
        waited = self.days_waiting(today)
        if waited is not None:
            return "overdue" if waited > DECISION_DAYS else "waiting"
        due = self.endorsement_due
        if due is not None:
            return "endorsement-overdue" if today > due else "awaiting-endorsement"
        return "endorsed" if last.event == "endorsed" else last.event

    def said(self, today: date) -> str:
        """Where the application stands, in words, what matters first: 'waiting, day 12 of 28
        (decision due 15 Dec 2026)'."""
        state, last = self.state(today), self.last
        if last is None:
            return "not submitted yet"
        if state in ("waiting", "overdue"):
            waited, due = self.days_waiting(today), show_date(self.decision_due)
            if state == "overdue":
                return f"decision overdue, day {waited} (was due {due})"
            return f"waiting, day {waited} of {DECISION_DAYS} (decision due {due})"
        if state in ("awaiting-endorsement", "endorsement-overdue"):
            awarded, due = show_date(self.awarded), show_date(self.endorsement_due)
            asked = self._latest("endorsement-requested")
            how = f"asked for {show_date(asked.on)}" if asked else "not asked for yet"
            if state == "endorsement-overdue":
                return f"endorsement overdue since {due} ({how}): the badge can be taken away"
            return f"awarded {awarded}; endorsement due by {due} ({how})"
        if state == "declined":
            return f"declined on {show_date(last.on)}: put it right and resubmit"
        return f"{state} on {show_date(last.on)}"  # awarded, or endorsed

    def refusal(self, event: str, on: date, today: date) -> str | None:
        """Why `event` on `on` cannot be recorded next, or None when it can."""
        if event not in EVENTS:
            return f"'{event}' is not a badge event: use one of {', '.join(EVENTS)}"
        if on > today:
            return f"{show_date(on)} is after today: record an event once it has happened"
        last = self.last
        allowed = FOLLOWS[last.event if last else None]
        if event not in allowed:
            before = f"after '{last.event}' ({show_date(last.on)})" if last else "before anything is submitted"
            choices = " or ".join(f"'{name}'" for name in allowed) or "nothing more"
            return f"'{event}' cannot come {before}: next comes {choices}"
        if last is not None and on < last.on:
            return f"{show_date(on)} is before the '{last.event}' it follows ({show_date(last.on)})"
        return None
