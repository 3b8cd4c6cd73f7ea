"""Dates and times as people type them."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thingsjournal.text.dates import months_later, parse_date, parse_minutes, show_date, show_minutes


@pytest.mark.parametrize(
    "text", ["2026-11-23", "23/11/2026", " 2026-11-23 ", "2026-11-3", "3/11/2026", "23 Nov 2026", "3 november 2026"]
)
def test_accepted_dates(text: str) -> None:
    assert parse_date(text) in (date(2026, 11, 23), date(2026, 11, 3))


def test_today_and_yesterday_as_every_date_field_and_option_takes_them() -> None:
    assert parse_date("today", date(2026, 3, 1)) == date(2026, 3, 1)
    assert parse_date(" Yesterday ", date(2026, 3, 1)) == date(2026, 2, 28)
    assert parse_date("today") == date.today()


@pytest.mark.parametrize(
    "text, message",
    [
        ("11/23/2026", "is not a real date"),
        ("2026-02-30", "is not a real date"),
        ("next tuesday", "write it as 2026-11-23, 23/11/2026 or today"),
        ("", "is not a date"),
    ],
)
def test_refused_dates(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_date(text)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_dates_round_trip_in_both_forms(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.day}/{day.month}/{day.year}") == day
    assert parse_date(show_date(day)) == day


def test_show_date() -> None:
    assert show_date(date(2026, 11, 3)) == "3 Nov 2026"
    assert show_date(None) == ""


@pytest.mark.parametrize(
    "text, minutes",
    [("90", 90), ("1h 30m", 90), ("1h", 60), ("45m", 45), ("1:30", 90), ("2 hours 5 mins", 125), ("0", 0)],
)
def test_minutes(text: str, minutes: int) -> None:
    assert parse_minutes(text) == minutes


@pytest.mark.parametrize("text", ["", "abc", "-5", "1.5", "h", "1:75"])
def test_refused_minutes(text: str) -> None:
    with pytest.raises(ValueError, match="is not a time"):
        parse_minutes(text)


@given(st.integers(0, 100_000))
def test_minutes_round_trip(minutes: int) -> None:
    assert parse_minutes(show_minutes(minutes)) == minutes


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)), st.integers(min_value=-120, max_value=120))
def test_months_later_keeps_the_day_or_takes_the_shorter_months_last(day: date, months: int) -> None:
    later = months_later(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day == min(day.day, calendar.monthrange(later.year, later.month)[1])
