"""The journal: saving an entry against a bare write, and `things --json` with 2,000 entries
against an empty journal."""

from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path

from corpus import make_journal, reflection
from harness import Result, alternate, alternate_calls, isolated_env, our_command


def run(runs: int) -> list[Result]:
    return [*_saving(runs), _things_at_scale(runs)]


def _saving(runs: int) -> list[Result]:
    from thingsjournal.journal.entries import to_toml
    from thingsjournal.journal.store import JournalStore

    folder = Path(tempfile.mkdtemp(prefix="tj-bench-save-"))
    store = JournalStore(folder / "journal")
    entry = store.save(reflection(random.Random(3), 5)).entry
    data = to_toml(entry)
    bare = folder / "bare.toml"

    def ours() -> None:
        store.save(entry)

    def baseline(sync_folder: bool = False) -> None:
        temporary = folder / ".bare.tmp"
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, bare)
        if sync_folder:
            descriptor = os.open(folder, os.O_RDONLY)
            os.fsync(descriptor)
            os.close(descriptor)

    ours_ms, base_ms = alternate_calls(ours, baseline, runs, inner=20)
    floor_ms, bare_ms = alternate_calls(lambda: baseline(True), baseline, runs, inner=20)
    return [
        Result(
            name="save one entry",
            what=f"in process, a {len(data):,}-byte entry; ours: lock, conflict check, TOML, atomic write, folder fsync",
            ours_ms=ours_ms,
            baseline_ms=base_ms,
            baseline="bare write+fsync+rename",
            target=1.5,
        ),
        Result(
            name="the floor: bare write+fsync+rename plus the folder fsync DESIGN.md asks for",
            what="in process, the same bytes; what any save that syncs its folder costs here",
            ours_ms=floor_ms,
            baseline_ms=bare_ms,
            baseline="bare write+fsync+rename",
            target=None,
        ),
    ]


def _things_at_scale(runs: int) -> Result:
    env = isolated_env()
    full = Path(env["HOME"]) / "full"
    empty = Path(env["HOME"]) / "empty"
    make_journal(full, 2000)
    empty.mkdir()
    command = [str(our_command()), "things", "--json"]
    ours, base = alternate(
        [*command[:1], "--journal", str(full), *command[1:]],
        [*command[:1], "--journal", str(empty), *command[1:]],
        env,
        runs,
    )
    return Result(
        name="things --json, 2,000 entries",
        what="whole process, content cache and journal index warm; entries of about 400 words",
        ours_ms=ours,
        baseline_ms=base,
        baseline="an empty journal",
        target=1.5,
    )
