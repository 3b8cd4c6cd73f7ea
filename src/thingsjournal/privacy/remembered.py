"""The privacy check of many entries, each entry's findings remembered between runs.

Checking a 400-word entry takes about 0.15 ms and compiling the check's patterns 17 ms, so every
export of a thousand entries spent most of its time finding again what it found last time. The
findings of each entry are kept in one cache file in the journal's app folder (0600, like the
cache of entries), under a digest of the entry's own texts. The whole file is keyed by what else
the findings depend on: the check itself (a digest of every file of this package, of the text
helpers it uses and of phonenumbers' version), the content packs (the content cache's
fingerprint), the user's fine words and the people they work with. An entry whose texts or any
of those changed is checked again. The file is signed with this computer's secret, so a cache
that is not exactly what the app wrote here (edited, damaged, or synced or copied from another
computer) reads as empty (`files.caches`): a remembered finding is only ever one the check
would make now, and nothing in the journal folder can make it forget one.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thingsjournal.files.caches import read_cache, write_cache
from thingsjournal.files.digests import blake2b
from thingsjournal.journal.entry_cache import FINDINGS_FILE, entry_texts
from thingsjournal.privacy.findings import Finding

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping
    from importlib.resources.abc import Traversable

    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.journal.view import JournalView
    from thingsjournal.privacy.vocabulary import Vocabulary

FORMAT = 1
TEXT_HELPERS = ("__init__.py", "control_chars.py", "pieces.py")  # of thingsjournal.text, which the check imports


def check_entries(
    view: JournalView,
    settings: Mapping[str, object],
    summaries: list[EntrySummary],
    people: Iterable[str],
    secret: bytes,
) -> list[Finding]:
    """Findings in the chosen entries, in their order (`settings` as read, for the fine words;
    `secret`: this computer's, see `files.caches.machine_secret`)."""
    people = list(people)
    fine = settings.get("fine_words")
    key = {
        "format": FORMAT,
        "check": checker_digest(),
        "content": view.index.data.get("fingerprint"),
        "words": blake2b(
            json.dumps([fine if isinstance(fine, list) else [], people]).encode(), digest_size=16
        ).hexdigest(),
    }
    cache_file = view.store.app_dir / FINDINGS_FILE
    kept: dict[str, Any] = read_cache(cache_file, key, secret)
    data = view.entry_data
    vocabulary: Vocabulary | None = None
    found: list[Finding] = []
    changed = False
    for summary in summaries:
        if summary.id not in data:
            continue
        entry = data[summary.id]
        digest = texts_digest(entry)
        record = kept.get(summary.id)
        entry_found = _findings(record, entry["id"]) if isinstance(record, list) and record[:1] == [digest] else None
        if entry_found is None:
            from thingsjournal.privacy.check import check_entry, vocabulary_for

            vocabulary = vocabulary or vocabulary_for(view.index, settings, people)
            entry_found = check_entry(entry, vocabulary)
            kept[summary.id] = [digest, [_as_row(finding) for finding in entry_found]]
            changed = True
        found += entry_found
    in_journal = {entry.id for entry in view.listing.entries}
    gone = [entry_id for entry_id in kept if entry_id not in in_journal]
    for entry_id in gone:
        del kept[entry_id]
    if changed or gone:
        write_cache(cache_file, key, kept, secret)
    return found


def texts_digest(entry: dict[str, Any]) -> str:
    """A digest of every text the check reads in an entry, with the field each is in."""
    digest = blake2b(digest_size=16)
    for field, text in entry_texts(entry):
        digest.update(f"{len(field)}:{field}{len(text)}:".encode())
        digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@cache
def checker_digest() -> str:
    """A digest of the check as installed: every file of this package (its code and word lists),
    the text helpers it imports, and phonenumbers' own `__init__.py` (which holds its version)."""
    digest = blake2b(digest_size=16)
    text = files("thingsjournal.text")
    phones = find_spec("phonenumbers")
    sources = [
        *_tree(files("thingsjournal.privacy")),
        *(text / name for name in TEXT_HELPERS),
        *([Path(phones.origin)] if phones is not None and phones.origin else []),
    ]
    for source in sources:
        content = source.read_bytes()
        digest.update(f"{source.name}:{len(content)}:".encode())
        digest.update(content)
    return digest.hexdigest()


def _tree(folder: Traversable) -> Iterator[Traversable]:
    for child in sorted(folder.iterdir(), key=lambda child: child.name):
        if child.name == "__pycache__":
            continue
        if child.is_dir():
            yield from _tree(child)
        else:
            yield child


def _as_row(finding: Finding) -> list[object]:
    return [finding.kind, finding.text, finding.line, finding.column, finding.why, finding.start, finding.field]


def _findings(record: list[Any], entry_id: str) -> list[Finding] | None:
    """A record's findings, or None unless every row has the shape `_as_row` writes."""
    if len(record) != 2 or not isinstance(record[1], list):
        return None
    found = []
    for row in record[1]:
        if not (isinstance(row, list) and len(row) == 7):
            return None
        kind, text, line, column, why, start, field = row
        if not (
            all(isinstance(value, str) for value in (kind, text, why, field))
            and all(type(value) is int for value in (line, column, start))
        ):
            return None
        found.append(Finding(kind, text, line, column, why, start, entry=entry_id, field=field))
    return found
