"""The privacy check: what in a text could identify a child, a family member, a colleague or
the setting, before it leaves the journal.

Each finding has a kind (name, age, date, setting, address, postcode, phone, email, id-number
for NHS, CHI, candidate and National Insurance numbers (see `identifiers`), and control for
control characters, which a pasted text can carry and which could drive a terminal), the text,
where it is (line and column, 1-based, in characters) and why it was flagged. The check never
changes the text. Phone numbers are found by `phonenumbers` (Google's libphonenumber rules);
everything else by patterns and by what the app knows of words (`vocabulary.Vocabulary`): given names
across cultures and ordinary English words (`lists`, read on first use), the words of the
content packs, the public people, titles and words of their vocabularies, and the people the
user works with (`journal.people`), who are always caught. A capitalised word is a name when it
is a given name, or when no list knows it and it stands where an ordinary word would not be
capitalised (see `_names`). Words the user marks as fine (`settings.mark_fine`, which the caller
does) are never flagged again.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from thingsjournal.journal.entry_cache import entry_texts
from thingsjournal.privacy import words
from thingsjournal.privacy.findings import Finding
from thingsjournal.privacy.identifiers import identity_numbers
from thingsjournal.privacy.vocabulary import CURATED, Vocabulary, bare_word, fold, is_given
from thingsjournal.text.control_chars import CONTROL
from thingsjournal.text.control_chars import describe as describe_control
from thingsjournal.text.pieces import WHITESPACE, pieces

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator, Mapping

    from thingsjournal.catalog.cache import ContentIndex

KINDS = ("name", "age", "date", "setting", "address", "postcode", "phone", "email", "id-number", "control")
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+)"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUMBER_NAMES = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen"
).split()
_NUMBER_WORD = rf"(?:{'|'.join(_NUMBER_NAMES)}|\d{{1,2}})"
_ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
    r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)-(?:first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth))"
)
# What may follow an age or a day for it to be one: the sentence goes on, not a noun ("is two
# hours", "on the 3rd floor", "There is one thing").
_ENDS_PHRASE = (
    r"(?=\s*(?:[.,;:!?)\"”’]|$)|\s+(?:and|but|so|now|today|this|next|in|on|at|with|when|which|who|we|I|it|he|she|"
    r"they|for|to|as|or|then|because|there|was|is|the|a|our|my|years?|months?)\b)"
)
_DATE = (  # its lookahead lets the pattern skip, at once, what starts with no digit or capital
    rf"(?=[\dA-Z])(?:{_WEEKDAY}?{_DAY}(?:\s+of)?\s+{_MONTH}\b(?:,?\s+(?:19|20)\d\d)?"  # 14 March 2024, Tuesday 5th November
    rf"|{_WEEKDAY}?{_MONTH}\s+{_DAY}\b(?:,?\s+(?:19|20)\d\d)?"  # March 14th, 2024
    r"|\b(?:0?[1-9]|[12][0-9]|3[01])[/.](?:0?[1-9]|1[0-2])[/.](?:(?:19|20)\d\d|\d\d)\b"  # 03/09/2021
    r"|\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])\b)"  # 2021-09-03
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
    "under",
    "by",
    "from",
    "to",
    "until",
}
_MONTHS_OF_AGE = re.compile(rf"\b{_NUMBER_WORD}\s+months\b(?!\s+(?:ago|later|before|after|on|of|with|in|at)\b)")

# (kind, pattern, why): all but the ages written in words need a digit, so a text without one
# skips them (most prose: this keeps the check quick enough to run as the user types).
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_WITH_DIGITS: list[tuple[str, re.Pattern[str], str]] = [
    ("postcode", re.compile(r"\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b", re.IGNORECASE), "a UK postcode"),
    (
        "address",
        re.compile(
            rf"(?=[F\d])(?:\bFlat\s+\d+(?:/\d+)?,?\s+)?\b\d{{1,4}}[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\s+){{1,3}}(?:{words.STREET_NOUNS})\b"
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
_AGE_VALUE = (
    rf"(?:(?:nearly|almost|just|now|only|barely|already|about|over|under)\s+)?{_NUMBER_WORD}"
    r"(?:\s+and\s+(?:a\s+(?:half|bit|quarter)|three\s+quarters))?(?:\s+(?:years?|months?)(?:\s+old)?)?"
)
# A child's age after who it is: "Ollie is nearly 4", "She's 16", "who is four and three quarters",
# "Mia, 3, opened", and the age alone where no unit follows: "2 and a half and worn out", "2y 7m".
# (The verb or the comma first, and the word before it looked up after: far quicker than trying
# every word as the one whose age it is.)
_PERSON_AGE = re.compile(
    rf"(?:['’]s|\s+is|\s+was|\s+turned|\s+will\s+be)\s+(?P<said>{_AGE_VALUE}){_ENDS_PHRASE}"
    rf"|,\s+(?P<apart>{_NUMBER_WORD}(?:\s+and\s+a\s+(?:half|bit))?)(?=,)"
    rf"|\b{_NUMBER_WORD}\s+and\s+(?:a\s+(?:half|bit|quarter)|three\s+quarters){_ENDS_PHRASE}"
    r"|\b\d{1,2}\s?y(?:rs?)?\s?\d{1,2}\s?m(?:ths?)?\b"
)
_PRONOUNS = {"he", "she", "who"}
_LAST_WORD = re.compile(r"[^\W\d_][^\W\d_'’]*$")
# A day without its month, after a word that makes it a date: "on the 3rd", "Thursday, the 18th",
# "the twelfth of June", "Sat 29th", "Weds 8/11".
_SHORT_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?"
_DAY_OF_MONTH = re.compile(
    rf"\b{_SHORT_WEEKDAY}\.?,?\s+(?:the\s+)?(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    rf"|\b{_SHORT_WEEKDAY}\.?\s+(?:[12][0-9]|3[01]|0?[1-9])/(?:0?[1-9]|1[0-2])\b"
    "|"
    rf"\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Ss]ince|[Bb]efore|[Aa]fter|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+the\s+"
    rf"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th){_ENDS_PHRASE}"
    rf"|\b(?:the\s+)?{_ORDINAL_WORD}\s+of\s+{_MONTH}\b"
)
# Words before an age that make it a group's, not one child's: "babies under 12 months", "By 18
# months, most children", "children turning five", "from age 3 to 18".
_GROUP_BEFORE = {"under", "over", "by", "from", "to", "until", "children", "babies", "toddlers", "those", "pupils"}
_DIGIT = re.compile(r"\d")
_SETTING = re.compile(rf"\b((?:St\.?\s+)?(?:[A-Z][\w'’-]*\s+){{1,4}}?)(?:{words.SETTING_NOUNS})\b")
# Capital letters of the alphabets with case (Latin, Greek, Cyrillic, Armenian and Latin's extended
# blocks), as a class the regex engine can leap between: it starts a capitalised word, and the
# lookbehind after it makes sure no letter comes before it.
_UPPER = "".join(
    re.escape(chr(point))
    for span in ((0x41, 0x590), (0x1E00, 0x2000))
    for point in range(*span)
    if chr(point).isupper()
)
_CAPITAL_WORD = re.compile(rf"[{_UPPER}](?<![^\W\d_][{_UPPER}])[^\W\d_]*(?:[-'’][^\W\d_]+)*\b")
_NUMBER_SET = frozenset(_NUMBER_NAMES)
_NOT_LETTERS = str.maketrans(dict.fromkeys(",.;:!?()\"'“”‘’-", " "))
_PHONE_LIKE = re.compile(r"(?:\+|\(|\b)\d[\d ()-]{7,}\d")
_SENTENCE_END = set(".!?:;\n")
_CONTROLS = re.compile(f"(?:{CONTROL.pattern})+")


def _has_number_word(text: str) -> bool:
    """Whether `text` holds a number in words, a piece at a time: the list of every word of a
    50 MB entry would take six times its size."""
    return any(
        not _NUMBER_SET.isdisjoint(piece.lower().translate(_NOT_LETTERS).split()) for piece in pieces(text, WHITESPACE)
    )


def check_text(text: str, vocabulary: Vocabulary) -> list[Finding]:
    """Everything in `text` that could identify someone, in order."""
    found: list[tuple[int, int, str, str]] = []  # start, end, kind, why

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _, _ in found)

    digits = _DIGIT.search(text) is not None
    capitalised = [match for match in _CAPITAL_WORD.finditer(text) if _is_capitalised(match.group())]
    # An age or a day in words needs a number word: most texts have none, and skip their patterns.
    numbers = digits or _has_number_word(text)
    cues = {match.group() for match in capitalised}
    for capitals in ("PS", "ELC"):  # "Hillview PS", "Sunnyside ELC": in capitals, which are no cue
        if f" {capitals}" in text:
            cues.add(capitals)
    if "aged" in text or " age " in text or " old" in text or "-old" in text or "turn" in text:
        cues.add("Aged")
    patterns = [("email", _EMAIL, "an email address")] if "@" in text else []
    patterns += _WITH_DIGITS if digits else []
    patterns += [(kind, pattern, why) for kind, pattern, why, wanted in _IN_WORDS if not cues.isdisjoint(wanted)]
    if digits:  # first: an NHS number's digits are no phone number, its date part no date
        found += [(start, end, "id-number", why) for start, end, why in identity_numbers(text)]
    named_people, initials = vocabulary.people
    if named_people is not None:
        found += [(*m.span(), "name", _LISTED) for m in named_people.finditer(fold(text)) if free(*m.span())]
    if initials is not None:
        found += [(*m.span(), "name", _LISTED) for m in initials.finditer(text) if free(*m.span())]
    for kind, pattern, why in patterns:
        found += [
            (m.start(), m.end(), kind, why)
            for m in pattern.finditer(text)
            if free(m.start(), m.end()) and not (kind == "age" and _for_a_group(text, m.start()))
        ]
    for match in _PERSON_AGE.finditer(text) if numbers else ():
        start, end = match.span("said") if match["said"] else match.span("apart") if match["apart"] else match.span()
        if _of_a_child(match, vocabulary) and free(start, end) and not _for_a_group(text, match.start()):
            found.append((start, end, "age", "an age or date of birth"))
    if digits or " of " in text:
        found += [(*m.span(), "date", "a specific date") for m in _DAY_OF_MONTH.finditer(text) if free(*m.span())]
    for match in _MONTHS_OF_AGE.finditer(text) if numbers and "months" in text else ():
        before = text[: match.start()].split()
        if (not before or before[-1].lower() not in _DURATIONS) and free(match.start(), match.end()):
            found.append((match.start(), match.end(), "age", "an age or date of birth"))
    if digits and _PHONE_LIKE.search(text):
        found += [(start, end, "phone", "a phone number") for start, end in _phones(text) if free(start, end)]
    if not cues.isdisjoint(words.SETTING_CUES):
        for match in _SETTING.finditer(text):
            begins = _setting_start(match, vocabulary)
            if begins is not None and free(begins, match.end()):
                found.append((begins, match.end(), "setting", "the name of a nursery, school or service"))
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
    public = vocabulary.phrase_spans(text, capitalised) if vocabulary.phrases else []
    for start, end, kind, why in sorted(found):
        piece = text[start:end]
        if kind in ("name", "setting") and any(s <= start < e and (end <= e + 2 or kind == "name") for s, e in public):
            continue  # in a public name or title: "Carol Dweck's", "Big School", "Little Miss Brave"
        if not any(start < fine_end and end > fine_start for fine_start, fine_end in fine):
            line = text.count("\n", 0, start) + 1
            findings.append(Finding(kind, piece, line, start - (text.rfind("\n", 0, start) + 1) + 1, why, start))
    return findings


def _of_a_child(match: re.Match[str], vocabulary: Vocabulary) -> bool:
    """An age said of "he", "she", "who", or of someone named ("Ollie is 4", "Mia, 3,"), not of
    "There is one" or "Term, 2,"; or an age that says so by its own shape ("2 and a half")."""
    if not (match["said"] or match["apart"]):
        return True
    before = _LAST_WORD.search(match.string, max(0, match.start() - 40), match.start())
    if before is None:
        return False
    who = before.group()
    bare = who.lower()
    if bare in _PRONOUNS:
        return True
    return _is_capitalised(who) and (is_given(bare) or not vocabulary.knows(who)) and bare not in words.COMMON


def _for_a_group(text: str, start: int) -> bool:
    """The word before an age is a group's ("babies under 12 months", "children turning five")."""
    before = text[:start].split()
    return bool(before) and before[-1].strip(",.;:()").lower() in _GROUP_BEFORE


def _phones(text: str) -> Iterator[tuple[int, int]]:
    """UK and international numbers as libphonenumber reads them. Its VALID leniency would miss
    numbers from ranges not yet assigned (Ofcom's drama numbers among them), so any possible
    number counts that has the ten or more digits of a whole UK number (a year has four), written
    as one is, from 0 or + (a ticket or order number is not)."""
    import phonenumbers

    for match in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
        written = match.raw_string.lstrip("(")
        if written.startswith(("0", "+")) and sum(character.isdigit() for character in written) >= 10:
            yield match.start, match.end


def _setting_start(match: re.Match[str], vocabulary: Vocabulary) -> int | None:
    """Where a setting's own name starts ("Little Acorns" of "Little Acorns Nursery"), or None
    when the words before the noun name no setting ("the Nursery", "our Forest School"; before
    "ELC", which is also the field's name, any ordinary words: "Scottish ELC")."""
    names = match.group(1).split()
    while names and names[0].lower() in words.GENERIC_SETTING_WORDS:
        names.pop(0)
    if not names or (match.group().endswith("ELC") and all(vocabulary.knows(name) for name in names)):
        return None
    return match.end() - len(match.group(0)) + match.group(0).index(names[0])


def _names(text: str, capitalised: list[re.Match[str]], vocabulary: Vocabulary) -> Iterator[tuple[int, int, str]]:
    """Runs of capitalised words that are names. A given name is one anywhere; a word nobody
    knows (no common, English, field or content word) is one anywhere but at a sentence's start,
    where every word is capitalised: there it must be followed by a comma, a possessive, "and"
    and another name, or a verb of being or doing ("Aoife is", "Kai laughed"). A given name that
    is also a word ("Will", "Grace") counts only where that word would not be capitalised, or
    before a comma or a possessive at a sentence's start."""
    run: tuple[int, int] | None = None
    why = _NAME_WHY
    for match in capitalised:
        word = match.group()
        bare = bare_word(word)
        starts = _starts_sentence(text, match.start())
        # "Aoife's", "Mo, who", "Ivy (3yo)"
        marked = bare != word.lower() or text.startswith((",", " ("), match.end())
        acts = _ACTS.match(text, match.end()) is not None
        if bare in words.AMBIGUOUS_NAMES:
            named = not starts or marked or (acts and bare not in words.COMMON)
        elif bare in vocabulary.public or bare in CURATED:
            named = False
        elif is_given(bare):
            named = not starts or marked or not vocabulary.knows(word) or acts
        elif vocabulary.knows(word):  # a word, but a person where "who" follows: "Mo, who works"
            named = _WHO.match(text, match.end()) is not None
        else:
            named = not starts or marked or acts
        if named and run and text[run[1] : match.start()].strip() == "":
            run = (run[0], match.end())
            continue
        if run:
            yield run[0], run[1], why
        run = (match.start(), match.end()) if named else None
        why = _GIVEN_WHY if named and is_given(bare) else _NAME_WHY
    if run:
        yield run[0], run[1], why


def _is_capitalised(word: str) -> bool:
    """In any alphabet: "Aoife", "Seònaid", "McKenzie", "O'Neill"; not "ELC" or "the"."""
    if len(word) < 2 or not word[0].isupper():
        return False
    return word[1].islower() or (word[1] in "'’" and word[2:3].isupper())


_WHO = re.compile(r",\s+who\b")
_LISTED = "on your list of people you work with"
_GIVEN_WHY = "a given name"
_NAME_WHY = "a capitalised word that is not a common word or one of the programme's own"
_ACTS = re.compile(
    r"\s+(?:and\s+[A-Z]|(?:is|was|has|had|does|did|can|could|will|would|who|who's|said|says|told|asked|wanted|"
    r"loved|loves|likes|liked|enjoyed|enjoys|cried|laughed|smiled|shouted|giggled|shared|showed|ran|hid|came|"
    r"went|got|made|took|fell|played|plays|joined|started|began|needs|needed|found|brought|spent|tried|tries|"
    r"kept|refused|signed|drew|built|sat|stood|arrived|left|hates|hated|helped|helps|knows|knew|thinks|"
    r"thought|wants|gets)\b)"
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


def vocabulary_for(index: ContentIndex, settings: Mapping[str, object], people: Iterable[str] = ()) -> Vocabulary:
    """The vocabulary of the content packs, the user's fine words (`settings` as read) and the
    people they work with (`journal.people`)."""
    fine = settings.get("fine_words")
    return Vocabulary.of_content(index.data["catalog"], fine if isinstance(fine, list) else (), people)
