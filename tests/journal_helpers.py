"""Small helpers for journal tests."""

from __future__ import annotations

import os
import shlex
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from thingsjournal.journal.entries import AnyEntry, Reflection
from thingsjournal.journal.store import JournalStore

if TYPE_CHECKING:
    from thingsjournal.catalog.models import Thing

Kind = TypeVar("Kind", bound=AnyEntry)


def packaged_thing(number: int) -> Thing:
    """A Thing of the packaged 23 Things, as the app loads it."""
    from thingsjournal.session import Session

    programme = Session.open(None).catalog.programme("sssc-23-things-elc")
    assert programme is not None
    thing = programme.thing(number)
    assert thing is not None
    return thing


def reflection(thing: int = 1, statement: str = "A statement.", **fields: Any) -> Reflection:
    return Reflection(programme="sssc-23-things-elc", thing=thing, statement=statement, **fields)


def saved(folder: Path, *entries: Kind) -> list[Kind]:
    """The entries as saved (stamped with the time), each typed as the kind it was given as."""
    store = JournalStore(folder)
    return [_as_saved(store, entry) for entry in entries]


def indexed_store(folder: Path) -> JournalStore:
    """A store that keeps the journal's index as the app's does, signed with this computer's
    secret (the test's own cache folder's): a plain `JournalStore(folder)` keeps none."""
    from thingsjournal.files.caches import machine_secret
    from thingsjournal.paths import locate

    return JournalStore(folder, secret=machine_secret(locate().cache))


def _as_saved(store: JournalStore, entry: Kind) -> Kind:
    result = store.save(entry).entry
    assert isinstance(result, type(entry))  # a save keeps the entry's kind
    return result


def load_as(store: JournalStore, entry_id: str, kind: type[Kind]) -> Kind:
    """The entry read back in full, as the kind the test wrote."""
    entry = store.load(entry_id)
    assert isinstance(entry, kind)
    return entry


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
