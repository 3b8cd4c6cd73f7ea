"""The privacy check: what in a text could identify a child, a family member, a colleague or
the setting, before it leaves the journal.

Each finding has a kind (name, age, date, setting, address, postcode, phone, email, id-number
for NHS, CHI, candidate and National Insurance numbers (see `identifiers`), and control for
control characters, which a pasted text can carry and which could drive a terminal), the text,
where it is (line and column, 1-based, in characters) and why it was flagged. The check never
changes the text. Phone numbers are found by `phonenumbers` (Google's libphonenumber rules);
everything else by patterns and by the app's vocabulary: a capitalised word that is neither a
common word nor a word of the content packs (Thing titles, capability names, the SSSC, the Care
Inspectorate ...) is taken for a name. Words the user marks as fine (`settings.mark_fine`, which
the caller does) are never flagged again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from thingsjournal.journal.entry_cache import entry_texts
from thingsjournal.privacy import words
from thingsjournal.privacy.identifiers import identity_numbers
from thingsjournal.text.control_chars import CONTROL
from thingsjournal.text.control_chars import describe as describe_control

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator, Mapping

    from thingsjournal.catalog.cache import ContentIndex
    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.journal.view import JournalView

KINDS = ("name", "age", "date", "setting", "address", "postcode", "phone", "email", "id-number", "control")
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+)"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d{1,2})"
_DATE = (
    rf"{_WEEKDAY}?{_DAY}(?:\s+of)?\s+{_MONTH}\b(?:,?\s+(?:19|20)\d\d)?"  # 14 March 2024, Tuesday 5th November
    rf"|{_WEEKDAY}?{_MONTH}\s+{_DAY}\b(?:,?\s+(?:19|20)\d\d)?"  # March 14th, 2024
    r"|\b(?:0?[1-9]|[12][0-9]|3[01])[/.](?:0?[1-9]|1[0-2])[/.](?:(?:19|20)\d\d|\d\d)\b"  # 03/09/2021
    r"|\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])\b"  # 2021-09-03
)
# Words before "18 months" that make it a duration, not a child's age ("over the last 18 months").
_DURATIONS = {
    "for",
    "over",
    "last",
    "past",
    "next",
    "few",
    "every",
    "within",
    "about",
    "around",
    "than",
    "the",
    "in",
    "after",
    "some",
    "nearly",
    "almost",
}
_MONTHS_OF_AGE = re.compile(r"\b\d{1,2}\s+months\b(?!\s+(?:ago|later|before|after|on|of|with|in|at)\b)")

# (kind, pattern, why): all but the ages written in words need a digit, so a text without one
# skips them (most prose: this keeps the check quick enough to run as the user types).
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_WITH_DIGITS: list[tuple[str, re.Pattern[str], str]] = [
    ("postcode", re.compile(r"\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b", re.IGNORECASE), "a UK postcode"),
    (
        "address",
        re.compile(
            rf"(?:\bFlat\s+\d+(?:/\d+)?,?\s+)?\b\d{{1,4}}[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\s+){{1,3}}(?:{words.STREET_NOUNS})\b"
        ),
        "a street address",
    ),
    (
        "age",
        re.compile(
            rf"\b(?:[Bb]orn(?:\s+on)?|DOB:?|[Dd]ate of birth:?)\s+(?:{_DATE})"
            r"|\b[Aa]ged?\s+\d{1,2}\b(?:\s+(?:years?|months?|weeks?)(?:\s+old)?)?"
            r"|\b(?:[Aa]n?\s+)?\d{1,2}[- ](?:year|month|week)s?[- ]old\b(?!s)"
            r"|\b\d{1,2}\s?y/?o\b"
            r"|\b(?:turns?|turned|turning)\s+\d{1,2}\b(?:\s+(?:in|on|next|this)\s+\w+)?"
        ),
        "an age or date of birth",
    ),
    ("date", re.compile(_DATE), "a specific date"),
]
# (kind, pattern, why, cues): a pattern runs only on a text with one of its cues among its
# capitalised words (or, for ages, with "aged", " age " or "old" in it).
_IN_WORDS: list[tuple[str, re.Pattern[str], str, frozenset[str]]] = [
    (
        "address",
        re.compile(rf"(?:[A-Z][\w'’-]*\s+){{1,3}}(?:{'|'.join(words.STRONG_STREET_NOUNS)})\b"),
        "a street address",
        frozenset(words.STRONG_STREET_NOUNS),
    ),
    (
        "age",
        re.compile(
            rf"\b[Aa]ged?\s+{_NUMBER_WORD}\b(?:\s+(?:years?|months?|weeks?)(?:\s+old)?)?"
            rf"|\b(?:(?:[Aa]n?|is|was|now|be|being|turned|turns)\s+){_NUMBER_WORD}[- ](?:years?|months?|weeks?)[- ]old\b(?!s)"
            rf"|\b(?:turns?|turned|turning)\s+{_NUMBER_WORD}\b"
        ),
        "an age or date of birth",
        frozenset({"Aged", "Age"}),
    ),
    (
        "name",
        re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Nurse)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"),
        "a name after a title (Mrs, Mr, Dr ...)",
        frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Nurse"}),
    ),
]
_DIGIT = re.compile(r"\d")
_SETTING = re.compile(rf"\b((?:St\.?\s+)?(?:[A-Z][\w'’-]*\s+){{1,4}}?)(?:{words.SETTING_NOUNS})\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*(?:['’]s)?\b|\bMc[A-Z][a-z]+\b|\bO['’][A-Z][a-z]+\b")
_COMMON_ENDINGS = re.compile(
    r"(?:ing|ed|ly|tion|sion|ness|ment|ful|less|ive|ous|able|ible|ity|ism|ship|ence|ance|ise|ize|ised|ized|ities|ments)$"
)
_PHONE_LIKE = re.compile(r"(?:\+|\(|\b)\d[\d ()-]{7,}\d")
_SENTENCE_END = set(".!?:;\n")
_CONTROLS = re.compile(f"(?:{CONTROL.pattern})+")


@dataclass(frozen=True)
class Finding:
    kind: str
    text: str
    line: int
    column: int
    why: str
    start: int  # offset in the text checked
    entry: str | None = None
    field: str | None = None
    file: str | None = None

    def as_json(self) -> dict[str, Any]:
        """As `privacy --json` gives it (DESIGN.md), with the reason too."""
        where = {"file": self.file} if self.file is not None else {"entry": self.entry, "field": self.field}
        return {
            "kind": self.kind,
            "text": self.text,
            "line": self.line,
            "column": self.column,
            **where,
            "why": self.why,
        }


class Vocabulary:
    """The words that are not names: common words, the ELC words we know, every word of the
    content packs, and the words the user marked as fine."""

    def __init__(
        self, content_words: Iterable[str] = (), fine: Iterable[str] = (), content_names: Iterable[str] = ()
    ) -> None:
        self.known = {*words.COMMON, *words.CALENDAR, *words.ELC, *words.THEORISTS, *(w.lower() for w in content_words)}
        self.fine = {phrase.casefold().strip() for phrase in fine if phrase.strip()}
        # Capitalised in the content packs ("Drew Dudley", "Lisa"): the programme's own, not private.
        self.content_proper = {word.lower() for name in content_names for word in name.split()}

    @classmethod
    def of_content(cls, catalog_data: Any, fine: Iterable[str] = ()) -> Vocabulary:
        """From the content packs' data (`ContentIndex.data["catalog"]`): every word in them."""
        found: set[str] = set()
        names: set[str] = set()

        def walk(value: Any) -> None:
            if isinstance(value, str):
                found.update(re.findall(r"[A-Za-z][A-Za-z'’-]*", value))
                names.update(re.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b", value))
            elif isinstance(value, dict):
                for item in value.values():
                    walk(item)
            elif isinstance(value, list | tuple):
                for item in value:
                    walk(item)

        walk(catalog_data)
        return cls(found, fine, names)

    def knows(self, word: str) -> bool:
        bare = _bare(word)
        if bare in self.content_proper:
            return True
        if bare in words.FIRST_NAMES:
            return False
        return bare in self.known or _COMMON_ENDINGS.search(bare) is not None

    def fine_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the words marked as fine appear in `text`: nothing inside them is flagged."""
        folded = text.casefold()
        spans = []
        for phrase in self.fine:
            start = folded.find(phrase)
            while start != -1:
                spans.append((start, start + len(phrase)))
                start = folded.find(phrase, start + 1)
        return spans


def check_text(text: str, vocabulary: Vocabulary) -> list[Finding]:
    """Everything in `text` that could identify someone, in order."""
    found: list[tuple[int, int, str, str]] = []  # start, end, kind, why

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _, _ in found)

    digits = _DIGIT.search(text) is not None
    capitalised = list(_CAPITALISED.finditer(text))
    cues = {match.group() for match in capitalised}
    if " PS" in text:  # "Hillview PS": a school, in capitals the word pattern does not take
        cues.add("PS")
    if "aged" in text or " age " in text or " old" in text or "-old" in text or "turn" in text:
        cues.add("Aged")
    patterns = [("email", _EMAIL, "an email address")] if "@" in text else []
    patterns += _WITH_DIGITS if digits else []
    patterns += [(kind, pattern, why) for kind, pattern, why, wanted in _IN_WORDS if not cues.isdisjoint(wanted)]
    if digits:  # first: an NHS number's digits are no phone number, its date part no date
        found += [(start, end, "id-number", why) for start, end, why in identity_numbers(text)]
    for kind, pattern, why in patterns:
        found += [(m.start(), m.end(), kind, why) for m in pattern.finditer(text) if free(m.start(), m.end())]
    if digits:
        for match in _MONTHS_OF_AGE.finditer(text):
            before = text[: match.start()].split()
            if (not before or before[-1].lower() not in _DURATIONS) and free(match.start(), match.end()):
                found.append((match.start(), match.end(), "age", "an age or date of birth"))
        if _PHONE_LIKE.search(text):
            found += [(start, end, "phone", "a phone number") for start, end in _phones(text) if free(start, end)]
    if not cues.isdisjoint(words.SETTING_CUES):
        for match in _SETTING.finditer(text):
            start = _setting_start(match)
            if start is not None and free(start, match.end()):
                found.append((start, match.end(), "setting", "the name of a nursery, school or service"))
    found += [
        (start, end, "name", why) for start, end, why in _names(text, capitalised, vocabulary) if free(start, end)
    ]
    if CONTROL.search(text):
        found += [
            (m.start(), m.end(), "control", f"{describe_control(m.group()[0])}: delete it")
            for m in _CONTROLS.finditer(text)
            if free(m.start(), m.end())
        ]
    findings = []
    fine = vocabulary.fine_spans(text) if vocabulary.fine else []
    for start, end, kind, why in sorted(found):
        piece = text[start:end]
        if not any(start < fine_end and end > fine_start for fine_start, fine_end in fine):
            line = text.count("\n", 0, start) + 1
            findings.append(Finding(kind, piece, line, start - (text.rfind("\n", 0, start) + 1) + 1, why, start))
    return findings


def _phones(text: str) -> Iterator[tuple[int, int]]:
    """UK and international numbers as libphonenumber reads them. Its VALID leniency would miss
    numbers from ranges not yet assigned (Ofcom's drama numbers among them), so any possible
    number counts that has the ten or more digits of a whole UK number (a year has four)."""
    import phonenumbers

    for match in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
        if sum(character.isdigit() for character in match.raw_string) >= 10:
            yield match.start, match.end


def _setting_start(match: re.Match[str]) -> int | None:
    """Where a setting's own name starts ("Little Acorns" of "Little Acorns Nursery"), or None
    when the words before the noun name no setting ("the Nursery", "our Forest School")."""
    names = match.group(1).split()
    while names and names[0].lower() in words.GENERIC_SETTING_WORDS:
        names.pop(0)
    if not names:
        return None
    return match.end() - len(match.group(0)) + match.group(0).index(names[0])


def _names(text: str, capitalised: list[re.Match[str]], vocabulary: Vocabulary) -> Iterator[tuple[int, int, str]]:
    """Runs of capitalised words the vocabulary does not know. At a sentence's start a word is
    capitalised anyway, so there it must also be a given name, or be followed by a possessive,
    "and" and another name, or a verb a child or a parent does: "Jamie's mum", "Kai laughed".
    A given name that is also a word ("Will") counts only where that word would not be
    capitalised, or before a comma at a sentence's start."""
    run: tuple[int, int] | None = None
    for match in capitalised:
        word = match.group()
        bare = _bare(word)
        starts = _starts_sentence(text, match.start())
        if bare in words.AMBIGUOUS_NAMES:
            named = not starts or text.startswith(",", match.end())
        elif vocabulary.knows(word):
            named = False
        else:
            named = (
                not starts
                or bare in words.FIRST_NAMES
                or _ACTS.match(text, match.end()) is not None
                or bare != word.lower()
            )
        if named and run and text[run[1] : match.start()].strip() == "":
            run = (run[0], match.end())
            continue
        if run:
            yield run[0], run[1], _NAME_WHY
        run = (match.start(), match.end()) if named else None
    if run:
        yield run[0], run[1], _NAME_WHY


def _bare(word: str) -> str:
    """A word without its possessive, in lower case: "Jamie's" is "jamie"."""
    return (word[:-2] if word.endswith(("'s", "’s")) else word).lower()


_NAME_WHY = "a capitalised word that is not a common word or one of the programme's own"
_ACTS = re.compile(
    r"\s+(?:and\s+[A-Z]|(?:said|says|told|asked|wanted|loved|likes|liked|enjoyed|cried|laughed|smiled|shouted|giggled|shared|showed|ran|hid)\b)"
)


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘([-*")
    return not before or before[-1] in _SENTENCE_END or re.search(r"(?:^|\n)\s*\d+[.)]$", before) is not None


# Entries


def check_entry(entry: dict[str, Any], vocabulary: Vocabulary, skip: Collection[str] = ()) -> list[Finding]:
    """The findings in each text of `entry` (its data), bar the fields named in `skip`."""
    return [
        replace(finding, entry=entry["id"], field=field)
        for field, text in entry_texts(entry)
        if text and field not in skip
        for finding in check_text(text, vocabulary)
    ]


def vocabulary_for(index: ContentIndex, settings: Mapping[str, object]) -> Vocabulary:
    """The vocabulary of the content packs and the user's fine words (`settings` as read)."""
    fine = settings.get("fine_words")
    return Vocabulary.of_content(index.data["catalog"], fine if isinstance(fine, list) else ())


def check_entries(view: JournalView, settings: Mapping[str, object], summaries: list[EntrySummary]) -> list[Finding]:
    """Findings in the chosen entries, in their order (`settings` as read, for the fine words)."""
    vocabulary = vocabulary_for(view.index, settings)
    data = view.entry_data
    return [
        finding for summary in summaries if summary.id in data for finding in check_entry(data[summary.id], vocabulary)
    ]


def counts(findings: list[Finding]) -> tuple[int, int]:
    """How many findings could identify someone, and how many are control characters."""
    controls = sum(finding.kind == "control" for finding in findings)
    return len(findings) - controls, controls


def tally(findings: list[Finding]) -> str:
    """A summary line: "2 places that could identify someone and 1 control character"."""
    from thingsjournal.text.plural import counted

    identifying, controls = counts(findings)
    parts = [f"{counted(identifying, 'place')} that could identify someone"] if identifying else []
    parts += [counted(controls, "control character")] if controls else []
    return " and ".join(parts) or "nothing that could identify someone"


def describe(finding: Finding, title: str = "") -> str:
    """One line for a person: where (the entry by its title too, when given), what and why."""
    if finding.file is not None:
        where = finding.file
    else:
        where = (
            f"{title} (entry {finding.entry}) {finding.field}" if title else f"entry {finding.entry} {finding.field}"
        )
    return f"{where}:{finding.line}:{finding.column}: {finding.kind}: {finding.text!r} ({finding.why})"
