"""What the privacy check knows of words: given names across cultures and ordinary English words
(`lists`), the words of the content packs, the public people, titles and words of their
vocabularies, the words the user marked as fine, and the people the user works with."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from thingsjournal.privacy import lists, words

if TYPE_CHECKING:
    from collections.abc import Iterable

# Chosen by hand, so known even where a word is also someone's name ("Forest", "May").
CURATED = frozenset({*words.COMMON, *words.CALENDAR, *words.ELC, *words.THEORISTS})
_COMMON_ENDINGS = re.compile(
    r"(?:ing|ed|ly|tion|sion|ness|ment|ful|less|ive|ous|able|ible|ity|ism|ship|ence|ance|ise|ize|ised|ized|ities|ments)$"
)


class Vocabulary:
    """The words that are not names: common words, the ELC words we know, every word of the
    content packs, ordinary English words, the public names and titles of the packs'
    vocabularies, and the words the user marked as fine. A given name is no word of the content
    packs: Thing 10's "Lisa" does not make a child called Lisa safe to name."""

    def __init__(self, content: ContentWords, fine: Iterable[str] = (), people: Iterable[str] = ()) -> None:
        self.known = content.known
        self.phrases = content.phrases
        self.public = content.public
        self.fine = {phrase.casefold().strip() for phrase in fine if phrase.strip()}
        self.people = _people_pattern(people)

    @classmethod
    def of_content(cls, catalog_data: Any, fine: Iterable[str] = (), people: Iterable[str] = ()) -> Vocabulary:
        """From the content packs' data (`ContentIndex.data["catalog"]`): every word in them, the
        capitalised runs of words as phrases, and the packs' vocabularies."""
        return cls(_content_words(catalog_data), fine, people)

    def knows(self, word: str) -> bool:
        """An ordinary word, or a public one: not a name wherever it is capitalised."""
        bare = bare_word(word)
        if bare in self.known or bare in lists.english_words() or _COMMON_ENDINGS.search(bare) is not None:
            return True
        return "-" in bare and all(self.knows(part) for part in bare.split("-"))  # "Gaelic-medium"

    def phrase_spans(self, text: str, capitalised: list[re.Match[str]]) -> list[tuple[int, int]]:
        """Where the known phrases appear in `text`, in any case, with a possessive or not."""
        folded = text.casefold()
        spans = []
        for match in capitalised:
            word = match.group().casefold()
            for phrase in self.phrases.get(word, ()) or self.phrases.get(bare_word(word), ()):
                end = match.start() + len(phrase)
                if folded.startswith(phrase, match.start()) and not folded[end : end + 1].isalnum():
                    spans.append((match.start(), end))
                    break
        return spans

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


_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "nurse"}


@dataclass(frozen=True)
class ContentWords:
    """What the content packs teach the check, worked out once for each content loaded."""

    known: frozenset[str]  # every word in them, in lower case, and the curated words
    phrases: dict[str, tuple[str, ...]]  # names of several words ("Drew Dudley"), folded, by first word, longest first
    public: frozenset[str]  # single public words of their vocabularies, in lower case


_READ: dict[int, tuple[Any, ContentWords]] = {}


def _content_words(catalog_data: Any) -> ContentWords:
    """The content's words, read once for each content loaded (each screen makes a vocabulary:
    reading every text of the packs again would cost it 30 ms)."""
    kept = _READ.get(id(catalog_data))
    if kept is not None and kept[0] is catalog_data:
        return kept[1]
    found: set[str] = set()
    phrases: set[str] = set()
    public: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.update(re.findall(r"[A-Za-z][A-Za-z'’-]*", value))
            phrases.update(re.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b", value))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    frameworks = catalog_data.get("frameworks", []) if isinstance(catalog_data, dict) else []
    for framework in frameworks:
        if framework.get("kind") == "vocabulary":
            cited, titles = framework["people"], [*framework["titles"], *framework["words"]]
            phrases.update(cited, titles)
            # One word alone is public, unless it is a given name common in Scotland: a
            # language ("Shona") or a place ("Lewis") may be a child's name too.
            public.update(
                title for title in titles if " " not in title.strip() and title.lower() not in words.FIRST_NAMES
            )
            # A public person's surname alone is public ("Dweck's"), unless it is a given name too.
            public.update(name.split()[-1] for name in cited if not is_given(name.split()[-1].lower()))
    walk({key: value for key, value in catalog_data.items() if key != "frameworks"} if frameworks else catalog_data)
    walk([framework for framework in frameworks if framework.get("kind") != "vocabulary"])
    by_first: dict[str, list[str]] = {}
    for phrase in {phrase.strip() for phrase in phrases if " " in phrase.strip()}:
        by_first.setdefault(phrase.split()[0].casefold(), []).append(phrase.casefold())
    content = ContentWords(
        known=CURATED | {word.lower() for word in found},
        phrases={first: tuple(sorted(listed, key=len, reverse=True)) for first, listed in by_first.items()},
        public=frozenset(word.lower() for word in public),
    )
    if len(_READ) > 4:  # the content of a few sessions at most (tests open many)
        _READ.clear()
    _READ[id(catalog_data)] = (catalog_data, content)
    return content


def _people_pattern(people: Iterable[str]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The user's people: their names and each part of them, matched in the folded text (any
    case, any accents, "Rayan's"); and their initials, in capitals as written: a listed letter
    alone ("R", "J."), or the first letters of a listed name of several words with their dots
    ("R.A.", "R. A.")."""
    names: set[str] = set()
    initials: set[str] = set()
    for person in people:  # a title is no part of the name: "Mrs Patel" is "Patel" and "P."
        parts = [part for part in re.findall(r"[^\W\d_]+", person) if part.lower() not in _TITLES]
        if len(parts) == 1 and len(parts[0]) == 1:
            initials.add(re.escape(parts[0].upper()) + r"\.?")
            continue
        names.update(fold(part) for part in parts if len(part) > 1)
        names.add(fold(" ".join(parts)))
        if len(parts) > 1:  # with its dots, or "MP" would be Mirela Popescu
            initials.add(r"\.\s?".join(re.escape(part[0].upper()) for part in parts[:3]) + r"\.?")
    by_length = sorted((re.escape(name) for name in names), key=len, reverse=True)
    return (
        re.compile(rf"(?<!\w)(?:{'|'.join(by_length)})(?:['’]s)?(?!\w)") if names else None,
        re.compile(rf"(?<![\w.])(?:{'|'.join(sorted(initials))})(?!\w)") if initials else None,
    )


def fold(text: str) -> str:
    """Lower case without accents, one character for each of `text`'s, so that offsets hold."""
    return "".join((unicodedata.normalize("NFKD", character)[:1].lower()[:1] or character) for character in text)


def is_given(bare: str) -> bool:
    return bare in words.FIRST_NAMES or bare in lists.given_names()


def bare_word(word: str) -> str:
    """A word without its possessive, in lower case: "Jamie's" is "jamie"."""
    return (word[:-2] if word.endswith(("'s", "’s")) else word).lower()
