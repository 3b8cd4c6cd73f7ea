"""How much of a content pack's prose is copied from its source: shared runs of words.

Words are lower-cased runs of letters and digits (an apostrophe inside a word is kept, curly or
straight), so punctuation, capitals and line breaks neither hide nor make a match. A "shared run"
is a stretch of consecutive words of one prose field that also occurs, word for word, in the
source. Two numbers per pack:

- the longest shared run, in words;
- the share of the pack's prose words that lie inside some shared run of 6 words or more.

Only prose is measured: introductions, summaries, step texts, questions, hints, statement tasks,
descriptions, behaviours and level descriptions. Facts are kept exact by design and are left out
(ids, titles, names, badges, links, example roles, the credit line); a name of two words or more
that the packs give as a fact (a resource's title, a capability, a heading's label, an element)
is also left out where prose mentions it, and so is any passage in double quotation marks: a
quotation is marked as one and attributed (a document's title, or the CLF statement a Thing asks
you to look at).

Run `PYTHONPATH=src python tests/overlap.py` to print the table for every packaged pack."""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "src" / "thingsjournal" / "content"

RUN = 6  # words in a run counted towards the share
MAX_RUN = 8  # a shared run this long or longer is a copy
MAX_SHARE = 0.10  # share of words in shared 6-word runs allowed

FACT_KEYS = frozenset(
    {
        "id",
        "slug",
        "kind",
        "title",
        "short_title",
        "name",
        "badge",
        "url",
        "licence",
        "licence_url",
        "publisher",
        "attribution",
        "source",
        "examples",
        "label",
        "heading",
        "covers",
        "capabilities",
        "senior_levels",
    }
)

NAME_KEYS = frozenset({"title", "name", "label", "badge"})

# Which seeds each pack is written from (seeds/README.md says which file is which).
SOURCES: dict[str, tuple[str, ...]] = {
    "sssc-23-things-elc": (
        "001_29c78177a88962c2.txt",
        "000_26072ad150aa2c27.txt",
        "002_4ef61c303dee6639.txt",
    ),
    "collaborative-impact-leadership": ("003_bdfd777807278e38.txt",),
    "frameworks/derbyshire-leadership.toml": ("004_9b332f1cc51461db.txt",),
    "frameworks/capabilities.toml": ("001_29c78177a88962c2.txt",),
    "frameworks/logic-model.toml": ("001_29c78177a88962c2.txt",),
    "frameworks/core-learning-elements.toml": ("001_29c78177a88962c2.txt",),
}

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|‘[^‘]*?’(?![a-z])')  # a ’ before a letter is an apostrophe
_TAG = re.compile(r"<[^>]*>")


def words(text: str) -> list[str]:
    """The words of `text`, lower-cased, with apostrophes made straight."""
    return _WORD.findall(text.lower().replace("’", "'").replace("‘", "'"))


def source_words(text: str) -> list[str]:
    """The words of a source document, with HTML tags left over from its conversion removed."""
    return words(_TAG.sub(" ", text))


def fact_fields(data: object, key: str | None = None) -> list[str]:
    """Every fact string (a title, a name, a label) in a parsed TOML document."""
    if isinstance(data, dict):
        return [text for k, value in data.items() for text in fact_fields(value, k)]
    if isinstance(data, list):
        return [text for value in data for text in fact_fields(value, key)]
    return [data] if isinstance(data, str) and key in NAME_KEYS else []


def fact_phrases(content: Path = CONTENT) -> set[tuple[str, ...]]:
    """The names of two words or more that any pack gives as facts, as runs of words."""
    found: set[tuple[str, ...]] = set()
    for path in content.rglob("*.toml"):
        for text in fact_fields(tomllib.loads(path.read_text(encoding="utf-8"))):
            if len(phrase := tuple(words(text))) >= 2:
                found.add(phrase)
    return found


def without_names(tokens: list[str], names: set[tuple[str, ...]]) -> list[list[str]]:
    """`tokens` in the pieces left between the names it mentions (longest name first)."""
    lengths = sorted({len(name) for name in names}, reverse=True)
    pieces: list[list[str]] = [[]]
    i = 0
    while i < len(tokens):
        n = next((n for n in lengths if tuple(tokens[i : i + n]) in names), 0)
        if n:
            pieces.append([])
            i += n
        else:
            pieces[-1].append(tokens[i])
            i += 1
    return [piece for piece in pieces if piece]


def prose_fields(data: object, key: str | None = None) -> list[str]:
    """Every prose string in a parsed TOML document, with quotations taken out."""
    if key in FACT_KEYS:
        return []
    if isinstance(data, dict):
        return [text for k, value in data.items() for text in prose_fields(value, k)]
    if isinstance(data, list):
        return [text for value in data for text in prose_fields(value, key)]
    if isinstance(data, str):
        return [part for part in _QUOTED.split(data) if part.strip()]
    return []


@dataclass
class SourceIndex:
    """A source's words, indexed by their 3-word runs, to find the runs a text shares with it."""

    words: list[str]
    starts: dict[tuple[str, ...], list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for i in range(len(self.words) - 2):
            self.starts.setdefault(tuple(self.words[i : i + 3]), []).append(i)

    def longest_from(self, text: list[str], i: int) -> int:
        """The longest run starting at text[i] that the source also has (0 if under 3 words)."""
        best = 0
        for j in self.starts.get(tuple(text[i : i + 3]), ()):
            n = 3
            while i + n < len(text) and j + n < len(self.words) and text[i + n] == self.words[j + n]:
                n += 1
            best = max(best, n)
        return best


@dataclass
class Overlap:
    """What one pack shares with its source."""

    words: int = 0
    in_runs: int = 0
    longest: int = 0
    longest_text: str = ""
    runs: list[str] = field(default_factory=list)  # every shared run of MAX_RUN words or more

    @property
    def share(self) -> float:
        return self.in_runs / self.words if self.words else 0.0

    def add(self, text: list[str], index: SourceIndex) -> None:
        covered = [False] * len(text)
        reported_to = 0  # a run inside one already reported is not reported again
        for i in range(len(text)):
            n = index.longest_from(text, i)
            if n >= RUN:
                covered[i : i + n] = [True] * n
            if n > self.longest:
                self.longest, self.longest_text = n, " ".join(text[i : i + n])
            if n >= MAX_RUN and i + n > reported_to:
                self.runs.append(" ".join(text[i : i + n]))
                reported_to = i + n
        self.words += len(text)
        self.in_runs += sum(covered)


def pack_files(pack: str, content: Path = CONTENT) -> list[Path]:
    """The TOML files of a pack: a programme folder's files, or one framework file."""
    path = content / pack
    return sorted(path.glob("*.toml")) if path.is_dir() else [path]


def measure(files: list[Path], sources: list[Path]) -> Overlap:
    """How much the prose of `files` shares with the `sources` (one index per source)."""
    indexes = [SourceIndex(source_words(s.read_text(encoding="utf-8"))) for s in sources]
    names = fact_phrases()
    overlap = Overlap()
    for path in files:
        for text in prose_fields(tomllib.loads(path.read_text(encoding="utf-8"))):
            for tokens in without_names(words(text), names):
                best = Overlap()
                for index in indexes:
                    one = Overlap()
                    one.add(tokens, index)
                    if (one.in_runs, one.longest) > (best.in_runs, best.longest):
                        best = one
                overlap.words += len(tokens)
                overlap.in_runs += best.in_runs
                overlap.runs += [f"{path.name}: {run}" for run in best.runs]
                if best.longest > overlap.longest:
                    overlap.longest, overlap.longest_text = best.longest, f"{path.name}: {best.longest_text}"
    return overlap


def main() -> int:
    sys.path.insert(0, str(Path(__file__).parent))
    from seeds import seeds_folder

    folder = seeds_folder()
    if folder is None:
        print("no seeds folder (shared/seeds beside the clone, or THINGSJOURNAL_SEEDS)", file=sys.stderr)
        return 2
    print(f"{'pack':42} {'words':>6} {'longest':>7} {'in 6-runs':>9}")
    for pack, names in SOURCES.items():
        overlap = measure(pack_files(pack), [folder / name for name in names])
        print(f"{pack:42} {overlap.words:6} {overlap.longest:7} {overlap.share:9.1%}")
        if "-v" in sys.argv:
            for run in overlap.runs:
                print(f"    {run}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
