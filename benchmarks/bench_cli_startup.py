"""`thingsjournal --version` and `--help` against `python -c pass` with the same interpreter: the
command line's own cost over Python's start (issue 28: 2.5x). The A/A row times `python -c pass`
against itself, for the noise."""

from __future__ import annotations

import statistics
import sys

from harness import Result, isolated_env, our_command, time_command


def run(runs: int) -> list[Result]:
    env = isolated_env()
    series = {
        "--version": [str(our_command()), "--version"],
        "--help": [str(our_command()), "--help"],
        "pass": [sys.executable, "-c", "pass"],
        "pass again": [sys.executable, "-c", "pass"],
    }
    times: dict[str, list[float]] = {name: [] for name in series}
    rounds = max(runs, 9) * 3  # each run is a few milliseconds: more rounds, for a steadier median
    for number in range(rounds + 1):  # the first round warms the OS's file cache
        order = list(series) if number % 2 == 0 else list(reversed(series))
        for name in order:
            elapsed = time_command(series[name], env)
            if number:
                times[name].append(elapsed)
    median = statistics.median
    base = median(times["pass"])
    noise = f"A/A (python -c pass against itself) {median(times['pass again']) / base:.2f}x"
    return [
        Result(
            f"thingsjournal {option}",
            f"whole process, {rounds} alternating runs; runs {min(times[option]):.0f}-{max(times[option]):.0f} ms",
            median(times[option]),
            base,
            "python -c pass",
            2.5,
            noise,
        )
        for option in ("--version", "--help")
    ]
