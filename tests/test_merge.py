"""Merging an entry and a sync tool's copy of it paragraph by paragraph (`journal.merge`):
choosing the entry everywhere gives the entry's texts, the copy everywhere the copy's, and both
everywhere keeps every paragraph of each; settling with a merge loses no word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given, settings
from hypothesis import strategies as st

from thingsjournal.journal.entry_cache import entry_texts
from thingsjournal.journal.merge import PARAGRAPH, hunks, merged

if TYPE_CHECKING:
    from pathlib import Path

PARAGRAPHS = st.lists(st.sampled_from(["One.", "Two words.", "Three here.", "", "Four\nlines.", " "]), max_size=6)
TEXT = PARAGRAPHS.map(PARAGRAPH.join)


def _reflection(statement: str, answer: str, heading: str | None) -> dict[str, object]:
    data: dict[str, object] = {
        "kind": "reflection",
        "id": "7hb9pq4q",
        "statement": statement,
        "answers": {"vision-meaning": answer},
        "headings": {},
    }
    if heading is not None:
        data["headings"] = {"inputs": heading}
    return data


@settings(max_examples=300)
@given(TEXT, TEXT, TEXT, TEXT, st.none() | TEXT)
def test_the_choices_give_each_side_or_every_paragraph(
    ours: str, theirs: str, answer: str, other: str, heading
) -> None:
    entry, copy = _reflection(ours, answer, None), _reflection(theirs, other, heading)
    found = hunks(entry, copy)
    texts = lambda data: {name: text for name, text in entry_texts(data) if text}  # noqa: E731
    assert texts(merged(entry, copy, ["entry"] * len(found))) == texts(entry)
    assert texts(merged(entry, copy, ["copy"] * len(found))) == texts(copy)
    both = texts(merged(entry, copy, ["both"] * len(found)))
    for side in (entry, copy):
        for name, text in texts(side).items():
            for paragraph in text.split(PARAGRAPH):
                assert paragraph in both.get(name, "").split(PARAGRAPH)


def test_each_hunk_says_where_and_what_each_side_holds() -> None:
    entry = _reflection("Same.\n\nAt work.\n\nEnd.", "Kept.", None)
    copy = _reflection("Same.\n\nAt home.\n\nEnd.\n\nAdded.", "Kept.", "Time.")
    found = hunks(entry, copy)
    assert [(h.field, h.paragraph, h.entry, h.copy) for h in found] == [
        ("statement", 2, ("At work.",), ("At home.",)),
        ("statement", 4, (), ("Added.",)),
        ("heading.inputs", 1, ("",), ("Time.",)),
    ]
    chosen = merged(entry, copy, ["copy", "entry", "both"])
    assert chosen["statement"] == "Same.\n\nAt home.\n\nEnd."
    assert chosen["headings"] == {"inputs": "\n\nTime."}


def test_settling_with_a_merge_keeps_every_word(tmp_path: Path) -> None:
    from journal_helpers import load_as, reflection, saved

    from thingsjournal.journal.entries import Reflection
    from thingsjournal.journal.store import JournalStore
    from thingsjournal.journal.sync_compare import copy_data

    folder = tmp_path / "journal"
    entry = saved(folder, reflection(5, "Same.\n\nAt work.\n\nEnd."))[0]
    own = next(folder.glob("*.toml"))
    own.with_name(own.stem + " (1).toml").write_text(own.read_text().replace("At work.", "At home."))
    store = JournalStore(folder)
    (copy,) = store.listing().copies[entry.id]
    data, theirs = store.load(entry.id).model_dump(mode="json", by_alias=True), copy_data(folder, copy)
    said = store.settle_copy(copy, "merge", merged(data, theirs, ["both"]))
    assert "paragraphs chosen" in said
    assert load_as(store, entry.id, Reflection).statement == "Same.\n\nAt work.\n\nAt home.\n\nEnd."
    versions = "".join(path.read_text() for path in store.versions_folder(entry.id).glob("*.toml"))
    assert "At work.\n\nEnd." in versions and "At home.\n\nEnd." in versions  # both texts before
    assert store.listing().copies == {}
