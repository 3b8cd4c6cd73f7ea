"""Two texts of one entry (the entry's own and a sync tool's copy of it) merged paragraph by
paragraph: where they differ, the user keeps the entry's paragraphs, the copy's, or both.

Paragraphs are the runs of text between blank lines. Each text field is compared on its own
(`entry_cache.entry_texts` names them); everything that is not text (dates, ticks, tags) stays
as the entry has it. Choosing the entry's paragraph everywhere gives back the entry's text
exactly, and the copy's everywhere the copy's.
"""

from __future__ import annotations

import copy as copying
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from thingsjournal.journal.entry_cache import entry_texts

if TYPE_CHECKING:
    from collections.abc import Sequence

    from thingsjournal.journal.entry_cache import Data

PARAGRAPH = "\n\n"
CHOICES = ("entry", "copy", "both")  # both: the entry's paragraphs, then the copy's


@dataclass(frozen=True)
class Hunk:
    """Paragraphs of one field where the entry and the copy differ; `paragraph` counts from 1
    in the entry's text, for saying where."""

    field: str
    paragraph: int
    entry: tuple[str, ...]
    copy: tuple[str, ...]


def _fields(entry: Data, copy: Data) -> list[tuple[str, str, str]]:
    """Each text field that differs: its name, the entry's text and the copy's."""
    ours, theirs = dict(entry_texts(entry)), dict(entry_texts(copy))
    names = [*ours, *(name for name in theirs if name not in ours)]
    return [
        (name, ours.get(name, ""), theirs.get(name, "")) for name in names if ours.get(name, "") != theirs.get(name, "")
    ]


def _opcodes(ours: list[str], theirs: list[str]) -> Sequence[tuple[str, int, int, int, int]]:
    return SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes()


def hunks(entry: Data, copy: Data) -> list[Hunk]:
    """Every place, field by field, where the copy's paragraphs differ from the entry's."""
    found = []
    for name, ours, theirs in _fields(entry, copy):
        mine, other = ours.split(PARAGRAPH), theirs.split(PARAGRAPH)
        for tag, i1, i2, j1, j2 in _opcodes(mine, other):
            if tag != "equal":
                found.append(Hunk(name, i1 + 1, tuple(mine[i1:i2]), tuple(other[j1:j2])))
    return found


def merged(entry: Data, copy: Data, choices: Sequence[str]) -> Data:
    """The entry's data with each differing field's text made of the paragraphs chosen: one
    choice for each of `hunks(entry, copy)`, in order."""
    result = copying.deepcopy(dict(entry))
    chosen = iter(choices)
    for name, ours, theirs in _fields(entry, copy):
        mine, other = ours.split(PARAGRAPH), theirs.split(PARAGRAPH)
        paragraphs: list[str] = []
        for tag, i1, i2, j1, j2 in _opcodes(mine, other):
            if tag == "equal":
                paragraphs += mine[i1:i2]
                continue
            choice = next(chosen)
            paragraphs += (mine[i1:i2] if choice != "copy" else []) + (other[j1:j2] if choice != "entry" else [])
        _set_text(result, name, PARAGRAPH.join(paragraphs))
    return result


def _set_text(data: dict[str, Any], name: str, text: str) -> None:
    """Put `text` where `entry_texts` found the field `name` (a field the entry lacks is made,
    where it can be: an answer, a heading's note; a badge event or an action it lacks cannot,
    and keeps the entry's)."""
    part, _, rest = name.partition(".")
    tables = {"prompt": "answers", "heading": "headings"}
    if part in tables:
        data.setdefault(tables[part], {})[rest] = text
    elif part == "standing":
        data.setdefault("standings", {}).setdefault(rest, {})["evidence"] = text
    elif part in ("badge", "action"):
        number, _, field = rest.partition(".")
        if part == "badge" and number == "notes":
            data["badge"] = {**(data.get("badge") or {"events": []}), "notes": text}
            return
        items = (data.get("badge") or {}).get("events", []) if part == "badge" else data.get("actions", [])
        if number.isdigit() and 0 < int(number) <= len(items):
            items[int(number) - 1][field] = text
    else:
        data[name] = text
