"""Every word round-trips through a journal file exactly: line endings become "\\n" and trailing
whitespace at the very end goes, and nothing else changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from journal_helpers import load_as

from thingsjournal.journal.entries import LearningRecord, Reflection, normalise_text
from thingsjournal.journal.store import JournalStore

if TYPE_CHECKING:
    from pathlib import Path

any_text = st.text(st.characters(blacklist_categories=["Cs"]))

NAMED = {
    "triple double quotes": 'He said """hello""" and left "',
    "triple single quotes": "It's '''quoted''' here '",
    "backslashes": "C:\\Users\\me\\new \\n not a newline \\",
    "tabs": "\tindented\twith\ttabs",
    "crlf": "first line\r\nsecond line\r\n\r\nthird",
    "lone cr": "old mac\rline endings",
    "emoji": "Great day 🙂👩‍👧‍👦 with the children 🌈",
    "right to left": "مرحبا بالعالم and שלום",
    "combining": "e\u0301cole, n\u0303, Z\u0351\u0352",
    "looks like toml": 'schema = 99\n[answers]\nkind = "learning"\n[[steps]]',
    "looks like markdown": "# Heading\n---\n* bullet\n> quote\n```code```\n<script>alert(1)</script>",
    "looks like rich markup": "[bold]not bold[/bold] [/ oops [link=x]todo [x] done",
    "control characters": "null\x00 bell\x07 escape\x1b[31m del\x7f form\x0c feed",
    "leading whitespace kept": "   indented first line\n\n  and more",
    "unicode line separators": "a\u2028b\u2029c\x85d",
}


def _save_and_reload(folder: Path, text: str) -> tuple[Reflection, Reflection]:
    store = JournalStore(folder)
    entry = Reflection(
        programme="sssc-23-things-elc",
        thing=3,
        statement=text,
        answers={"q": text},
        headings={"need": text},
        summary=text,
        topics=("trauma",),
    )
    saved = store.save(entry).entry
    assert isinstance(saved, Reflection)
    return saved, load_as(JournalStore(folder), saved.id, Reflection)


@pytest.mark.parametrize("name", NAMED)
def test_named_texts_round_trip(name: str, tmp_path: Path) -> None:
    text = NAMED[name]
    saved, loaded = _save_and_reload(tmp_path / "journal", text)
    expected = text.replace("\r\n", "\n").replace("\r", "\n").rstrip()
    assert loaded.statement == expected
    assert loaded.answers["q"] == expected and loaded.headings["need"] == expected == loaded.summary
    assert loaded == saved


def test_trailing_whitespace_only_at_the_very_end(tmp_path: Path) -> None:
    _, loaded = _save_and_reload(tmp_path / "journal", "line one   \nline two\t \n\n \n")
    assert loaded.statement == "line one   \nline two"


def test_a_hundred_thousand_words(tmp_path: Path) -> None:
    paragraph = " ".join(f"word{i}" for i in range(120))
    text = "\n\n".join([paragraph] * 834)
    _, loaded = _save_and_reload(tmp_path / "journal", text)
    assert loaded.statement == text
    assert loaded.words() == 100_080


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=any_text)
def test_any_text_round_trips(tmp_path: Path, text: str) -> None:
    store = JournalStore(tmp_path / "journal")
    record = LearningRecord(title=text or "x", learned=text, practice=text, activity=text, summary=text)
    saved = store.save(record).entry
    loaded = load_as(JournalStore(tmp_path / "journal"), saved.id, LearningRecord)
    assert loaded.learned == normalise_text(text) == loaded.practice == loaded.summary
    assert loaded == saved
