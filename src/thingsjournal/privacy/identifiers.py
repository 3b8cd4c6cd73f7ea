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

_TEN_DIGITS = re.compile(r"(?<![\d+])(?:\d{3}([ -]?)\d{3}\1\d{4}|\d{6}[ -]\d{4})(?![\d])")
_NINE_DIGITS = re.compile(r"(?<![\d+])\d{9}(?![\d])")
_NI_NUMBER = re.compile(r"\b([A-Z]{2})[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?[A-D]\b", re.IGNORECASE)
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


def _ni_number(match: re.Match[str]) -> bool:
    prefix = match.group(1).upper()
    return (
        prefix[0] not in _NEVER_IN_PREFIX
        and prefix[1] not in _NEVER_IN_PREFIX | {"O"}
        and prefix not in _NEVER_PREFIXES
    )


def identity_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """Where `text` holds an NHS, CHI, candidate or National Insurance number, and which."""
    for match in _TEN_DIGITS.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if _check_digit_holds(digits, (10, 9, 8, 7, 6, 5, 4, 3, 2)):
            which = "a CHI number (Scotland's health number)" if _is_date(digits[:6]) else "an NHS number"
            yield match.start(), match.end(), which
    for match in _NINE_DIGITS.finditer(text):
        if _check_digit_holds(match.group(), (3, 2, 7, 6, 5, 4, 3, 2)):
            yield match.start(), match.end(), "a Scottish Candidate Number"
    for match in _NI_NUMBER.finditer(text):
        if _ni_number(match):
            yield match.start(), match.end(), "a National Insurance number"
