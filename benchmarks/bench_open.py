"""Opening a screen from Home, in a pseudo-terminal: the key that opens a new self-assessment
(`a`) to its first frame, against Enter on Thing 1 to the workspace's first frame (issue 28:
1.5x), with an A/A series (a Thing against itself) for the noise."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from harness import isolated_env, our_command, rounds
from report import Result
from terminal import Terminal

HOME_MARKER = b"Start with Things"
OPENINGS = {
    "assessment": (b"a", b"Your level of leadership"),  # the top of "Where I stand"
    "thing": (b"\r", b"Why is everyday"),  # Thing 1's guide
}
SERIES = ("assessment", "thing", "thing")  # the second Thing is the A/A series


def run(runs: int) -> list[Result]:
    env = isolated_env()
    journal = Path(env["HOME"]) / "journal"
    journal.mkdir()
    # The warm-up round fills the content cache and the OS's file cache.
    assessment, thing, again = rounds([partial(_open, journal, env, *OPENINGS[name]) for name in SERIES], runs)
    return [
        Result(
            "opening a self-assessment",
            "opening a Thing",
            assessment,
            thing,
            1.5,
            again,
            what="whole process in an 80x24 pty, empty journal; from the key on Home to the screen's first frame",
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
