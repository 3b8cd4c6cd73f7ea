"""An entry's history, as `thingsjournal history` and the History view show it: its versions
numbered from the newest (1 is the text the last save replaced), what each says, the words each
differs by from the entry now, bringing one back, and forgetting them all.

Bringing a version back saves its text as the entry's, so the text it replaces becomes the newest
version and the restore can itself be undone.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from thingsjournal.errors import UserError
from thingsjournal.journal.entry_cache import Data, entry_texts
from thingsjournal.journal.store import JournalError
from thingsjournal.journal.versions import versions_in
from thingsjournal.text.plural import counted
from thingsjournal.text.word_diff import ADDED, REMOVED, Piece, word_changes, words_of
from thingsjournal.text.wordcount import count_words

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from thingsjournal.journal.store import JournalStore, SaveResult


@dataclass
class Past:
    """One version of an entry, as History lists it; its words are counted when first asked
    for (History draws only the rows in view, so 500 versions open as fast as a few)."""

    number: int
    saved: datetime  # UTC
    path: Path

    @cached_property
    def words(self) -> int:
        return _words(self.path)

    def as_json(self) -> dict[str, object]:
        return {"number": self.number, "saved": self.saved.isoformat(), "words": self.words}


@dataclass(frozen=True)
class FieldChange:
    """The words by which one text of a version differs from the entry now."""

    field: str
    pieces: list[Piece]

    @property
    def added(self) -> int:
        return words_of(self.pieces, ADDED)

    @property
    def removed(self) -> int:
        return words_of(self.pieces, REMOVED)


def history(store: JournalStore, entry_id: str) -> list[Past]:
    """The versions of an entry of the journal, newest first."""
    summary = store.resolve(entry_id)
    versions = versions_in(store.versions_folder(summary.id))
    return [Past(number, version.saved, version.path) for number, version in enumerate(versions, 1)]


def chosen(store: JournalStore, entry_id: str, number: int) -> Past:
    """Version `number` of an entry; a UserError saying which numbers there are if it is not one."""
    pasts = history(store, entry_id)
    if not pasts:
        raise UserError(f"entry {store.resolve(entry_id).id} has no earlier versions")
    if not 1 <= number <= len(pasts):
        raise UserError(
            f"there is no version {number}: entry {entry_id} has {counted(len(pasts), 'version')}, 1 to {len(pasts)}"
        )
    return pasts[number - 1]


def version_data(past: Past) -> dict[str, Any]:
    """What a version holds, as the cache of entries holds an entry (`entry_texts` reads it)."""
    return _version_entry(past).model_dump(mode="json", by_alias=True)


def changes(past: Past, now: dict[str, Any]) -> list[FieldChange]:
    """Each text that differs between a version and the entry's data `now`, word by word (the
    version's words removed and the entry's added, as the change since the version)."""
    return text_changes(version_data(past), now)


def text_changes(then: Data, now: Data) -> list[FieldChange]:
    """Each text that differs between two entries' data, word by word: `then`'s words removed,
    `now`'s added."""
    before, after = dict(entry_texts(then)), dict(entry_texts(now))
    fields = [*before, *(field for field in after if field not in before)]
    return [
        FieldChange(field, word_changes(before.get(field, ""), after.get(field, "")))
        for field in fields
        if before.get(field, "") != after.get(field, "")
    ]


def forget_warning(many: int) -> str:
    """What forgetting an entry's history means, asked before it is done."""
    return (
        f"Forget {counted(many, 'earlier version')} of this entry? Versions keep whatever you deleted, "
        "names too; once forgotten they cannot be brought back. The entry itself stays as it is."
    )


def restore_version(store: JournalStore, entry_id: str, number: int) -> SaveResult:
    """Save version `number`'s text as the entry's (the text it replaces becomes a version)."""
    past = chosen(store, entry_id, number)
    current = store.load(entry_id)
    old = _version_entry(past)
    if old.kind != current.kind:
        raise JournalError(
            f"version {number} of {current.id} is a {old.kind}, not a {current.kind}: it was left as it is"
        )
    return store.save(old.model_copy(update={"id": current.id, "created": current.created, "updated": current.updated}))


def _version_entry(past: Past) -> Any:
    from thingsjournal.journal.entries import read_entry

    try:
        entry, problems = read_entry(str(past.path), past.path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise JournalError(f"version {past.number} could not be read: {error}") from error
    if entry is None:
        raise JournalError(f"version {past.number} could not be read: {problems[0]}")
    return entry


def _words(path: Path) -> int:
    """Every word written in a version (0 where it does not read)."""
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return 0
    if not isinstance(data.get("kind"), str):
        return 0
    try:
        return sum(count_words(text) for _, text in entry_texts(data) if isinstance(text, str))
    except (AttributeError, TypeError):  # a hand-edited version of the wrong shape
        return 0
