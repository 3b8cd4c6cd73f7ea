"""Searching a journal of 2,000 entries in the TUI, from the key to the results on screen,
against `grep -ril WORD` over the journal folder (a whole process, twice a round for the A/A
noise), timed in turns in the same run; and how long the search box takes to show each key
typed into it. All are context rows: no issue sets them a target.

The search is pasted in one piece (one key event, as a bracketed paste), after the journal
screen has loaded its texts. Two searches: a word in one entry of ten, and a word in every entry
(the whole list redrawn)."""

from __future__ import annotations

import os
import subprocess
import time
from functools import partial
from pathlib import Path

from corpus import make_journal
from harness import isolated_env, our_command, rounds
from report import Result
from terminal import Terminal

ENTRIES = 2000
RARE = ("makaton", 10)  # planted in every tenth statement
COMMON = "children"  # a corpus word: in every entry
CLEAR = b"\x15"  # ctrl+u: the search box empties
SELECT_ALL = b"\x1b[1;2H"  # shift+home: selects the search, which a paste then replaces


def run(runs: int) -> list[Result]:
    env = isolated_env()
    journal = Path(env["HOME"]) / "journal"
    make_journal(journal, ENTRIES, plant=RARE)
    app = Terminal([str(our_command()), "--journal", str(journal)], env, size=(120, 40))
    try:
        app.wait_for(b"Start with Things")
        app.key_to_frame(b"j", f"{ENTRIES} of {ENTRIES} entries".encode())
        app.settle()  # the search texts load (and are cached) on a worker
        app.key_to_frame(b"/", b"Search")
        results = []
        for word, found in ((RARE[0], ENTRIES // RARE[1]), (COMMON, ENTRIES)):
            grep = partial(_grep, journal, word, found)
            ours, base, again = rounds([partial(_search, app, word, found), grep, grep], runs)
            results.append(
                Result(
                    f"search 2,000 entries for a word in {found:,}",
                    f"grep -ril {word} (a process)",
                    ours,
                    base,
                    None,
                    again,
                    what="120x40 pty: a pasted word to the frame with the results; grep is a whole process",
                )
            )
        results.append(_typing(app, runs))
    finally:
        app.close()
    return results


def _search(app: Terminal, word: str, found: int) -> float:
    """A search pasted over a selected search that finds nothing, so that the frame with the
    results is the first to show their count."""
    _clear(app)
    app.key_to_frame(b"zzzz", f" 0 of {ENTRIES} entries".encode())
    app.key_to_frame(SELECT_ALL, b"zzz")
    app.drain(0.1, 0.5)
    return app.key_to_frame(b"\x1b[200~" + word.encode() + b"\x1b[201~", f" {found} of {ENTRIES} entries".encode())


def _clear(app: Terminal) -> None:
    """Empty the search box (a key of its own: sent with others, Textual may take it after them)."""
    os.write(app.master, CLEAR)
    app.drain(0.1, 1.0)


def _grep(journal: Path, word: str, found: int) -> float:
    start = time.perf_counter()
    output = subprocess.run(["grep", "-ril", word, str(journal)], capture_output=True, check=True).stdout
    elapsed = (time.perf_counter() - start) * 1000
    entries = [line for line in output.decode().splitlines() if line.endswith(".toml")]
    assert len(entries) == found, (word, len(entries))
    return elapsed


def _typing(app: Terminal, runs: int) -> Result:
    """Each letter of a word typed into the search box, to the frame that shows it, against each
    letter typed into the same box with search answering nothing (the trash, empty); the A/A
    series pairs those letters, odd against even."""
    word = "relationships"
    words = max(1, runs // 3)
    typed = _type_words(app, word, words)
    _clear(app)
    app.key_to_frame(b"\t", b"Any Thing")  # out of the box, so that t opens the trash
    app.key_to_frame(b"t", b" 0 of 0 entries in the trash")
    app.key_to_frame(b"/", b"Search")
    empty = _type_words(app, word, words)
    return Result(
        "a key typed in the search box, 2,000 entries",
        "the same box, an empty trash",
        typed,
        empty[0::2][: len(empty) // 2],
        None,
        empty[1::2],
        what=f"120x40 pty, {len(typed)} keys; the baseline's keys alternate between its two series",
    )


def _type_words(app: Terminal, word: str, times: int) -> list[float]:
    typed = []
    for _ in range(times):
        _clear(app)
        for end in range(1, len(word) + 1):
            typed.append(app.key_to_frame(word[end - 1].encode(), word[:end].encode()))
    return typed
