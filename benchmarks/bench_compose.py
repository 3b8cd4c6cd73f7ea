"""Drafting a statement from the answers.

- `thingsjournal compose 21 --print` as a whole process against opening that Thing, `open 21` to
  the workspace's first frame in a pseudo-terminal (issue 28: 0.5x). Thing 21 has the most
  points (six), so it costs most to draft; the A/A series opens it twice a round.
- Issue 23, under 100 ms for any Thing: in process, the draft and the words under each point,
  for the Thing that costs most, with a 150-word answer to every prompt; and in a pseudo-terminal,
  F4 on a written statement to the frame showing the draft beside it (and F4 again, to the frame
  without it), with a letter typed in the same statement in the same run for comparison. The
  baseline is a fixed budget: their noise is the spread of their own runs.
"""

from __future__ import annotations

import random
import statistics
import time
from functools import partial
from pathlib import Path

from corpus import paragraph
from harness import isolated_env, our_command, rounds, time_command
from report import Result
from terminal import Terminal

BUDGET_MS = 100.0
BUDGET = "the 100 ms budget"
F4 = b"\x1bOS"
OPENED = b"What does good leadership"  # Thing 21's guide, drawn with its workspace


def run(runs: int) -> list[Result]:
    env = isolated_env()
    journal = Path(env["HOME"]) / "journal"
    _write_journal(journal)
    return [_whole_process(env, journal, runs), _in_process(runs), _draft_view(env, journal, runs)]


def _things() -> list:  # type: ignore[type-arg]
    from thingsjournal.session import Session

    programme = Session.open(None).catalog.programme("sssc-23-things-elc")
    assert programme is not None
    return list(programme.things)


def _answers(thing, rng: random.Random) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {prompt.id: paragraph(150, rng) for prompt in thing.prompts}


def _in_process(runs: int) -> Result:
    from thingsjournal.journal.compose import ThingPoints, criterion_states, draft

    rng = random.Random(23)
    times: dict[int, list[float]] = {}
    for thing in _things():
        answers = _answers(thing, rng)
        points = ThingPoints.of(thing)
        times[thing.number] = []
        for _ in range(runs):
            start = time.perf_counter()
            text = draft(points, answers)
            criterion_states(points, text, ())
            times[thing.number].append((time.perf_counter() - start) * 1000)
    slowest = max(times, key=lambda number: statistics.median(times[number]))
    fastest = min(statistics.median(each) for each in times.values())
    return Result(
        "compose in process, slowest Thing",
        BUDGET,
        times[slowest],
        [BUDGET_MS] * runs,
        1.0,
        label="issue 23",
        what=f"draft and words per point, a 150-word answer to every prompt; the slowest is Thing {slowest}, "
        f"the fastest Thing's median {fastest:.3f} ms",
    )


def _write_journal(journal: Path) -> None:
    from thingsjournal.journal.entries import Reflection
    from thingsjournal.journal.store import JournalStore

    thing = next(thing for thing in _things() if thing.number == 21)  # the most points (six)
    rng = random.Random(21)
    JournalStore(journal).save(
        Reflection(
            programme="sssc-23-things-elc",
            thing=21,
            statement=paragraph(400, rng),
            answers=_answers(thing, rng),
        )
    )


def _draft_view(env: dict[str, str], journal: Path, runs: int) -> Result:
    terminal = Terminal([str(our_command()), "--journal", str(journal), "open", "21"], env)
    try:
        terminal.wait_for(OPENED)
        terminal.key_to_frame(b"\x1b[6;5~", b"words")  # ctrl+pagedown: the Statement tab, focus in its editor
        terminal.settle()

        hiding: list[float] = []

        def draft() -> float:
            """F4 twice: the draft shown beside the statement, then hidden (that time kept aside)."""
            shown = terminal.key_to_frame(F4, b"Hide the draft")
            hiding.append(terminal.key_to_frame(F4, b"Start from my"))
            return shown

        def letter() -> float:
            return terminal.key_to_frame("é".encode(), "é".encode())

        showing, typed = rounds([draft, letter], runs)
    finally:
        terminal.close()
    return Result(
        "draft view: F4, shown and hidden",
        BUDGET,
        showing + hiding[1:],  # the warm-up's left out
        [BUDGET_MS] * (2 * runs),
        1.0,
        label="issue 23",
        what="pty 80x24, Thing 21 (six points) with a 400-word statement and 150-word answers; "
        f"a letter typed in the same statement {statistics.median(typed):.1f} ms",
    )


def _whole_process(env: dict[str, str], journal: Path, runs: int) -> Result:
    compose = partial(time_command, [str(our_command()), "--journal", str(journal), "compose", "21", "--print"], env)
    composed, opened, again = rounds([compose, partial(_open, env, journal), partial(_open, env, journal)], runs)
    return Result(
        "compose 21 --print",
        "opening Thing 21 (open 21)",
        composed,
        opened,
        0.5,
        again,
        what="whole processes, the opening in an 80x24 pty to the workspace's first frame",
    )


def _open(env: dict[str, str], journal: Path) -> float:
    terminal = Terminal([str(our_command()), "--journal", str(journal), "open", "21"], env)
    try:
        return terminal.wait_for(OPENED)
    finally:
        terminal.close()
