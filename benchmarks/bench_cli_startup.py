"""`thingsjournal --version` and `--help` against `python -c pass` with the same interpreter: the
command line's own cost over Python's start (issue 28: 2.5x). Each run is a few milliseconds, so
there are three times as many rounds, for a steadier median."""

from __future__ import annotations

import sys

from harness import alternate, isolated_env, our_command
from report import Result


def run(runs: int) -> list[Result]:
    env = isolated_env()
    python = [sys.executable, "-c", "pass"]
    version, helping, base, again = alternate(
        [[str(our_command()), "--version"], [str(our_command()), "--help"], python, python], env, runs * 3
    )
    return [
        Result(
            f"thingsjournal {option}",
            "python -c pass",
            times,
            base,
            2.5,
            again,
            what=f"whole process, {runs * 3} rounds; A/A: python -c pass against itself",
        )
        for option, times in (("--version", version), ("--help", helping))
    ]
