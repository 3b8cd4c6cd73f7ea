"""Opening a screen from Home, in a pseudo-terminal: the key that opens a new self-assessment
(`a`) to its first frame, against Enter on Thing 1 to the workspace's first frame; with an
A/A row's ratio (a Thing against itself) and each series' spread, for the noise."""

from __future__ import annotations

import statistics
from pathlib import Path

from harness import Result, isolated_env, our_command
from terminal import Terminal

HOME_MARKER = b"Start with Things"
OPENINGS = {
    "assessment": (b"a", b"Your level of leadership"),  # the top of "Where I stand"
    "thing": (b"\r", b"Why is everyday"),  # Thing 1's guide
}


def run(runs: int) -> list[Result]:
    env = isolated_env()
    journal = Path(env["HOME"]) / "journal"
    journal.mkdir()
    series = ["assessment", "thing", "thing"]  # the second Thing is the A/A baseline
    times: list[list[float]] = [[] for _ in series]
    for run in range(runs + 1):  # the first round warms the content cache and the OS's file cache
        order = list(range(len(series)))
        for index in order if run % 2 == 0 else reversed(order):
            elapsed = _open(journal, env, *OPENINGS[series[index]])
            if run:
                times[index].append(elapsed)
    assessment, thing, again = times
    median = statistics.median
    return [
        Result(
            "opening a self-assessment",
            "whole process in an 80x24 pty, empty journal; from the key on Home to the screen's first frame",
            median(assessment),
            median(thing),
            "opening a Thing",
            1.5,
            f"A/A (a Thing against itself) {median(again) / median(thing):.2f}x; "
            f"runs {_spread(assessment)} vs {_spread(thing)}",
        )
    ]


def _open(journal: Path, env: dict[str, str], key: bytes, marker: bytes) -> float:
    """Milliseconds from `key` on Home to the frame showing `marker`, in a new process (a user
    opens a screen once a session, so its first opening is what counts)."""
    terminal = Terminal([str(our_command()), "--journal", str(journal)], env)
    try:
        terminal.wait_for(HOME_MARKER)
        terminal.drain(1.0)  # the programmes load on a worker while Home is shown
        return terminal.key_to_frame(key, marker)
    finally:
        terminal.close()


def _spread(times: list[float]) -> str:
    return f"{min(times):.0f}-{max(times):.0f} ms"
