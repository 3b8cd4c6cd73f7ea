"""Copies that file-sync tools make of an entry changed on two devices at once, recognised by
their names, so that the entry with its own file name is always the entry.

An entry's own file name ends with its id (`2026-12-02-thing-05-7hb9pq4q.toml`, `store.file_name`);
each tool adds its mark after the id, before `.toml`:

- Syncthing: `.sync-conflict-20261202-101530-ABCDEF7`, a date, a time and the first 7
  characters of a device id; before 2017 (v0.14.30) without the device (`conflictName` in
  syncthing's lib/model/folder_sendrecv.go; docs.syncthing.net/users/syncing.html).
- Dropbox: ` (Jo's conflicted copy 2026-12-02)`, the name of a person or a computer and the
  day; in the app's language elsewhere (` (Copie en conflit de …)`); old copies have no day
  (help.dropbox.com/syncing-uploads/conflicted-copy).
- Nextcloud and ownCloud: ` (conflicted copy 2026-12-02 101530)`, sometimes with a user name
  before the date (`Utility::makeConflictFileName` in the desktop client; the Nextcloud user
  manual's desktop/conflicts page); before 2018, `_conflict-20261202-101530`; newer clients also
  ` (case clash from 2026-12-02 101530)`.
- OneDrive: `-` and the computer's name (`-DESKTOP-4KJ9P2A`, `-MacBook Pro de Charlyne`), then
  `-2`, `-3` for more. Microsoft does not document the form; it is as users have found it.
- Google Drive: ` (1)`, ` (2)`. Google does not document the form either.

A tool not named here is still recognised: any file whose name is an entry's own name with
something added after the id, and that holds the same id, is a copy of that entry. A file name
the user chose themselves ends with no entry's id, and loads as an entry of its own, as before.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from thingsjournal.text.patterns import ID_ALPHABET, ID_LENGTH

SUFFIX = ".toml"
KEEP = ("entry", "copy", "both")  # what the user may keep of a copy as a whole (`JournalStore.settle_copy`)
# Where an own name can end inside a longer name: "-" then an id, then the tool's mark.
_ID_END = re.compile(rf"-[{ID_ALPHABET}]{{{ID_LENGTH}}}(?=.)")
_DATE = r"\d{4}-\d{2}-\d{2}"
_DROPBOX = r" \([^()]*(?:conflicted copy|en conflit|in konflikt|em conflito|conflictiva)[^()]*(?:\(\d+\))?\)"
_TOOLS = (
    ("Syncthing", r"\.sync-conflict-\d{8}-\d{6}(?:-[A-Z2-7]{7})?"),
    ("Nextcloud", rf" \((?:conflicted copy (?:[^()]* )?{_DATE} \d{{6}}|case clash from {_DATE} \d{{6}})\)"),
    ("ownCloud", r"_conflict(?:[-_][^.]*)?-\d{8}-\d{6}"),
    ("Dropbox", rf"(?i:{_DROPBOX})"),
    ("Google Drive", r" \(\d+\)"),
    ("OneDrive", r"-[^.()]+?(?:-\d+)?"),
)


@cache
def _tool_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each tool's mark, compiled when a copy is first named (not at every start-up: every
    listing imports this module)."""
    return tuple((tool, re.compile(mark)) for tool, mark in _TOOLS)


class SyncCopy(NamedTuple):
    """A sync tool's copy of the entry whose own file is `of`."""

    file: str
    of: str

    @property
    def tool(self) -> str:
        """The tool whose naming the copy has ("Dropbox"), or "a sync tool"."""
        mark = self.file[len(self.of) - len(SUFFIX) : -len(SUFFIX)]
        return next((tool for tool, pattern in _tool_patterns() if pattern.fullmatch(mark)), "a sync tool")


def copy_of(name: str, own_names: set[str] | frozenset[str]) -> SyncCopy | None:
    """`name` as a copy of the file in `own_names` whose name it extends, or None. A name
    that is itself in `own_names` is never a copy."""
    if not name.endswith(SUFFIX) or name in own_names:
        return None
    for end in _ID_END.finditer(name, 0, len(name) - len(SUFFIX)):
        own = name[: end.end()] + SUFFIX
        if own in own_names:
            return SyncCopy(name, own)
    return None
