"""Word counts, for context (no issue sets them a target): `count_words` against
`len(text.split())`, and the per-line counter after a one-character edit against counting the
whole text again; each baseline twice a round, for the A/A noise."""

from __future__ import annotations

from functools import partial

from corpus import text_of_words
from harness import alternate_calls
from report import Result

from thingsjournal.text.wordcount import LineWordCounter, count_words

SIZES = (200, 2_000, 20_000, 100_000)


def run(runs: int) -> list[Result]:
    results = []
    for words in SIZES:
        text = text_of_words(words)
        inner = max(1, 200_000 // words)
        ours, base, again = alternate_calls([partial(count_words, text), text.split, text.split], runs, inner)
        results.append(
            Result(
                f"count_words, {words:,} words",
                "str.split",
                ours,
                base,
                None,
                again,
                what=f"in process, {inner} calls a sample",
            )
        )
    for words in SIZES:
        text = text_of_words(words)
        lines = text.split("\n")
        row = len(lines) // 2
        counter = LineWordCounter(text)
        edited = lines[row] + "x"

        def edit_one_line(counter: LineWordCounter = counter, row: int = row, edited: str = edited) -> None:
            counter.replace_lines(row, row, [edited])

        inner = max(1, 200_000 // words)
        full = partial(count_words, text)
        ours, base, again = alternate_calls([edit_one_line, full, full], runs, inner)
        results.append(
            Result(
                f"line counter, one edit, {words:,} words",
                "a full count_words",
                ours,
                base,
                None,
                again,
                what=f"in process, {inner} calls a sample",
            )
        )
    return results
