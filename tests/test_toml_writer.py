"""The entry TOML writer: whatever it writes, tomllib reads back exactly."""

from __future__ import annotations

import tomllib
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thingsjournal.files.toml_writer import dumps

texts = st.text(st.characters(blacklist_categories=["Cs"]))


@settings(max_examples=500)
@given(texts, texts)
def test_any_string_and_key_round_trip(key: str, text: str) -> None:
    document = {"plain": text, "table": {key or "k": text, "other": text + "\n" + text}}
    assert tomllib.loads(dumps(document)) == document


@given(st.lists(st.sampled_from(['"', "\\", "\n", "a", "'", "\r", "\t", "\x00"]), max_size=12).map("".join))
def test_quotes_backslashes_and_newlines_in_every_order(text: str) -> None:
    assert tomllib.loads(dumps({"s": text, "m": "\n" + text}))["s"] == text


def test_values_of_every_kind() -> None:
    moment = datetime(2026, 11, 24, 8, 15, 59, tzinfo=timezone(timedelta(hours=1)))
    document = {
        "schema": 1,
        "done": True,
        "created": moment,
        "learning_date": date(2026, 11, 23),
        "tags": ["vision", "self-leadership"],
        "empty": [],
        "answers": {"what-happened": "line one\nline two", "with space": "x"},
    }
    assert tomllib.loads(dumps(document)) == document


def test_long_text_is_readable() -> None:
    written = dumps({"statement": 'She said "yes" and it\'s done.\nSecond line.'})
    assert written == 'statement = """\nShe said "yes" and it\'s done.\nSecond line."""\n'


def test_unsupported_values_are_refused() -> None:
    with pytest.raises(TypeError):
        dumps({"x": 1.5})


@pytest.mark.parametrize("code", [*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)])
def test_every_control_character_is_written_escaped_never_raw(code: int) -> None:
    """A terminal showing the file (`cat`) must not obey what a text holds: C0 (tab aside, and
    newline in long text), DEL and C1 are written as \\uXXXX, in short text and in long."""
    character = chr(code)
    written = dumps({"short": f"a{character}b", "long": f"a\n{character}b"})
    assert character not in written
    assert tomllib.loads(written) == {"short": f"a{character}b", "long": f"a\n{character}b"}
