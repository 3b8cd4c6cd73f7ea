"""The journal (issue 28): saving one entry, versions off, against the floor for the same bytes
(write, fsync, rename, then fsync of the folder, as any safe save must; 1.2x); `things --json`
with 2,000 entries against an empty journal (1.2x); and `things --json` on those 2,000 entries
with the journal's own caches (its index and entries cache) removed before each run, as on the
first run after a copy or an upgrade, the content cache warm, against a whole `python -c` that
reads and tomllib-parses every entry file (2x): reading the files cannot cost less than that."""

from __future__ import annotations

import os
import random
import sys
from functools import partial
from pathlib import Path

from corpus import make_journal, reflection
from harness import alternate_calls, isolated_env, our_command, rounds, scratch_folder, time_command
from report import Result

ENTRIES = 2000
PARSE_EVERY_FILE = """import pathlib, sys, tomllib
for path in pathlib.Path(sys.argv[1]).glob("*.toml"):
    tomllib.loads(path.read_text(encoding="utf-8"))"""


def run(runs: int) -> list[Result]:
    return [_saving(runs), *_things(runs)]


def _saving(runs: int) -> Result:
    from thingsjournal.journal.entries import to_toml
    from thingsjournal.journal.store import JournalStore

    folder = scratch_folder("tj-bench-save-")
    store = JournalStore(folder / "journal", keep_versions=False)
    entry = store.save(reflection(random.Random(3), 5)).entry
    data = to_toml(entry)
    (folder / "floor").mkdir()

    def floor() -> None:
        temporary = folder / "floor" / ".entry.tmp"
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, folder / "floor" / "entry.toml")
        descriptor = os.open(folder / "floor", os.O_RDONLY)
        os.fsync(descriptor)
        os.close(descriptor)

    ours, base, again = alternate_calls([lambda: store.save(entry), floor, floor], runs, inner=20)
    return Result(
        "save one entry, versions off",
        "write, fsync, rename, fsync of the folder",
        ours,
        base,
        1.2,
        again,
        what=f"in process, a {len(data):,}-byte entry, 20 saves a sample; ours: lock, conflict check, TOML, "
        "atomic write, folder fsync; the floor: the same bytes written alike",
    )


def _things(runs: int) -> list[Result]:
    from thingsjournal.journal.entry_cache import ENTRIES_FILE
    from thingsjournal.journal.index import INDEX_FILE
    from thingsjournal.journal.store import APP_DIR

    env = isolated_env()
    full, empty = Path(env["HOME"]) / "full", Path(env["HOME"]) / "empty"
    make_journal(full, ENTRIES)
    empty.mkdir()

    def things(journal: Path) -> list[str]:
        return [str(our_command()), "--journal", str(journal), "things", "--json"]

    def uncached() -> float:
        for cache in (full / APP_DIR / INDEX_FILE, full / APP_DIR / ENTRIES_FILE):
            cache.unlink(missing_ok=True)
        return time_command(things(full), env)

    warm = partial(time_command, things(full), env)
    bare = partial(time_command, things(empty), env)
    parse = partial(time_command, [sys.executable, "-c", PARSE_EVERY_FILE, str(full)], env)
    warm_ms, empty_ms, empty_again, uncached_ms, parse_ms, parse_again = rounds(
        [warm, bare, bare, uncached, parse, parse], runs
    )
    return [
        Result(
            "things --json, 2,000 entries",
            "an empty journal",
            warm_ms,
            empty_ms,
            1.2,
            empty_again,
            what="whole process, content cache and the journal's index warm; entries of about 400 words",
        ),
        Result(
            "things --json, 2,000 entries, no journal caches",
            "tomllib of every file (python -c)",
            uncached_ms,
            parse_ms,
            2.0,
            parse_again,
            what="whole process; the journal's index and entries cache removed before each run, "
            "the content cache warm; the baseline a whole process too",
        ),
    ]
