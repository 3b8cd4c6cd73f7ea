"""A badge application's life (issue 25): submitted, a decision due 28 days later (day 0 is the
submission, day 29 is overdue), declined with feedback, resubmitted (a new 28 days), awarded with
its link, and an endorsement due three months after the award where the badge needs one. Events
out of order are refused with nothing changed; the last one can be taken back; the statuses and
Home's notices follow."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from journal_helpers import reflection, saved

from thingsjournal.cli.main import main
from thingsjournal.journal.application import Application, Event
from thingsjournal.journal.entries import Reflection, read_entry
from thingsjournal.session import Session
from thingsjournal.text.dates import months_later

if TYPE_CHECKING:
    from pathlib import Path

NOV_1 = date(2026, 11, 1)


def test_the_decision_is_due_28_days_after_submission_and_overdue_from_day_29() -> None:
    application = Application((Event("submitted", NOV_1),))
    assert application.decision_due == date(2026, 11, 29)
    assert application.state(NOV_1) == "waiting" and application.days_waiting(NOV_1) == 0
    assert application.said(date(2026, 11, 13)) == "waiting, day 12 of 28 (decision due 29 Nov 2026)"
    assert application.state(date(2026, 11, 29)) == "waiting"
    assert application.state(date(2026, 11, 30)) == "overdue"
    assert application.said(date(2026, 11, 30)).startswith("decision overdue, day 29")


def test_a_resubmission_starts_a_new_28_days_and_an_award_ends_the_wait() -> None:
    events = (Event("submitted", NOV_1), Event("declined", date(2026, 11, 20), "More on the logic model"))
    declined = Application(events)
    assert declined.state(date(2026, 12, 31)) == "declined" and declined.status == "badge-declined"
    assert declined.decision_due is None
    again = Application((*events, Event("resubmitted", date(2026, 11, 25))))
    assert again.decision_due == date(2026, 12, 23) and again.status == "badge-applied"
    assert again.state(date(2026, 12, 23)) == "waiting"
    awarded = Application((*again.events, Event("awarded", date(2026, 12, 1), link="https://badges.example/1")))
    assert awarded.state(date(2027, 6, 1)) == "awarded" and awarded.status == "badge-awarded"
    assert awarded.days_waiting(date(2027, 6, 1)) is None and awarded.endorsement_due is None


def test_an_endorsement_is_due_three_months_after_the_award_where_the_badge_needs_one() -> None:
    award = (Event("submitted", NOV_1), Event("awarded", date(2026, 11, 30)))
    needs = Application(award, needs_endorsement=True)
    assert needs.endorsement_due == date(2027, 2, 28)  # no 30 February
    assert needs.state(date(2027, 2, 28)) == "awaiting-endorsement"
    assert "not asked for yet" in needs.said(date(2027, 1, 1))
    assert needs.state(date(2027, 3, 1)) == "endorsement-overdue"
    asked = Application((*award, Event("endorsement-requested", date(2026, 12, 2))))
    assert asked.endorsement_needed and asked.endorsement_due == date(2027, 2, 28)
    endorsed = Application((*asked.events, Event("endorsed", date(2027, 1, 5))))
    assert endorsed.state(date(2027, 6, 1)) == "endorsed" and endorsed.endorsement_due is None
    assert months_later(date(2027, 11, 29), 3) == date(2028, 2, 29)  # a leap year keeps the 29th


@pytest.mark.parametrize(
    ("events", "event", "on", "why"),
    [
        ((), "awarded", NOV_1, "cannot come before anything is submitted"),
        ((Event("submitted", NOV_1),), "resubmitted", NOV_1, "next comes 'declined' or 'awarded'"),
        (
            (Event("submitted", NOV_1), Event("declined", date(2026, 11, 9))),
            "awarded",
            NOV_1,
            "next comes 'resubmitted'",
        ),
        ((Event("submitted", date(2026, 11, 9)),), "declined", NOV_1, "is before the 'submitted' it follows"),
        ((), "submitted", date(2026, 12, 6), "is after today"),
        ((), "approved", NOV_1, "is not a badge event"),
    ],
)
def test_an_event_out_of_order_is_refused_with_the_reason(
    events: tuple[Event, ...], event: str, on: date, why: str
) -> None:
    refusal = Application(events).refusal(event, on, date(2026, 12, 5))
    assert refusal is not None and why in refusal


def test_a_file_with_todays_applied_and_awarded_dates_reads_unchanged() -> None:
    text = """schema = 1
kind = "reflection"
id = "abcd2345"
created = 2026-11-01T10:00:00+00:00
updated = 2026-11-01T10:00:00+00:00
programme = "sssc-23-things-elc"
thing = 3
statement = "Mine."

[badge]
applied = 2026-11-02
awarded = 2026-11-20
link = "https://badges.example/3"
feedback = "Well done."
"""
    entry, problems = read_entry("old.toml", text)
    assert problems == [] and isinstance(entry, Reflection) and entry.badge is not None
    assert [(e.event, e.on) for e in entry.badge.events] == [
        ("submitted", date(2026, 11, 2)),
        ("awarded", date(2026, 11, 20)),
    ]
    assert (entry.badge.events[-1].link, entry.badge.events[-1].feedback) == ("https://badges.example/3", "Well done.")
    assert entry.marked() == "badge-awarded"
    only_feedback, _ = read_entry("old.toml", text.split("applied")[0] + 'feedback = "Kept."\n')
    assert isinstance(only_feedback, Reflection) and only_feedback.badge is not None
    assert (only_feedback.badge.events, only_feedback.badge.notes) == ((), "Kept.")


def _badge(journal: Path, *args: str) -> int:
    return main(["--journal", str(journal), "badge", *args])


def _listed(journal: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert _badge(journal, "--list", "--json") == 0
    return json.loads(capsys.readouterr().out)


def _status(journal: Path, capsys: pytest.CaptureFixture[str], number: int) -> str:
    capsys.readouterr()
    assert main(["--journal", str(journal), "things", "--json"]) == 0
    return next(t["status"] for t in json.loads(capsys.readouterr().out) if t["number"] == number)


def test_a_declined_resubmitted_then_awarded_application_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(3, "My statement."))
    today = date.today()
    submitted, declined, again = (today - timedelta(days=days) for days in (40, 30, 12))
    assert _badge(journal, "3", "submitted", "--date", submitted.isoformat()) == 0
    assert _listed(journal, capsys)[0]["state"] == "overdue"
    assert _badge(journal, "3", "declined", "--date", declined.isoformat(), "--feedback", "Say more.") == 0
    assert _status(journal, capsys, 3) == "badge-declined"
    assert _badge(journal, "3", "resubmitted", "--date", again.isoformat()) == 0
    [waiting] = _listed(journal, capsys)
    assert (waiting["state"], waiting["days_waiting"]) == ("waiting", 12)
    assert waiting["decision_due"] == (again + timedelta(days=28)).isoformat()
    assert _status(journal, capsys, 3) == "badge-applied"
    assert _badge(journal, "3", "awarded", "--link", "https://badges.example/3") == 0
    [awarded] = _listed(journal, capsys)
    assert awarded["state"] == "awarded" and awarded["days_waiting"] is None
    assert awarded["events"] == [
        {"event": "submitted", "date": submitted.isoformat()},
        {"event": "declined", "date": declined.isoformat(), "feedback": "Say more."},
        {"event": "resubmitted", "date": again.isoformat()},
        {"event": "awarded", "date": today.isoformat(), "link": "https://badges.example/3"},
    ]
    assert set(awarded) == {
        "entry", "programme", "thing", "badge", "state", "events", "decision_due", "days_waiting", "endorsement_due",
    }  # fmt: skip
    assert _status(journal, capsys, 3) == "badge-awarded"
    assert _badge(journal, "3", "endorsement-requested") == 0
    [asked] = _listed(journal, capsys)
    assert (asked["state"], asked["endorsement_due"]) == ("awaiting-endorsement", months_later(today, 3).isoformat())


def test_undo_takes_back_the_last_event_and_a_refused_event_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal"
    [entry] = saved(journal, reflection(3, "My statement."))
    assert _badge(journal, "3", "submitted", "--date", "2026-11-01") == 0
    [path] = journal.glob("*.toml")
    before = path.read_bytes()
    capsys.readouterr()
    for mistake in (
        ["3", "endorsed"],
        ["3", "declined", "--date", "2026-10-30"],
        ["3", "declined", "--date", "31/02/2026"],
        ["3", "submitted", "--link", "https://badges.example/3"],
        ["--entry", entry.id, "resubmitted"],
    ):
        assert _badge(journal, *mistake) == 2, mistake
        assert path.read_bytes() == before, mistake
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 5 and all(line.startswith("thingsjournal: ") for line in errors)
    assert _badge(journal, "--entry", entry.id, "declined") == 0
    assert _status(journal, capsys, 3) == "badge-declined"
    assert _badge(journal, "3", "--undo") == 0
    assert "took back 'declined'" in capsys.readouterr().out
    assert [e["event"] for e in _listed(journal, capsys)[0]["events"]] == ["submitted"]
    assert _badge(journal, "3", "--undo") == 0
    assert _badge(journal, "3", "--undo") == 2
    assert "nothing to undo" in capsys.readouterr().err
    assert _status(journal, capsys, 3) == "draft"  # the words decide again


def test_homes_notices_say_what_waits_on_each_application(tmp_path: Path) -> None:
    from thingsjournal.notices import notices

    journal = tmp_path / "journal"
    badge_of = {
        3: {"events": [{"event": "submitted", "date": "2026-11-01"}]},  # day 34: overdue
        5: {"events": [{"event": "submitted", "date": "2026-11-20"}]},  # day 15 of 28
        7: {"events": [{"event": "submitted", "date": "2026-10-01"}, {"event": "awarded", "date": "2026-10-20"}],
            "needs_endorsement": True},
        9: {"events": [{"event": "submitted", "date": "2026-10-01"}, {"event": "declined", "date": "2026-10-20"}]},
        11: {"events": [{"event": "submitted", "date": "2026-10-01"}, {"event": "awarded", "date": "2026-10-20"}]},
    }  # fmt: skip
    saved(journal, *(reflection(number, "Mine.", badge=badge) for number, badge in badge_of.items()))
    session = Session.open(str(journal))
    session.today = date(2026, 12, 5)
    texts = [notice.text for notice in notices(session) if notice.kind == "badge"]
    assert texts == [
        "Thing 3's badge: decision overdue, day 34 (was due 29 Nov 2026)",
        "Thing 9's badge: declined on 20 Oct 2026: put it right and resubmit",
        "Thing 7's badge: awarded 20 Oct 2026; endorsement due by 20 Jan 2027 (not asked for yet)",
        "Thing 5's badge: waiting, day 15 of 28 (decision due 18 Dec 2026)",
    ]  # an award that needs nothing more waits on no one


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_details_tab_records_a_decline_with_its_feedback_and_takes_it_back(
    journal: Path, size: tuple[int, int]
) -> None:
    from pilot_waits import until
    from textual.widgets import Select, TabbedContent, TextArea
    from textual.widgets.select import InvalidSelectValueError

    from thingsjournal.journal.store import JournalStore
    from thingsjournal.tui.app import make_app
    from thingsjournal.tui.dialogs.confirm import ConfirmScreen
    from thingsjournal.tui.screens.thing import ThingScreen
    from thingsjournal.tui.widgets.checked_input import CheckedInput

    [entry] = saved(journal, reflection(3, "Mine.", badge={"events": [{"event": "submitted", "date": "2026-11-01"}]}))
    session = Session.open(str(journal))
    session.today = date(2026, 12, 5)
    app = make_app(session, thing=3)

    def events() -> list[str]:
        badge = JournalStore(journal).load(entry.id).badge  # type: ignore[union-attr]
        return [f"{e.event} {e.on} {e.feedback}".strip() for e in badge.events] if badge else []

    async with app.run_test(size=size) as pilot:
        assert await until(pilot, lambda: isinstance(app.screen, ThingScreen) and app.screen.focused is not None)
        screen = app.screen
        screen.query_one(TabbedContent).active = "tab-details"
        assert await until(pilot, lambda: "day 34" in str(screen.query_one("#application-state").render()))
        screen.query_one("#next-event", Select).value = "declined"
        date_field = screen.query_one("#next-date", CheckedInput)
        date_field.focus()
        await pilot.press(*"10/11/2026")
        await pilot.click("#record-event")
        assert await until(pilot, lambda: isinstance(app.focused, TextArea) and app.focused.id == "badge-2-feedback")
        await pilot.press(*"Say more.")
        assert await until(pilot, lambda: events() == ["submitted 2026-11-01", "declined 2026-11-10 Say more."])
        assert "declined on 10 Nov 2026" in str(screen.query_one("#application-state").render())
        with pytest.raises(InvalidSelectValueError):  # only what may follow a decline is offered
            screen.query_one("#next-event", Select).value = "awarded"
        screen.query_one("#undo-event").focus()  # by the keyboard (Record was clicked)
        await pilot.press("enter")
        assert await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.click("#yes")
        assert await until(pilot, lambda: events() == ["submitted 2026-11-01"])
        assert "day 34" in str(screen.query_one("#application-state").render())
