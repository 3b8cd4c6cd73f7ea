"""Made-up journal entries of about 400 words (a statement and three prompt answers)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

WORDS = (
    "children families practice leadership reflect team learning support outcomes setting play "
    "communication relationships wellbeing partnership nursery staff change confidence listen "
    "improve review feedback values inclusion observe plan develop share trust encourage"
).split()


def paragraph(words: int, rng: random.Random) -> str:
    lines, line = [], []
    for _ in range(words):
        line.append(rng.choice(WORDS))
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def reflection(rng: random.Random, thing: int):
    from thingsjournal.journal.entries import Reflection

    return Reflection(
        programme="sssc-23-things-elc",
        thing=thing,
        statement=paragraph(250, rng),
        answers={"first": paragraph(50, rng), "second": paragraph(50, rng), "third": paragraph(50, rng)},
    )


def make_journal(folder: Path, count: int, seed: int = 1, plant: tuple[str, int] | None = None) -> None:
    """Write `count` entries straight to files (the store's own path is timed elsewhere);
    `plant=(word, n)` puts `word` at the end of every n-th statement, for searches."""
    from thingsjournal.files.safe import make_private_dir
    from thingsjournal.journal.entries import to_toml
    from thingsjournal.journal.store import file_name

    rng = random.Random(seed)
    make_private_dir(folder)
    for number in range(count):
        entry = reflection(rng, number % 23 + 1)
        if plant and number % plant[1] == 0:
            entry = entry.model_copy(update={"statement": f"{entry.statement} {plant[0]}"})
        (folder / file_name(entry)).write_bytes(to_toml(entry))


def text_of_words(words: int, seed: int = 2) -> str:
    """Paragraphs of about 120 words, as a long statement is written."""
    rng = random.Random(seed)
    paragraphs = [paragraph(120, rng) for _ in range(max(1, words // 120))]
    text = "\n\n".join(paragraphs)
    missing = words - len(text.split())
    return text + ("\n\n" + paragraph(missing, rng) if missing > 0 else "")
