"""Very large entries. Memory (issue 28: 5x the file's size): the peak RSS of `check`, `entries`
and `export --all` on a journal holding one 50 MB entry, over the same command on a journal of
one 400-word entry (an empty journal's export stops before exporting anything, so one usual entry
is the like-for-like "empty run"), against the file's size, with the journal's caches removed
first (cold) and then left (warm); each is repeated, for its noise. Time (2x): a 1 MB entry (ten
times any real statement) against a 400-word one, for `check` and for the app opening the entry
to its first frame, each with an A/A series (the 400-word entry against itself)."""

from __future__ import annotations

import random
import shutil
import tempfile
from functools import partial
from pathlib import Path

from corpus import paragraph, text_of_words
from harness import alternate, isolated_env, our_command, peak_memory, rounds
from report import Result
from terminal import Terminal

MB = 1_000_000
OPENED = b"Why is everyday leadership"  # Thing 1's guide, drawn with the workspace's first frame
COMMANDS = (["check"], ["entries"], ["export", "--all", "-o"])


def run(runs: int) -> list[Result]:
    env = isolated_env()
    home = Path(env["HOME"])
    huge, large, usual = (home / name for name in ("huge", "large", "usual"))
    huge_size = _journal_of(huge, text_of_words(50 * MB // 8))
    _journal_of(large, text_of_words(MB // 8))
    _journal_of(usual, paragraph(400, random.Random(3)))
    results = [
        _memory(command, env, usual, huge, huge_size, cold, max(2, runs // 3))
        for command in COMMANDS
        for cold in (True, False)
    ]
    check = [str(our_command()), "--journal"]
    ours, base, again = alternate(
        [[*check, str(large), "check"], [*check, str(usual), "check"], [*check, str(usual), "check"]], env, runs
    )
    results.append(
        Result(
            "check, 1 MB entry",
            "a 400-word entry",
            ours,
            base,
            2.0,
            again,
            what="whole process, caches warm",
        )
    )
    ours, base, again = rounds([partial(_open, journal, env) for journal in (large, usual, usual)], runs)
    results.append(
        Result(
            "open an entry, 1 MB",
            "a 400-word entry",
            ours,
            base,
            2.0,
            again,
            what="whole process in a 120x40 pty, `open 1` to the workspace's first frame",
        )
    )
    return results


def _journal_of(folder: Path, statement: str) -> int:
    """A journal of one entry, for Thing 1, holding `statement`; the file's size."""
    from thingsjournal.journal.entries import Reflection
    from thingsjournal.journal.store import JournalStore

    store = JournalStore(folder)
    store.save(Reflection(programme="sssc-23-things-elc", thing=1, statement=statement))
    [summary] = store.listing().entries
    return (folder / summary.file).stat().st_size


def _memory(
    command: list[str], env: dict[str, str], usual: Path, huge: Path, size: int, cold: bool, repeats: int
) -> Result:
    above = [_peak(command, env, huge, cold) - _peak(command, env, usual, cold) for _ in range(repeats)]
    return Result(
        f"{command[0]}, 50 MB entry, {'cold' if cold else 'warm'}: peak RSS",
        "the file's size",
        [value / MB for value in above],
        [size / MB] * repeats,
        5.0,
        unit="MB",
        what=f"peak RSS (wait4) over the same command on a journal of one 400-word entry, {repeats} runs"
        + (", the journal's caches removed first" if cold else ", caches as the last run left them"),
    )


def _peak(command: list[str], env: dict[str, str], journal: Path, cold: bool) -> int:
    if cold:
        shutil.rmtree(journal / ".thingsjournal", ignore_errors=True)
    with tempfile.TemporaryDirectory() as folder:
        output = [str(Path(folder) / "export.md")] if command[-1] == "-o" else []
        return peak_memory([str(our_command()), "--journal", str(journal), *command, *output], env)[0]


def _open(journal: Path, env: dict[str, str]) -> float:
    """Milliseconds from start to the workspace's first frame."""
    terminal = Terminal([str(our_command()), "--journal", str(journal), "open", "1"], env, (120, 40))
    try:
        return terminal.wait_for(OPENED, 120)
    finally:
        terminal.close()
