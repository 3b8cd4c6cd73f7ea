"""Versions: saving a changed entry with versions kept against the same save with them switched
off (issue 28: 1.3x); the versions a year of daily writing leaves after thinning, against the
2 MB allowed (issue 27); and opening the History of an entry with 500 versions against opening
the entry, in a pseudo-terminal (issue 28: 2x). Each timed row has an A/A series (the baseline
against itself) for the noise."""

from __future__ import annotations

import os
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock

from corpus import WORDS, reflection
from harness import alternate_calls, isolated_env, our_command, rounds, scratch_folder
from report import Result
from terminal import Terminal

HOME_MARKER = b"Start with Things"
THING_MARKER = b"Why is everyday"  # Thing 1's guide, in its workspace
HISTORY_MARKER = b"since then"  # the summary drawn with the first version's diff
F8 = b"\x1b[19~"
SAVES_PER_DAY = 30  # an autosave at each pause of a writing session
LIMIT_KB = 2000.0


def run(runs: int) -> list[Result]:
    return [_saving(runs), _a_year(), _opening_history(runs)]


def _store_with_entry(folder: Path, keep_versions: bool):
    from thingsjournal.journal.store import JournalStore

    store = JournalStore(folder, keep_versions=keep_versions)
    return store, store.save(reflection(random.Random(3), 5)).entry


def _saving(runs: int) -> Result:
    """Each save changes one word, as autosave does while someone writes."""
    folder = scratch_folder("tj-bench-versions-")
    stores = {
        name: _store_with_entry(folder / name, keep)
        for name, keep in (("with", True), ("without", False), ("again", False))
    }
    rng = random.Random(5)

    def saving(name: str):
        def save() -> None:
            store, entry = stores[name]
            changed = entry.model_copy(update={"statement": f"{entry.statement} {rng.choice(WORDS)}"})
            stores[name] = (store, store.save(changed).entry)

        return save

    ours, base, again = alternate_calls([saving("with"), saving("without"), saving("again")], runs, inner=20)
    kept = len(list((folder / "with" / ".thingsjournal" / "versions").glob("*/*.toml")))
    return Result(
        "saving with versions",
        "saving without (off in the benchmark)",
        ours,
        base,
        1.3,
        again,
        what=f"in process, a 400-word entry changed by one word each save, 20 saves a sample; {kept} versions kept",
    )


def _a_year() -> Result:
    """A year of 30 saves a day on one 400-word entry, on a simulated clock: each saved file is
    dated by that clock, and thinning goes by it."""
    from thingsjournal.journal import store as store_module
    from thingsjournal.journal.versions import stored_bytes

    folder = scratch_folder("tj-bench-year-")
    store, entry = _store_with_entry(folder, True)
    rng = random.Random(7)
    start = datetime(2026, 1, 5, 19, 0, tzinfo=UTC)
    clock = start
    path = store.listing().path_of(store.resolve(entry.id))
    os.utime(path, (clock.timestamp(), clock.timestamp()))
    with mock.patch.object(store_module, "utc_now", lambda: clock):
        for day in range(365):
            clock = start + timedelta(days=day)
            for _ in range(SAVES_PER_DAY):
                words = entry.statement.split()
                words[rng.randrange(len(words))] = rng.choice(WORDS)
                entry = store.save(entry.model_copy(update={"statement": " ".join(words)})).entry
                clock += timedelta(seconds=12)
                os.utime(path, (clock.timestamp(), clock.timestamp()))
    versions = store.versions_folder(entry.id)
    kept = len(list(versions.glob("*.toml")))
    size_kb = stored_bytes([versions]) / 1000
    return Result(
        "a year of writing: versions on disk",
        "the 2 MB allowed",
        [size_kb],
        [LIMIT_KB],
        1.0,
        unit="KB",
        label="issue 27",
        what=f"{365 * SAVES_PER_DAY:,} saves of one 400-word entry ({path.stat().st_size:,} bytes), "
        f"{SAVES_PER_DAY} a day on a simulated clock, thinned; {kept} versions kept, hard links counted once",
    )


def _opening_history(runs: int) -> Result:
    env = isolated_env()
    journal = Path(env["HOME"]) / "journal"
    count = _entry_with_versions(journal, 500)
    history: list[float] = []

    def with_history() -> float:
        opened, shown = _open(journal, env, True)
        history.append(shown)
        return opened

    # The warm-up round fills the content cache and the OS's file cache; its History is left out.
    thing, again = rounds([with_history, lambda: _open(journal, env, False)[0]], runs)
    return Result(
        "opening the History, 500 versions",
        "opening the entry",
        history[1:],
        thing,
        2.0,
        again,
        what=f"whole process in an 80x24 pty; F8 in Thing 1's workspace to the frame with the first diff "
        f"({count} versions of a 400-word entry), against Enter on Home to Thing 1's first frame",
    )


def _entry_with_versions(journal: Path, count: int) -> int:
    """Thing 1's entry saved `count + 1` times, each changing it; how many versions it has.
    Thinning keeps every version of the last ten minutes, so all of them stay while this runs."""
    from thingsjournal.journal.store import JournalStore

    store = JournalStore(journal)
    entry = store.save(reflection(random.Random(11), 1)).entry
    rng = random.Random(13)
    for _ in range(count):
        words = entry.statement.split()
        del words[rng.randrange(len(words))]
        words.insert(rng.randrange(len(words)), rng.choice(WORDS))
        entry = store.save(entry.model_copy(update={"statement": " ".join(words)})).entry
    return len(list(store.versions_folder(entry.id).glob("*.toml")))


def _open(journal: Path, env: dict[str, str], history: bool) -> tuple[float, float]:
    """Milliseconds from Enter on Home to Thing 1's first frame, and (with `history`) from F8 there
    to the History's first diff, in a new process."""
    terminal = Terminal([str(our_command()), "--journal", str(journal)], env)
    try:
        terminal.wait_for(HOME_MARKER)
        terminal.drain(1.0)  # the programmes load on a worker while Home is shown
        opened = terminal.key_to_frame(b"\r", THING_MARKER)
        if not history:
            return opened, 0.0
        terminal.drain(0.5)
        return opened, terminal.key_to_frame(F8, HISTORY_MARKER)
    finally:
        terminal.close()
