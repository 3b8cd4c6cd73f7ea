"""The app as a person meets it, in a pseudo-terminal (issue 28): start-up to Home's first frame
against a bare Textual app with one TextArea (1.3x); Home's first frame with 2,000 entries against
an empty journal (1.2x); and key to frame in a 100,000-word statement (with the live count)
against a plain TextArea (median 1.1x). Every baseline is measured twice a round, for the A/A
noise."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from corpus import make_journal, text_of_words
from harness import HERE, isolated_env, our_command, rounds
from report import Result
from terminal import Terminal

HOME_MARKER = b"Start with Things"
BASELINE_MARKER = b"baseline ready"
EDITOR = "a plain TextArea"


def run(runs: int) -> list[Result]:
    env = isolated_env()
    home = Path(env["HOME"])
    empty, full = home / "empty", home / "full"
    empty.mkdir()
    make_journal(full, 2000)
    ours, bare = ([str(our_command()), "--journal", str(empty)], HOME_MARKER), (_bare(), BASELINE_MARKER)
    filled = ([str(our_command()), "--journal", str(full)], HOME_MARKER)
    # The warm-up round fills the content cache, the journal's index and the OS's file cache.
    start, bare_ms, bare_again, full_ms, empty_again = rounds(
        [partial(_first_frame, *opened, env) for opened in (ours, bare, bare, filled, ours)], runs
    )
    typed, plain, plain_again = typing(env, home, runs, ("ours", "plain", "plain"))
    what = "whole process in an 80x24 pty, content cache warm"
    return [
        Result(
            "start-up to Home's first frame",
            "a bare Textual app, one TextArea",
            start,
            bare_ms,
            1.3,
            bare_again,
            what=f"{what}, empty journal",
        ),
        Result(
            "Home's first frame, 2,000 entries",
            "an empty journal",
            full_ms,
            start,
            1.2,
            empty_again,
            what=f"{what}, the journal's index warm",
        ),
        Result(
            "key to frame, 100,000-word statement",
            EDITOR,
            typed,
            plain,
            1.1,
            plain_again,
            what="pty, a letter typed at the start of the text; ours redraws the live count and bar too",
        ),
    ]


def _bare(path: Path | None = None) -> list[str]:
    return [sys.executable, str(HERE / "bare_textarea.py"), *([str(path)] if path else [])]


def _first_frame(argv: list[str], marker: bytes, env: dict[str, str]) -> float:
    terminal = Terminal(argv, env)
    try:
        return terminal.wait_for(marker)
    finally:
        terminal.close()


def typing(env: dict[str, str], home: Path, runs: int, editors: tuple[str, ...]) -> list[list[float]]:
    """Milliseconds from a key to its frame in each editor ("ours": the app's statement editor;
    "plain": a plain TextArea), all open on the same 100,000-word text and idle, keys taken in
    turns (see `rounds`), three times `runs` keys each."""
    from thingsjournal.journal.entries import Reflection
    from thingsjournal.journal.store import JournalStore

    text = text_of_words(100_000)
    journal = home / "long"
    JournalStore(journal).save(Reflection(programme="sssc-23-things-elc", thing=1, statement=text))
    (home / "long.txt").write_text(text, encoding="utf-8")
    terminals: list[Terminal] = []
    try:
        for editor in editors:
            if editor == "ours":
                terminal = Terminal([str(our_command()), "--journal", str(journal), "open", "1"], env)
                terminal.wait_for(b"Why is everyday")
                terminal.key_to_frame(b"\x1b[6;5~", b"words")  # ctrl+pagedown: the Statement tab, in its editor
            else:
                terminal = Terminal(_bare(home / "long.txt"), env)
                terminal.wait_for(text[:20].encode())
            terminals.append(terminal)
        for terminal in terminals:
            terminal.settle()  # our editor checks the whole text on a worker once it opens
        typed = "é".encode()  # never part of an escape sequence, so its frame is easy to spot
        return rounds([partial(terminal.key_to_frame, typed, typed) for terminal in terminals], runs * 3)
    finally:
        for terminal in terminals:
            terminal.close()
