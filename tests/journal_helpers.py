"""Small helpers for journal tests."""

from __future__ import annotations

import os
import shlex
import stat
from pathlib import Path

from thingsjournal.journal.entries import LearningRecord, Reflection
from thingsjournal.journal.store import JournalStore


def reflection(thing: int = 1, statement: str = "A statement.", **fields: object) -> Reflection:
    return Reflection(programme="sssc-23-things-elc", thing=thing, statement=statement, **fields)


def saved(folder: Path, *entries: Reflection | LearningRecord) -> list[Reflection | LearningRecord]:
    store = JournalStore(folder)
    return [store.save(entry).entry for entry in entries]


def modes(folder: Path) -> dict[str, int]:
    """The permission bits of the folder and of everything inside it."""
    found = {".": stat.S_IMODE(folder.stat().st_mode)}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root, name)
            found[str(path.relative_to(folder))] = stat.S_IMODE(path.stat().st_mode)
    return found


def fake_editor(tmp_path: Path, text: str) -> str:
    """An $EDITOR that replaces the file with `text`."""
    source = tmp_path / f"editor-input-{abs(hash(text))}.txt"
    source.write_text(text, encoding="utf-8")
    script = "cat " + shlex.quote(str(source)) + ' > "$1"'
    return f"/bin/sh -c {shlex.quote(script)} editor"
