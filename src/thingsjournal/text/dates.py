"""Dates and durations as people write them: dates shown as `23 Nov 2026` and accepted as
`2026-11-23`, `23/11/2026` or as shown; time spent shown as `1h 30m` and accepted as `90`, `1h 30m`,
`1h`, `45m` or `1:30`."""

from __future__ import annotations

import re
from datetime import date, timedelta

DATE_FORMS = "2026-11-23, 23/11/2026 or today"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_UK = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_SHOWN = re.compile(r"^(\d{1,2}) ([A-Za-z]{3})[A-Za-z]* (\d{4})$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_HOURS_MINUTES = re.compile(r"^(?:(\d+)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*m(?:in(?:ute)?s?)?)?$")
_CLOCK = re.compile(r"^(\d+):([0-5]\d)$")


def parse_date(text: str, today: date | None = None) -> date:
    """A date written as 2026-11-23, 23/11/2026, 23 Nov 2026, today or yesterday; a ValueError
    that says so otherwise."""
    cleaned = text.strip()
    if cleaned.lower() in ("today", "yesterday"):
        return (today or date.today()) - timedelta(days=cleaned.lower() == "yesterday")
    iso, uk, shown = _ISO.match(cleaned), _UK.match(cleaned), _SHOWN.match(cleaned)
    try:
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if uk:
            return date(int(uk.group(3)), int(uk.group(2)), int(uk.group(1)))
        if shown and shown.group(2).lower() in _MONTHS:
            return date(int(shown.group(3)), _MONTHS.index(shown.group(2).lower()) + 1, int(shown.group(1)))
    except ValueError as error:
        raise ValueError(f"'{cleaned}' is not a real date ({error})") from None
    raise ValueError(f"'{cleaned}' is not a date: write it as {DATE_FORMS}")


def show_date(value: date | None) -> str:
    return f"{value.day} {value:%b %Y}" if value else ""


def parse_minutes(text: str) -> int:
    """Time spent, as minutes (`90`), hours and minutes (`1h 30m`) or a clock (`1:30`)."""
    cleaned = text.strip().lower()
    if cleaned.isdigit():
        return int(cleaned)
    clock = _CLOCK.match(cleaned)
    if clock:
        return int(clock.group(1)) * 60 + int(clock.group(2))
    parts = _HOURS_MINUTES.match(cleaned)
    if cleaned and parts and (parts.group(1) or parts.group(2)):
        return int(parts.group(1) or 0) * 60 + int(parts.group(2) or 0)
    raise ValueError(f"'{text.strip()}' is not a time: write minutes (90), or hours and minutes (1h 30m)")


def show_minutes(minutes: int | None) -> str:
    if not minutes:
        return "0m" if minutes == 0 else ""
    hours, rest = divmod(minutes, 60)
    return " ".join(part for part in (f"{hours}h" if hours else "", f"{rest}m" if rest else "") if part)


def anniversary(day: date, year: int) -> date:
    """The same day and month in `year` (29 February becomes 28 February in other years)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def months_later(day: date, months: int) -> date:
    """The same day `months` later (or earlier), or the month's last day where it is shorter
    (30 Nov -> 28 Feb)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, _days_in(year, month)))


def _days_in(year: int, month: int) -> int:
    """The days in a month: the eve of the next month's first (not `calendar`'s, whose import
    is almost a millisecond of the app's start-up, for this alone)."""
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
