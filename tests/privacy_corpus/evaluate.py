"""How well the privacy check does on a corpus: recall on the planted identifiers, and false
flags per 1,000 words of the clean reflections. The test holds the targets on our own corpus
(this folder); the benchmark prints the numbers.

`python tests/privacy_corpus/evaluate.py [FOLDER ...]` prints recall by kind with a 95% interval
for each corpus folder (default: this one, and the blind corpus's tuning half). Identifiers only
the user's list of people can catch (`via = "people"`) are counted apart. The blind corpus's
sealed half (`blind/sealed.tar.gz`) is measured once, at the end of issue 22, with `--sealed`."""

from __future__ import annotations

import functools
import math
import re
import sys
import tarfile
import tempfile
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable

    from thingsjournal.privacy.vocabulary import Vocabulary

HERE = Path(__file__).resolve().parent


@dataclass
class Scores:
    planted: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    missed: list[tuple[str, str]] = field(default_factory=list)
    clean_words: int = 0
    false_flags: list[tuple[str, str]] = field(default_factory=list)
    people_planted: int = 0  # found only through the user's list of people: counted apart
    people_found: int = 0

    @property
    def recall(self) -> float:
        return sum(self.found.values()) / max(1, sum(self.planted.values()))

    @property
    def false_flags_per_1000_words(self) -> float:
        return len(self.false_flags) * 1000 / max(1, self.clean_words)


def vocabulary(people: Iterable[str] = ()) -> Vocabulary:
    from thingsjournal.privacy.vocabulary import Vocabulary

    return Vocabulary.of_content(_packaged_catalog(), people=people)


@functools.cache
def _packaged_catalog() -> dict[str, Any]:
    """The packaged content's data, loaded once: each reflection with people makes a vocabulary."""
    from thingsjournal.catalog.cache import load_index
    from thingsjournal.catalog.sources import packaged_root

    return load_index((packaged_root(),), None).data["catalog"]


def evaluate(folder: Path = HERE) -> Scores:
    """A planted identifier counts as found when a finding of any kind covers part of each place
    it stands as a whole word (not "Mo" in "Monday"): the user is shown it either way."""
    from thingsjournal.privacy.check import check_text

    known = vocabulary()
    scores = Scores()
    for reflection in tomllib.loads((folder / "planted.toml").read_text(encoding="utf-8"))["reflection"]:
        text = reflection["text"]
        spans = _spans(text, known)
        with_people = _spans(text, vocabulary(reflection.get("people", ())))
        for item in reflection["planted"]:
            if item.get("via") == "people":
                scores.people_planted += 1
                scores.people_found += _covered(text, item["text"], with_people)
                continue
            found = _covered(text, item["text"], spans)
            scores.planted[item["kind"]] += 1
            if found:
                scores.found[item["kind"]] += 1
            else:
                scores.missed.append((item["kind"], item["text"]))
    for reflection in tomllib.loads((folder / "clean.toml").read_text(encoding="utf-8"))["reflection"]:
        scores.clean_words += len(reflection["text"].split())
        scores.false_flags += [(finding.kind, finding.text) for finding in check_text(reflection["text"], known)]
    return scores


def _spans(text: str, known: Vocabulary) -> list[tuple[int, int]]:
    from thingsjournal.privacy.check import check_text

    return [(finding.start, finding.start + len(finding.text)) for finding in check_text(text, known)]


def _covered(text: str, planted: str, spans: list[tuple[int, int]]) -> bool:
    return all(any(s < end and e > start for s, e in spans) for start, end in _places(text, planted))


def _places(text: str, planted: str) -> list[tuple[int, int]]:
    """Where `planted` stands in `text`, not inside a longer word."""
    pattern = rf"(?<!\w){re.escape(planted)}(?!\w)"
    return [match.span() for match in re.finditer(pattern, text)] or [(0, 0)]


def wilson(found: int, planted: int) -> tuple[float, float]:
    """The 95% Wilson interval of a proportion: honest at small counts and near 1."""
    if planted == 0:
        return (0.0, 1.0)
    z = 1.96
    share = found / planted
    middle = (share + z * z / (2 * planted)) / (1 + z * z / planted)
    spread = z * math.sqrt(share * (1 - share) / planted + z * z / (4 * planted * planted)) / (1 + z * z / planted)
    return (max(0.0, middle - spread), min(1.0, middle + spread))


def table(name: str, scores: Scores) -> str:
    """Recall by kind with its interval, then overall, the people-list items and false flags."""
    lines = [f"## {name}", "", "| kind | found / planted | recall | 95% interval |", "| --- | --- | --- | --- |"]
    for kind in sorted(scores.planted):
        found, planted = scores.found[kind], scores.planted[kind]
        low, high = wilson(found, planted)
        lines.append(f"| {kind} | {found} / {planted} | {found / planted:.3f} | {low:.3f}-{high:.3f} |")
    found, planted = sum(scores.found.values()), sum(scores.planted.values())
    low, high = wilson(found, planted)
    lines.append(f"| **all** | {found} / {planted} | {scores.recall:.3f} | {low:.3f}-{high:.3f} |")
    lines += [
        "",
        f"Only through the people list: {scores.people_found} of {scores.people_planted} found with it.",
        f"False flags: {len(scores.false_flags)} in {scores.clean_words:,} clean words, "
        f"{scores.false_flags_per_1000_words:.1f} per 1,000.",
    ]
    return "\n".join(lines)


def main(arguments: list[str]) -> None:
    folders = [Path(argument) for argument in arguments if argument != "--sealed"] or [HERE, HERE / "blind" / "tune"]
    for folder in folders:
        print(table(str(folder), evaluate(folder)), end="\n\n")
    if "--sealed" in arguments:
        with tempfile.TemporaryDirectory() as unpacked, tarfile.open(HERE / "blind" / "sealed.tar.gz") as sealed:
            sealed.extractall(unpacked, filter="data")
            print(table("blind/sealed (measured once)", evaluate(Path(unpacked) / "sealed")))


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[1] / "src"))
    main(sys.argv[1:])
