"""Search finds every word the user wrote, in any field, whatever its case, and its cache of
texts is never trusted over the files."""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from journal_helpers import indexed_store, reflection, saved

from thingsjournal.journal.entries import Badge, BadgeEvent, LearningRecord
from thingsjournal.journal.entry_cache import ENTRIES_FILE, MAGIC
from thingsjournal.journal.filter import EntryFilter, haystacks, select
from thingsjournal.journal.search import fold, load_texts, matches, query_words, searchable_text
from thingsjournal.journal.store import JournalStore
from thingsjournal.session import Session

if TYPE_CHECKING:
    from pathlib import Path

words = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "S")), min_size=1, max_size=12)


@given(
    before=st.lists(words, max_size=5),
    word=words,
    after=st.lists(words, max_size=5),
    field=st.sampled_from(["statement", "answer", "heading", "feedback", "notes"]),
)
@settings(max_examples=200, deadline=None)
def test_any_word_written_in_any_field_is_found_in_any_case(
    before: list[str], word: str, after: list[str], field: str
) -> None:
    text = " ".join([*before, word, *after])
    fields: dict[str, dict[str, Any]] = {
        "statement": {"statement": text},
        "answer": {"answers": {"p1": text}},
        "heading": {"headings": {"do": text}},
        "feedback": {"badge": Badge(events=(BadgeEvent(event="declined", date=date(2026, 11, 2), feedback=text),))},
        "notes": {"badge": Badge(notes=text)},
    }
    entry = reflection(1, **({"statement": ""} | fields[field])).model_dump(mode="json")
    assert matches(searchable_text(entry), query_words(f"  {word}  "))
    for other_case in (word.upper(), word.swapcase()):
        if fold(other_case) == fold(word):  # not so for a few letters, such as the dotless ı
            assert matches(searchable_text(entry), query_words(other_case))


def test_a_search_needs_every_word_and_curly_quotes_match_straight_ones() -> None:
    record = LearningRecord(
        title="Makaton course", activity="Course", learned="Signing what\u2019s on the menu", practice="Use at lunch"
    )
    text = searchable_text(record.model_dump(mode="json"))
    assert matches(text, query_words("makaton LUNCH"))
    assert matches(text, query_words("what's"))
    assert not matches(text, query_words("makaton dinner"))
    assert fold("\u201cQuoted\u201d") == '"quoted"'


def test_texts_are_cached_and_read_again_when_a_file_changes(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    first, second = saved(journal, reflection(1, "apples"), LearningRecord(title="Pears"))
    store = indexed_store(journal)
    cache = store.app_dir / ENTRIES_FILE
    assert load_texts(store.listing(), cache) == {first.id: "apples", second.id: "pears"}
    assert cache.stat().st_mode & 0o777 == 0o600
    # A cached entry is used while the file is unchanged (no file is parsed again)...
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("thingsjournal.journal.entries.read_entry", lambda *args: pytest.fail("a file was parsed again"))
        assert load_texts(store.listing(), cache)[first.id] == "apples"
    # ...but never once edited: it is not what the app wrote, so the files are read again.
    damaged = bytearray(cache.read_bytes())
    damaged[len(MAGIC) + 5] ^= 0xFF  # a byte of the first record
    cache.write_bytes(bytes(damaged))
    assert load_texts(store.listing(), cache)[first.id] == "apples"
    # ...and read again once the file changes; a file that is gone is dropped.
    store.save(store.load(first.id).model_copy(update={"statement": "Oranges now"}))
    store.delete(second.id)
    assert load_texts(store.listing(), cache) == {first.id: "oranges now"}


def test_a_broken_cache_is_rebuilt(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    [entry] = saved(journal, reflection(1, "kept"))
    store = JournalStore(journal)
    cache = store.app_dir / ENTRIES_FILE
    for broken in (
        "{ not json",
        '{"format": 1, "files": []}',
        '{"format": 99}',
        "[1, 2]",
        '{"format": 1, "files": {"x.toml": [1]}}',
    ):
        cache.write_text(broken)
        assert load_texts(store.listing(), cache) == {entry.id: "kept"}


def test_an_unwritable_cache_only_costs_speed(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    [entry] = saved(journal, reflection(1, "still found"))
    store = JournalStore(journal)
    os.chmod(store.app_dir, 0o500)
    try:
        assert load_texts(store.listing(), store.app_dir / ENTRIES_FILE) == {entry.id: "still found"}
    finally:
        os.chmod(store.app_dir, 0o700)


def test_filters_combine_and_the_newest_comes_first(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    old, new, record = saved(
        journal,
        reflection(
            5, "vision work", learning_date=date(2025, 1, 10), sub_capabilities=("thinking-and-planning-strategically",)
        ),
        reflection(5, "more vision", learning_date=date(2026, 3, 1)),
        LearningRecord(
            title="Vision day", learning_date=date(2026, 2, 1), elements=("leadership-and-quality-assurance",)
        ),
    )
    session = Session.open(journal)
    entries = session.listing.entries
    searched = haystacks(session.view, entries, load_texts(session.listing, None))

    def ids(**chosen: object) -> list[str]:
        return [entry.id for entry in select(session.view, entries, searched, EntryFilter(**chosen))]  # type: ignore[arg-type]

    assert ids() == [new.id, record.id, old.id]
    assert ids(text="vision") == [new.id, record.id, old.id]
    assert ids(text="vision", thing=5) == [new.id, old.id]
    assert ids(thing="learning") == [record.id]
    assert ids(element="leadership-and-quality-assurance") == [record.id]
    assert ids(since=date(2026, 1, 1), until=date(2026, 2, 1)) == [record.id]
    assert ids(status="draft", text="work") == [old.id]
    assert ids(capability="vision") == [old.id]  # through its sub-capability


def test_an_entry_too_large_for_the_cache_does_not_make_it_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It is read from its file each time; the cache of the others stays as it was."""
    from thingsjournal.journal import entry_cache

    journal = tmp_path / "journal"
    small, large = saved(journal, reflection(1, "apples"), reflection(2, "pears " * 200))
    monkeypatch.setattr(
        entry_cache, "LARGEST_CACHED", (journal / JournalStore(journal).listing().entries[0].file).stat().st_size + 200
    )
    store = JournalStore(journal)
    cache = store.app_dir / ENTRIES_FILE
    assert load_texts(store.listing(), cache) == {small.id: "apples", large.id: ("pears " * 200).strip()}
    written = cache.stat()
    assert load_texts(store.listing(), cache)[large.id].startswith("pears pears")
    again = cache.stat()
    assert (again.st_ino, again.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
