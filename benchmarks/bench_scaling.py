"""Large journals (issue 28): what an entry costs as the journal grows, and what the app keeps on
disk beside it. Every command is a whole process under `harness.peak_memory` (its wall time and
peak RSS at once), caches warm (each runs once first), stdout not a terminal.

The main table gets two rows. The peak RSS of `export --all` (Markdown, the privacy check on, as
by default) on 20,000 entries, over the same command on a journal of one entry (an empty
journal's export stops before exporting anything), against the journal's bytes (3x), repeated
for the noise. And the caches on disk for 1,000 entries, the journal's index and entries cache
(`.thingsjournal/index.cache` and `entries.cache`), against the journal's bytes (1.0x). The
journal's bytes are its entry files' sizes.

The scaling table, context that never fails the run: at 1,000, 5,000 and 20,000 entries, for
`export --all --privacy off` (to a file) and `things --json`, the wall time and the peak RSS per
entry over the one-entry journal, and the ratio of that cost at 20,000 entries to the cost at
1,000 ('over' past 1.3x); and the caches against the journal's bytes at each size ('over' past
1.0x). The journals (26,000 entries) take about 7 s to write.
"""

from __future__ import annotations

import statistics
from pathlib import Path

from corpus import make_journal
from harness import isolated_env, our_command, peak_memory, rounds
from report import Result, Scaling, amount

SIZES = (1, 1_000, 5_000, 20_000)  # the first is the reference ("empty") journal
KB, MB = 1000, 1_000_000


def run(runs: int) -> list[Result | Scaling]:
    env = isolated_env()
    home = Path(env["HOME"])
    journals = {count: home / f"journal-{count}" for count in SIZES}
    for count, folder in journals.items():
        make_journal(folder, count)
    per_entry = _per_entry(env, journals, runs)
    caches = {count: _cache_bytes(journals[count]) for count in SIZES[1:]}
    journal_bytes = {count: _journal_bytes(journals[count]) for count in SIZES[1:]}
    return [
        _memory_at(env, journals, journal_bytes[SIZES[-1]], max(2, runs // 3)),
        Result(
            "caches on disk, 1,000 entries",
            "the journal's bytes",
            [caches[1000] / MB],
            [journal_bytes[1000] / MB],
            1.0,
            unit="MB",
            what="the journal's index and entries cache, against its entry files",
        ),
        *per_entry,
        Scaling(
            "caches over the journal's bytes",
            {count: f"{caches[count] / journal_bytes[count]:.2f}x" for count in SIZES[1:]},
            max(caches[count] / journal_bytes[count] for count in SIZES[1:]),
            "the largest",
            limit=1.0,
        ),
    ]


def _command(journal: Path, name: str) -> list[str]:
    arguments = {
        "export": ["export", "--all", "--privacy", "off", "-o", str(journal.parent / f"{journal.name}.md")],
        "checked export": ["export", "--all", "-o", str(journal.parent / f"{journal.name}.md")],
        "things": ["things", "--json"],
    }[name]
    return [str(our_command()), "--journal", str(journal), *arguments]


def _per_entry(env: dict[str, str], journals: dict[int, Path], runs: int) -> list[Scaling]:
    """Wall time and peak RSS per entry of each command, from the medians over `runs` rounds."""
    measured: dict[tuple[str, int], list[tuple[int, float]]] = {}

    def sample(name: str, count: int) -> float:
        peak, elapsed = peak_memory(_command(journals[count], name), env)
        measured.setdefault((name, count), []).append((peak, elapsed))
        return elapsed

    rounds(
        [lambda name=name, count=count: sample(name, count) for name in ("export", "things") for count in SIZES], runs
    )
    medians = {
        (name, count, index): statistics.median(taken[index] for taken in samples[1:])  # the warm-up left out
        for (name, count), samples in measured.items()
        for index in (0, 1)
    }
    rows = []
    for name, shown in (("export", "export --all --privacy off"), ("things", "things --json")):
        for index, what, unit, scale in ((1, "time", "ms", 1.0), (0, "peak RSS", "KB", 1 / KB)):
            cost = {
                count: (medians[name, count, index] - medians[name, SIZES[0], index]) * scale / (count - SIZES[0])
                for count in SIZES[1:]
            }
            rows.append(
                Scaling(
                    f"{shown}: {what} per entry",
                    {count: amount(value, unit) for count, value in cost.items()},
                    cost[SIZES[-1]] / cost[SIZES[1]],
                    f"{SIZES[-1]:,} / {SIZES[1]:,}",
                )
            )
    return rows


def _memory_at(env: dict[str, str], journals: dict[int, Path], journal_bytes: int, repeats: int) -> Result:
    """Peak RSS of the default export of the largest journal, over the one-entry journal's."""
    largest, reference = (_command(journals[count], "checked export") for count in (SIZES[-1], SIZES[0]))
    peak_memory(largest, env)  # caches warm
    above = [peak_memory(largest, env)[0] - peak_memory(reference, env)[0] for _ in range(repeats)]
    return Result(
        f"export --all, {SIZES[-1]:,} entries: peak RSS",
        "the journal's bytes",
        [value / MB for value in above],
        [journal_bytes / MB] * repeats,
        3.0,
        unit="MB",
        what=f"Markdown, the privacy check on; over the same export of a one-entry journal, {repeats} runs, "
        "caches warm",
    )


def _cache_bytes(journal: Path) -> int:
    from thingsjournal.journal.entry_cache import ENTRIES_FILE
    from thingsjournal.journal.index import INDEX_FILE
    from thingsjournal.journal.store import APP_DIR

    return sum((journal / APP_DIR / name).stat().st_size for name in (INDEX_FILE, ENTRIES_FILE))


def _journal_bytes(journal: Path) -> int:
    return sum(path.stat().st_size for path in journal.glob("*.toml"))
