"""Words the en_GB dictionary does not know, in the user's texts, as a word processor shows them.

Like Word by default, it passes over words in capitals (acronyms: SSSC, ELC), words joined to
digits ("3rd", "2pm"), single letters, web and email addresses. Words of the content packs, the
people the user works with, the words they marked fine for the privacy check and "my words" are
known; so is anything the privacy check takes for the name of a person, a setting or a street
(a name is not a spelling mistake, and it is listed there already). Each line's unknown words are remembered, so checking a text again
on each pause rechecks only the lines that changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from thingsjournal.journal.entry_cache import entry_texts
from thingsjournal.spelling.dictionary import in_dictionary

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Mapping

    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.journal.view import JournalView
    from thingsjournal.privacy.findings import Finding
    from thingsjournal.privacy.vocabulary import Vocabulary

# Letters, with apostrophes and hyphens inside: "don't", "well-being", "nursery’s".
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ADDRESS = re.compile(r"\S*(?:://|www\.|@)\S*")
_JOINED = re.compile(r"[\d_]")
NAMED = ("name", "setting", "address")  # the privacy findings that hold names


@dataclass(frozen=True)
class Misspelling:
    text: str
    line: int  # 1-based
    column: int  # 1-based, in characters
    start: int  # offset in the text checked
    entry: str | None = None
    field: str | None = None
    file: str | None = None

    def as_json(self, suggestions: list[str]) -> dict[str, Any]:
        """As `spelling --json` gives it (DESIGN.md): as `privacy --json` does, with suggestions."""
        from thingsjournal.privacy.findings import place_json

        where = place_json(self.file, self.entry, self.field)
        return {
            "kind": "spelling",
            "text": self.text,
            "line": self.line,
            "column": self.column,
            **where,
            "why": "not in the British English dictionary",
            "suggestions": suggestions,
        }


@dataclass(frozen=True)
class KnownWords:
    """Words known besides the dictionary's, folded to lower case."""

    words: frozenset[str]

    @classmethod
    def of(cls, vocabulary: Vocabulary, settings: Mapping[str, object], people: Iterable[str]) -> KnownWords:
        """The content packs' words, the names and words of their vocabularies and the fine words
        (from the privacy check's `vocabulary`), the words of the people's names, and "my words"
        (`settings` as read)."""
        mine = settings.get("my_words")
        words = set(vocabulary.known) | vocabulary.fine | set(vocabulary.public)
        words |= {word for phrases in vocabulary.phrases.values() for phrase in phrases for word in phrase.split()}
        words |= {word.casefold() for word in (mine if isinstance(mine, list) else ())}
        words |= {part.casefold() for name in people for part in name.split()}
        return cls(frozenset(word.replace("’", "'") for word in words))

    def knows(self, word: str) -> bool:
        folded = word.casefold().replace("’", "'")
        return folded in self.words or folded.removesuffix("'s") in self.words  # "Vygotsky's"


@lru_cache(maxsize=20_000)
def _unknown_in_line(line: str) -> tuple[tuple[int, str], ...]:
    """The words of one line the dictionary does not know, with their columns (0-based)."""
    addresses = (
        [match.span() for match in _ADDRESS.finditer(line)] if ("@" in line or "/" in line or "www." in line) else []
    )
    found = []
    for match in _WORD.finditer(line):
        word, start, end = match.group(), match.start(), match.end()
        if len(word) < 2 or word.isupper():
            continue
        if (start and _JOINED.match(line[start - 1])) or (end < len(line) and _JOINED.match(line[end])):
            continue
        if any(a <= start < b for a, b in addresses):
            continue
        if not in_dictionary(word.replace("’", "'")):
            found.append((start, word))
    return tuple(found)


def check_text(text: str, known: KnownWords, names: Collection[tuple[int, int]] = ()) -> list[Misspelling]:
    """The misspelt words of `text` in order, bar those inside `names` (spans the privacy check
    found names in)."""
    found = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        for column, word in _unknown_in_line(line):
            start = offset + column
            if known.knows(word) or any(a < start + len(word) and start < b for a, b in names):
                continue
            found.append(Misspelling(word, number, column + 1, start))
        offset += len(line) + 1
    return found


def name_spans(findings: Iterable[Finding]) -> dict[str | None, list[tuple[int, int]]]:
    """Where the privacy check found names (of people, settings, streets), by field: words there
    are listed under Privacy already, and are not spelling mistakes."""
    spans: dict[str | None, list[tuple[int, int]]] = {}
    for finding in findings:
        if finding.kind in NAMED:
            spans.setdefault(finding.field, []).append((finding.start, finding.start + len(finding.text)))
    return spans


def check_entry(
    entry: dict[str, Any],
    known: KnownWords,
    names: Mapping[str | None, list[tuple[int, int]]],
    skip: Collection[str] = (),
) -> list[Misspelling]:
    """The misspellings in each text of `entry` (its data), bar the fields named in `skip` and
    the `names` the privacy check found (`name_spans` of its findings in the entry)."""
    return [
        replace(miss, entry=entry["id"], field=field)
        for field, text in entry_texts(entry)
        if text and field not in skip
        for miss in check_text(text, known, names.get(field, ()))
    ]


def check_entries(
    view: JournalView, settings: Mapping[str, object], summaries: list[EntrySummary], people: Iterable[str] = ()
) -> list[Misspelling]:
    """Misspellings in the chosen entries, in their order (`settings` as read)."""
    from thingsjournal.privacy.check import check_entry as privacy_check
    from thingsjournal.privacy.check import vocabulary_for

    vocabulary = vocabulary_for(view.index, settings, people)
    known = KnownWords.of(vocabulary, settings, people)
    data = view.entry_data
    found = []
    for summary in summaries:
        if summary.id in data:
            names = name_spans(privacy_check(data[summary.id], vocabulary))
            found += check_entry(data[summary.id], known, names)
    return found


def check_file_text(text: str, known: KnownWords, vocabulary: Vocabulary, path: str) -> list[Misspelling]:
    from thingsjournal.privacy.check import check_text as privacy_check

    names = name_spans(privacy_check(text, vocabulary)).get(None, [])
    return [replace(miss, file=path) for miss in check_text(text, known, names)]


def describe(miss: Misspelling, suggestions: list[str], title: str = "") -> str:
    """One line for a person: where, the word, and what the dictionary suggests."""
    from thingsjournal.privacy.findings import place

    where = place(miss.file, miss.entry, miss.field, title)
    offered = f" (perhaps: {', '.join(suggestions)})" if suggestions else ""
    return f"{where}:{miss.line}:{miss.column}: spelling: {miss.text!r}{offered}"
