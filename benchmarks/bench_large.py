"""Very large entries. Memory: the peak RSS of `check`, `entries` and `export --all` on a journal
holding one 50 MB entry, above the same command on a journal of one 400-word entry (an empty one
has nothing to export), against the file's size
(target under 5x), with the journal's caches removed first (cold) and then left (warm). Time: a
1 MB entry (ten times any real statement) against a 400-word one, for `check` and for the app
opening the entry to its first frame (targets 2x), with an A/A row (the 400-word entry against
itself) for the noise."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import paragraph, text_of_words
from harness import Result, alternate, isolated_env, our_command
from terminal import Terminal

MB = 1_000_000
OPENED = b"Why is everyday leadership"  # Thing 1's guide, drawn with the workspace's first frame


def run(runs: int) -> list[Result]:
    env = isolated_env()
    home = Path(env["HOME"])
    huge, large, usual = (home / name for name in ("huge", "large", "usual"))
    huge_size = _journal_of(huge, text_of_words(50 * MB // 8))
    _journal_of(large, text_of_words(MB // 8))
    _journal_of(usual, paragraph(400, __import__("random").Random(3)))
    results = [_memory(command, env, usual, huge, huge_size, cold) for command in _COMMANDS for cold in (True, False)]
    check = [str(our_command()), "--journal"]
    ours, base = alternate([*check, str(large), "check"], [*check, str(usual), "check"], env, runs)
    again, base_again = alternate([*check, str(usual), "check"], [*check, str(usual), "check"], env, runs)
    results.append(
        Result(
            "check, 1 MB entry",
            "whole process, caches warm",
            ours,
            base,
            "a 400-word entry",
            2.0,
            _aa(again, base_again),
        )
    )
    ours, base, again = _open_times([large, usual, usual], env, runs)
    results.append(
        Result(
            "open an entry, 1 MB",
            "whole process in a 120x40 pty, `open 1` to the workspace's first frame",
            ours,
            base,
            "a 400-word entry",
            2.0,
            _aa(again, base),
        )
    )
    return results


_COMMANDS = (["check"], ["entries"], ["export", "--all", "-o"])


def _journal_of(folder: Path, statement: str) -> int:
    """A journal of one entry, for Thing 1, holding `statement`; the file's size."""
    from thingsjournal.journal.entries import Reflection
    from thingsjournal.journal.store import JournalStore

    store = JournalStore(folder)
    store.save(Reflection(programme="sssc-23-things-elc", thing=1, statement=statement))
    [summary] = store.listing().entries
    return (folder / summary.file).stat().st_size


def _memory(command: list[str], env: dict[str, str], usual: Path, huge: Path, size: int, cold: bool) -> Result:
    above = _peak_rss(command, env, huge, cold) - _peak_rss(command, env, usual, cold)
    return Result(
        f"{command[0]}, 50 MB entry, {'cold' if cold else 'warm'}",
        "peak RSS (wait4) above the same command on a journal of one 400-word entry"
        + (", the journal's caches removed first" if cold else ", caches as the last run left them"),
        above / MB,
        size / MB,
        "the entry file's size",
        5.0,
        unit="MB",
    )


def _peak_rss(command: list[str], env: dict[str, str], journal: Path, cold: bool) -> int:
    """The command's peak resident memory in bytes (one run: it varies by well under 1%).

    Linux counts a child's peak from the process it was forked from, so the command runs under
    a small Python that reports it (`_MEASURE`), not under this big process."""
    if cold:
        shutil.rmtree(journal / ".thingsjournal", ignore_errors=True)
    output = [tempfile.mktemp(suffix=".md")] if command[-1] == "-o" else []
    done = subprocess.run(
        [sys.executable, "-S", "-c", _MEASURE, str(our_command()), "--journal", str(journal), *command, *output],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    for path in output:
        Path(path).unlink(missing_ok=True)
    status, kilobytes = (int(field) for field in done.stdout.split())
    assert status == 0, (command, journal, done.stderr[-500:])
    return kilobytes * 1024


_MEASURE = """import os, subprocess, sys
process = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(process.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)"""


def _open_times(journals: list[Path], env: dict[str, str], runs: int) -> list[float]:
    """Median milliseconds from start to the workspace's first frame, for each journal in turn
    (alternating), after one warm-up each."""
    times: list[list[float]] = [[] for _ in journals]
    for run in range(runs + 1):
        order = list(range(len(journals)))
        for index in order if run % 2 == 0 else reversed(order):
            terminal = Terminal([str(our_command()), "--journal", str(journals[index]), "open", "1"], env, (120, 40))
            try:
                elapsed = terminal.wait_for(OPENED, 120)
            finally:
                terminal.close()
            if run:
                times[index].append(elapsed)
    return [statistics.median(each) for each in times]


def _aa(again: float, base: float) -> str:
    return f"A/A (400 words against itself) {again / base:.2f}x"
