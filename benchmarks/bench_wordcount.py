"""Word counts: `count_words` against `len(text.split())`, and the per-line counter after a
one-character edit against counting the whole text again."""

from __future__ import annotations

from corpus import text_of_words
from harness import Result, alternate_calls

from thingsjournal.text.wordcount import LineWordCounter, count_words

SIZES = (200, 2_000, 20_000, 100_000)


def run(runs: int) -> list[Result]:
    results = []
    for words in SIZES:
        text = text_of_words(words)
        inner = max(1, 200_000 // words)
        ours, base = alternate_calls(
            lambda text=text: count_words(text), lambda text=text: len(text.split()), runs, inner
        )
        results.append(Result(f"count_words, {words:,} words", "in process", ours, base, "str.split", 3.0))
    for words in SIZES:
        text = text_of_words(words)
        lines = text.split("\n")
        row = len(lines) // 2
        counter = LineWordCounter(text)
        edited = lines[row] + "x"

        def edit_one_line(counter: LineWordCounter = counter, row: int = row, edited: str = edited) -> None:
            counter.replace_lines(row, row, [edited])

        inner = max(1, 200_000 // words)
        ours, base = alternate_calls(edit_one_line, lambda text=text: count_words(text), runs, inner)
        results.append(
            Result(
                f"line counter after a one-character edit, {words:,} words",
                "in process; the target is at least 20x faster than a full count (ratio <= 0.05)",
                ours,
                base,
                "full count_words",
                0.05 if words == 100_000 else 1.0,
            )
        )
    return results
