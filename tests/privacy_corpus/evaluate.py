"""How well the privacy check does on the corpus: recall on the planted identifiers, and false
flags per 1,000 words of the clean reflections. The test holds the targets; the benchmark prints
the numbers."""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from thingsjournal.privacy.check import Vocabulary

HERE = Path(__file__).resolve().parent


@dataclass
class Scores:
    planted: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    missed: list[tuple[str, str]] = field(default_factory=list)
    clean_words: int = 0
    false_flags: list[tuple[str, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return sum(self.found.values()) / max(1, sum(self.planted.values()))

    @property
    def false_flags_per_1000_words(self) -> float:
        return len(self.false_flags) * 1000 / max(1, self.clean_words)


def vocabulary() -> Vocabulary:
    from thingsjournal.catalog.cache import load_index
    from thingsjournal.catalog.sources import packaged_root
    from thingsjournal.privacy.check import Vocabulary

    index = load_index((packaged_root(),), None)
    return Vocabulary.of_content(index.data["catalog"])


def evaluate() -> Scores:
    """A planted identifier counts as found when a finding of any kind covers part of it: the
    user is shown it either way."""
    from thingsjournal.privacy.check import check_text

    known = vocabulary()
    scores = Scores()
    for reflection in tomllib.loads((HERE / "planted.toml").read_text(encoding="utf-8"))["reflection"]:
        text = reflection["text"]
        spans = [(finding.start, finding.start + len(finding.text)) for finding in check_text(text, known)]
        for item in reflection["planted"]:
            scores.planted[item["kind"]] += 1
            start = text.find(item["text"])
            end = start + len(item["text"])
            if any(found_start < end and found_end > start for found_start, found_end in spans):
                scores.found[item["kind"]] += 1
            else:
                scores.missed.append((item["kind"], item["text"]))
    for reflection in tomllib.loads((HERE / "clean.toml").read_text(encoding="utf-8"))["reflection"]:
        scores.clean_words += len(reflection["text"].split())
        scores.false_flags += [(finding.kind, finding.text) for finding in check_text(reflection["text"], known)]
    return scores
