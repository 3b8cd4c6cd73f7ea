"""UK identity numbers are caught by their own rules: a valid NHS, CHI, candidate or National
Insurance number is flagged, and the same digits with a wrong check digit (or letters never
issued) are not, so ordinary long numbers pass. The valid examples were checked with the blind
corpus's own validator (tests/privacy_corpus/blind/validate_ids.py), not with the app's code."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from thingsjournal.privacy.check import check_text

sys.path.insert(0, str(Path(__file__).parent / "privacy_corpus"))
from evaluate import vocabulary

KNOWN = vocabulary()  # the packaged content's words, as the app checks with

VALID = [
    ("His CHI number is 1503121232, on the form.", "1503121232", "CHI"),
    ("CHI 240218 5678 was on the letter.", "240218 5678", "CHI"),
    ("Her NHS number, 943 476 5919, was on the letter.", "943 476 5919", "NHS"),
    ("The nurse read out 943-476-5919 twice.", "943-476-5919", "NHS"),
    ("His candidate number is 051234561.", "051234561", "Candidate"),
    ("Write 123456785 on the form.", "123456785", "Candidate"),
    ("Her NI number is AB123456C.", "AB123456C", "National Insurance"),
    ("Dad gave his NI number, ab 12 34 56 c, at the desk.", "ab 12 34 56 c", "National Insurance"),
    ("JG 10 29 66 D was on the payslip.", "JG 10 29 66 D", "National Insurance"),
    ("Mum wrote JG-10-29-66-D on the form.", "JG-10-29-66-D", "National Insurance"),
    ("It was JG 102966 D, as HMRC prints it.", "JG 102966 D", "National Insurance"),
]
WRONG = [
    "His CHI number is 1503121233, on the form.",  # the check digit should be 2
    "Her NHS number, 943 476 5918, was on the letter.",  # should be 9
    "His candidate number is 051234562.",  # should be 1
    "The order number was 1234567890.",  # no ten-digit number ends so (its check is 10)
    "Quote QQ123456C.",  # Q is never in a prefix: HMRC's own example
    "The code BG123456A.",  # a prefix never issued
    "The code AO123456B.",  # O is never second
]


@pytest.mark.parametrize(("text", "number", "which"), VALID)
def test_a_valid_identity_number_is_flagged_as_one(text: str, number: str, which: str) -> None:
    findings = check_text(text, KNOWN)
    assert [(finding.kind, finding.text) for finding in findings if finding.kind == "id-number"] == [
        ("id-number", number)
    ]
    assert which.lower() in next(finding.why for finding in findings if finding.kind == "id-number").lower()
    assert not any(finding.kind == "phone" for finding in findings)  # its digits are not read as a phone number too


@pytest.mark.parametrize("text", WRONG)
def test_the_same_shape_with_a_wrong_check_digit_or_letters_is_not(text: str) -> None:
    assert [finding for finding in check_text(text, KNOWN) if finding.kind == "id-number"] == []


def test_a_phone_number_is_still_a_phone_number() -> None:
    assert [(finding.kind, finding.text) for finding in check_text("Call 07700 900123 at pick-up.", KNOWN)] == [
        ("phone", "07700 900123")
    ]


@pytest.mark.parametrize("postcode", ["eh6 7qt", "g41 2ab", "dd14hn"])
def test_a_postcode_in_lower_case_is_found(postcode: str) -> None:
    findings = check_text(f"They moved to {postcode} last month.", KNOWN)
    assert [(finding.kind, finding.text) for finding in findings] == [("postcode", postcode)]
