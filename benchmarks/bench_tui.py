"""The app as a person meets it, in a pseudo-terminal: start-up to Home's first frame against a
bare Textual app with one TextArea; Home with 2,000 entries against an empty journal; and key to
frame in a 100,000-word statement (with the live count) against a plain TextArea."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

from corpus import make_journal, text_of_words
from harness import HERE, Result, isolated_env, our_command
from terminal import Terminal

HOME_MARKER = b"Start with Things"
BASELINE_MARKER = b"baseline ready"


def run(runs: int) -> list[Result]:
    env = isolated_env()
    home = Path(env["HOME"])
    empty, full = home / "empty", home / "full"
    empty.mkdir()
    make_journal(full, 2000)
    ours = [str(our_command()), "--journal", str(empty)]
    bare = [sys.executable, str(HERE / "bare_textarea.py")]
    _first_frame(ours, env, HOME_MARKER)  # warm the content cache and the OS file cache
    _first_frame([str(our_command()), "--journal", str(full)], env, HOME_MARKER)
    start_ours, start_bare, full_home, empty_home = [], [], [], []
    for _ in range(runs):
        start_ours.append(_first_frame(ours, env, HOME_MARKER))
        start_bare.append(_first_frame(bare, env, BASELINE_MARKER))
        full_home.append(_first_frame([str(our_command()), "--journal", str(full)], env, HOME_MARKER))
        empty_home.append(_first_frame(ours, env, HOME_MARKER))
    median = statistics.median
    return [
        Result(
            "start-up to Home's first frame",
            "whole process in an 80x24 pty, empty journal, content cache warm",
            median(start_ours),
            median(start_bare),
            "a bare Textual app with one TextArea",
            1.6,
        ),
        Result(
            "Home's first frame, 2,000 entries",
            "whole process in an 80x24 pty, journal index warm",
            median(full_home),
            median(empty_home),
            "an empty journal",
            1.5,
        ),
        _typing(env, home, runs),
    ]


def _first_frame(argv: list[str], env: dict[str, str], marker: bytes) -> float:
    terminal = Terminal(argv, env)
    try:
        return terminal.wait_for(marker)
    finally:
        terminal.close()


def _typing(env: dict[str, str], home: Path, runs: int) -> Result:
    """Both editors open on the same 100,000-word text; keys alternate between them."""
    from thingsjournal.journal.entries import Reflection
    from thingsjournal.journal.store import JournalStore

    text = text_of_words(100_000)
    journal = home / "long"
    JournalStore(journal).save(Reflection(programme="sssc-23-things-elc", thing=1, statement=text))
    source = home / "long.txt"
    source.write_text(text, encoding="utf-8")
    ours = Terminal([str(our_command()), "--journal", str(journal), "open", "1"], env)
    bare = Terminal([sys.executable, str(HERE / "bare_textarea.py"), str(source)], env)
    try:
        ours.wait_for(b"Why is everyday")
        bare.wait_for(text[:20].encode())
        ours.drain(1.0)
        ours.key_to_frame(b"\x1b[6;5~", b"words")  # ctrl+pagedown: the Statement tab, focus in its editor
        ours.drain(1.0)
        bare.drain(1.0)
        ours_times: list[float] = []
        bare_times: list[float] = []
        typed = "é".encode()  # never part of an escape sequence, so its frame is easy to spot
        for key in range(max(runs, 9) * 3):
            pair = [(ours, ours_times), (bare, bare_times)]
            for terminal, times in pair if key % 2 == 0 else reversed(pair):
                times.append(terminal.key_to_frame(typed, typed))
    finally:
        ours.close()
        bare.close()
    return Result(
        "key to frame, 100,000-word statement",
        "pty, a letter typed at the start of the text; ours redraws the live count and bar too",
        statistics.median(ours_times),
        statistics.median(bare_times),
        "a plain TextArea",
        1.1,
    )
