"""The privacy check: recall on the planted identifiers of the test corpus and false flags per
1,000 words of its clean reflections (the test holds 0.95 and 1); and a warm check of a
400-word statement against one key-to-frame in the editor, timed in the same run (the check must
take less, so that it can run as the user types)."""

from __future__ import annotations

import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import bench_tui
from corpus import text_of_words
from harness import HERE, Result, isolated_env

sys.path.insert(0, str(HERE.parent / "tests" / "privacy_corpus"))


@dataclass
class Score:
    """A measure that is not a time: shown with its target."""

    name: str
    value: float
    target: str
    over: bool

    def line(self) -> str:
        return f"{self.name}: {self.value:.3f} (target {self.target}) {'OVER TARGET' if self.over else 'ok'}"


def run(runs: int) -> list[Result | Score]:
    from evaluate import evaluate, vocabulary  # tests/privacy_corpus

    from thingsjournal.privacy.check import check_text

    scores = evaluate()
    known = vocabulary()
    statement = _statement()
    check_text(statement, known)  # warm: patterns compiled, libphonenumber loaded
    checks = []
    for _ in range(max(runs, 9) * 5):
        start = time.perf_counter()
        check_text(statement, known)
        checks.append((time.perf_counter() - start) * 1000)
    env = isolated_env()
    typing = bench_tui._typing(env, Path(env["HOME"]), runs)
    return [
        Score(
            f"privacy recall on {sum(scores.planted.values())} planted identifiers",
            scores.recall,
            ">= 0.95",
            scores.recall < 0.95,
        ),
        Score(
            f"privacy false flags per 1,000 words of {scores.clean_words} clean words",
            scores.false_flags_per_1000_words,
            "<= 1.0",
            scores.false_flags_per_1000_words > 1.0,
        ),
        Result(
            "privacy check, a 400-word statement (warm)",
            "in process, a statement with a name, an age, a date and a phone number; baseline from the same run",
            statistics.median(checks),
            typing.ours_ms,
            "one key to frame in the editor (100,000-word statement)",
            1.0,
        ),
    ]


def _statement() -> str:
    words = text_of_words(380).split(" ")
    words[40:40] = ["Jamie,", "aged", "4,"]
    words[200:200] = ["on", "14", "March", "2024"]
    words[330:330] = ["ring", "07700", "900123"]
    return " ".join(words)
