"""The annual CPL declaration (issue 26): the year from the registration date (29 February
included), its due date and days left, Home's notice from a month before, coverage of the core
learning elements and of the learning on trauma and protection expected of everyone, `cpl` and
`cpl --json` with their exit codes, and a Register part whose elements are not packaged."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

import pytest
from journal_helpers import packaged_thing, reflection, saved

from thingsjournal.cli.main import main
from thingsjournal.errors import UserError
from thingsjournal.journal.entries import LearningRecord
from thingsjournal.notices import notices
from thingsjournal.progress.cpl import chosen_year, coverage, year_of, year_starting
from thingsjournal.session import Session
from thingsjournal.settings import Settings, save_settings

if TYPE_CHECKING:
    from pathlib import Path

REGISTERED = date(2019, 6, 10)
TODAY = date(2026, 12, 5)
ELEMENTS = (
    "rights-based-and-ethical-practice",
    "communication-and-relationships",
    "wellbeing-and-support",
    "protection",
    "knowledge-for-your-role",
    "reflective-practice",
    "leadership-and-quality-assurance",
)


def test_the_year_runs_from_the_registration_anniversary_and_is_due_on_the_next() -> None:
    year = year_of(TODAY, REGISTERED)
    assert (year.start, year.last, year.due) == (date(2026, 6, 10), date(2027, 6, 9), date(2027, 6, 10))
    assert year.days_left(TODAY) == 187 and year.days_left(date(2027, 6, 10)) == 0
    assert year_of(date(2026, 6, 9), REGISTERED).start == date(2025, 6, 10)  # the day before the anniversary
    assert year_of(date(2026, 6, 10), REGISTERED).start == date(2026, 6, 10)  # the anniversary itself
    assert year.notice_from == date(2027, 5, 10)


def test_a_29_february_registration_has_its_anniversary_on_28_february_in_other_years() -> None:
    leap = date(2020, 2, 29)
    year = year_of(date(2027, 3, 1), leap)
    assert (year.start, year.due) == (date(2027, 2, 28), date(2028, 2, 29))
    assert year_of(date(2027, 2, 27), leap).start == date(2026, 2, 28)
    assert year.days_left(date(2028, 2, 28)) == 1
    assert year_starting(2028, leap).start == date(2028, 2, 29)


def test_without_a_registration_date_the_calendar_year_is_used() -> None:
    year = year_of(TODAY, None)
    assert (year.start, year.last, year.registered) == (date(2026, 1, 1), date(2026, 12, 31), False)


def test_a_year_is_named_by_the_calendar_year_it_starts_in_or_this_or_last() -> None:
    assert chosen_year("2025", TODAY, REGISTERED).start == date(2025, 6, 10)
    assert chosen_year("this", TODAY, REGISTERED).start == date(2026, 6, 10)
    assert chosen_year(" Last ", TODAY, REGISTERED).start == date(2025, 6, 10)
    with pytest.raises(UserError, match="not a CPL year"):
        chosen_year("next", TODAY, REGISTERED)


def _settings(home: Path, register_part: str = "Practitioner in day care of children services") -> None:
    settings = Settings(registration_date=REGISTERED, register_part=register_part)
    save_settings(home / ".config" / "thingsjournal" / "settings.toml", settings)


def _record(
    title: str, on: date, elements: tuple[str, ...] = (), topics: tuple[str, ...] = (), minutes: int = 60
) -> LearningRecord:
    return LearningRecord(
        title=title, learning_date=on, elements=elements, topics=topics, minutes=minutes, learned="I learned."
    )


def _session(journal: Path, today: date = TODAY) -> Session:
    session = Session.open(str(journal))
    session.today = today
    return session


def test_coverage_lists_each_element_with_its_entries_and_the_one_missing(journal: Path, isolated_dirs: Path) -> None:
    _settings(isolated_dirs)
    saved(
        journal,
        _record("Rights course", date(2026, 7, 1), ELEMENTS[:3], ("trauma",)),
        _record("Child protection update", date(2026, 8, 1), ELEMENTS[3:6]),  # Protection counts for protection
        _record("Last year's leadership day", date(2026, 6, 9), ELEMENTS[6:]),  # the day before the year began
        reflection(4, "Mine.", learning_date=date(2026, 9, 1), elements=ELEMENTS[:1], minutes=90),
    )
    session = _session(journal)
    found = coverage(session.view, year_of(TODAY, session.registration_date), session.register_part)
    assert [item.id for item in found.uncovered] == ["leadership-and-quality-assurance"]
    rights = found.elements[0]
    assert [(e.title, e.day) for e in rights.evidence] == [
        ("Rights course", date(2026, 7, 1)),
        (f"Thing 4: {packaged_thing(4).title}", date(2026, 9, 1)),
    ]
    assert [topic.id for topic in found.topics if topic.evidence] == ["trauma", "protection"]
    assert found.minutes == 60 + 60 + 90 and not found.ready


def test_a_year_with_no_trauma_learning_is_not_ready_though_every_element_is_covered(
    journal: Path, isolated_dirs: Path
) -> None:
    _settings(isolated_dirs)
    saved(journal, _record("Everything", date(2026, 7, 1), ELEMENTS))
    session = _session(journal)
    found = coverage(session.view, year_of(TODAY, REGISTERED), session.register_part)
    assert found.uncovered == [] and [topic.id for topic in found.topics_missing] == ["trauma"]
    assert not found.ready


def test_a_year_with_no_protection_learning_says_so(journal: Path, isolated_dirs: Path) -> None:
    _settings(isolated_dirs)
    everything_but_protection = tuple(element for element in ELEMENTS if element != "protection")
    saved(journal, _record("Most", date(2026, 7, 1), everything_but_protection, ("trauma",)))
    session = _session(journal)
    found = coverage(session.view, year_of(TODAY, REGISTERED), session.register_part)
    assert [item.id for item in found.uncovered] == ["protection"]
    assert [topic.id for topic in found.topics_missing] == ["protection"]


def test_cpl_json_and_its_exit_codes(
    journal: Path, isolated_dirs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _settings(isolated_dirs)
    monkeypatch.setattr(Session, "current_date", lambda self: TODAY)
    [record] = saved(journal, _record("Almost all", date(2026, 7, 1), ELEMENTS[:6], ("trauma",), minutes=45))
    assert main(["--journal", str(journal), "cpl", "--json"]) == 1
    said = json.loads(capsys.readouterr().out)
    assert {key: said[key] for key in ("year_start", "year_end", "due", "days_left", "minutes", "uncovered")} == {
        "year_start": "2026-06-10",
        "year_end": "2027-06-09",
        "due": "2027-06-10",
        "days_left": 187,
        "minutes": 45,
        "uncovered": ["leadership-and-quality-assurance"],
    }
    assert [element["id"] for element in said["elements"]] == list(ELEMENTS)
    assert said["elements"][0]["entries"] == [
        {"id": record.id, "date": "2026-07-01", "title": "Almost all", "minutes": 45}
    ]
    assert [entry["id"] for entry in said["trauma"]] == [record.id] == [entry["id"] for entry in said["protection"]]
    assert said["ready"] is False
    saved(journal, _record("Leadership", date(2026, 8, 1), ELEMENTS[6:]))
    assert main(["--journal", str(journal), "cpl"]) == 0
    out, err = capsys.readouterr()
    assert "✓ Leadership and quality assurance\n    1 Aug 2026  Leadership  (1h)" in out
    assert "Ready to declare" in err
    assert main(["--journal", str(journal), "cpl", "--year", "last", "--json"]) == 1  # nothing in 2025-26
    assert json.loads(capsys.readouterr().out)["year_start"] == "2025-06-10"
    assert main(["--journal", str(journal), "cpl", "--year", "soon"]) == 2
    assert "'soon' is not a CPL year" in capsys.readouterr().err


def test_without_a_registration_date_cpl_says_how_to_set_it(
    journal: Path, isolated_dirs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Session, "current_date", lambda self: TODAY)
    assert main(["--journal", str(journal), "cpl", "--json"]) == 1
    said = json.loads(capsys.readouterr().out)
    assert (said["year_start"], said["due"], said["days_left"], said["registered"]) == ("2026-01-01", None, None, False)
    main(["--journal", str(journal), "cpl"])
    out = capsys.readouterr().out
    assert "Set your registration date in Settings" in out
    assert "Your Register part is not set in Settings: these are the packaged elements." in out
    assert "✗ Rights based and ethical practice: nothing yet" in out


def test_a_register_part_whose_elements_are_not_packaged_is_said_not_shown_wrong(
    journal: Path, isolated_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _settings(isolated_dirs, register_part="Social worker")
    saved(journal, _record("Everything", date(2026, 7, 1), ELEMENTS, ("trauma",)))
    assert main(["--journal", str(journal), "cpl", "--json"]) == 1
    said = json.loads(capsys.readouterr().out)
    assert said["elements"] == [] and said["elements_packaged"] is False
    main(["--journal", str(journal), "cpl"])
    out = capsys.readouterr().out
    assert "The core learning elements of Social worker are not packaged yet" in out
    assert "Rights based" not in out


def test_home_gives_notice_from_a_month_before_the_declaration_is_due(journal: Path, isolated_dirs: Path) -> None:
    _settings(isolated_dirs)
    saved(journal, _record("Most", date(2026, 7, 1), ELEMENTS[:6], ("trauma",)))
    assert [n for n in notices(_session(journal, date(2027, 5, 9))) if n.kind == "cpl"] == []
    [notice] = [n for n in notices(_session(journal, date(2027, 5, 10))) if n.kind == "cpl"]
    assert notice.text == "CPL declaration due around 10 Jun 2027, in 31 days: 1 area not covered yet"
    [on_the_day] = [n for n in notices(_session(journal, date(2027, 6, 9))) if n.kind == "cpl"]
    assert on_the_day.text.startswith("CPL declaration due around 10 Jun 2027, in 1 day")
    assert [n for n in notices(_session(journal, date(2027, 6, 10))) if n.kind == "cpl"] == []  # a new year begins
