"""UK identity numbers that could name a child or a parent, known by their own rules (a check
digit, the letters allowed), so that an ordinary long number (a reference, a count, a phone
number's digits) is not taken for one.

- NHS and CHI numbers: ten digits, the last a modulus 11 check digit over the other nine, weighted
  10 down to 2 (NHS Data Dictionary, "NHS number"). Scotland's CHI number is made the same way
  and starts with the date of birth, DDMMYY.
- Scottish Candidate Numbers: nine digits, the last a modulus 11 check digit over the other eight,
  weighted 3 2 7 6 5 4 3 2 (HESA data dictionary, field SCN).
- National Insurance numbers: two letters, six digits and A, B, C or D. HMRC's manual (NIM39110)
  names the letters and prefixes never issued; there is no check digit.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

# Each pattern starts with a digit, so that the regex engine leaps from digit to digit; what must
# come before the first digit (no digit or "+"; an NI number's two letters) is checked after it.
_TEN_DIGITS = re.compile(r"\d(?<![\d+]\d)(?:\d\d([ -]?)\d{3}\1\d{4}|\d{5}[ -]\d{4})(?!\d)")
_NINE_DIGITS = re.compile(r"\d(?<![\d+]\d)\d{8}(?!\d)")
_NI_DIGITS = re.compile(r"\d\d[ -]?\d\d[ -]?\d\d[ -]?[A-Da-d]\b")
_NI_LETTERS = re.compile(r"(?<!\w)([A-Za-z]{2})[ -]?$")
_SIX_DIGITS = re.compile(r"\d\d[ -]?\d\d[ -]?\d\d")  # each number has six digits at least, in threes or pairs
_NEVER_IN_PREFIX = set("DFIQUV")
_NEVER_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def _check_digit_holds(digits: str, weights: tuple[int, ...]) -> bool:
    """Modulus 11: 11 less the weighted sum's remainder is the last digit (11 is 0; 10 is no
    number at all)."""
    check = 11 - sum(int(digit) * weight for digit, weight in zip(digits, weights, strict=False)) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[len(weights)])


def _is_date(ddmmyy: str) -> bool:
    day, month, year = int(ddmmyy[:2]), int(ddmmyy[2:4]), int(ddmmyy[4:])
    try:
        date(2000 + year, month, day)
    except ValueError:
        return False
    return True


def _ni_start(text: str, digits: re.Match[str]) -> int | None:
    """Where the National Insurance number whose digits and letter `digits` are starts, or None
    when no allowed prefix comes right before them."""
    letters = _NI_LETTERS.search(text, max(0, digits.start() - 3), digits.start())
    if letters is None:
        return None
    prefix = letters.group(1).upper()
    allowed = (
        prefix[0] not in _NEVER_IN_PREFIX
        and prefix[1] not in _NEVER_IN_PREFIX | {"O"}
        and prefix not in _NEVER_PREFIXES
    )
    return letters.start() if allowed else None


def identity_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """Where `text` holds an NHS, CHI, candidate or National Insurance number, and which."""
    if _SIX_DIGITS.search(text) is None:  # most texts: their patterns need not run
        return
    for match in _TEN_DIGITS.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if _check_digit_holds(digits, (10, 9, 8, 7, 6, 5, 4, 3, 2)):
            which = "a CHI number (Scotland's health number)" if _is_date(digits[:6]) else "an NHS number"
            yield match.start(), match.end(), which
    for match in _NINE_DIGITS.finditer(text):
        if _check_digit_holds(match.group(), (3, 2, 7, 6, 5, 4, 3, 2)):
            yield match.start(), match.end(), "a Scottish Candidate Number"
    for match in _NI_DIGITS.finditer(text):
        start = _ni_start(text, match)
        if start is not None:
            yield start, match.end(), "a National Insurance number"
