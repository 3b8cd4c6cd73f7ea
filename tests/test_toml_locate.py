"""Problems point at the right line of a TOML file."""

from __future__ import annotations

from thingsjournal.files.toml_locate import line_of

TEXT = """\
number = 3
title = "x"

[[steps]]
id = "a"

[[steps]]
id = "b"
kind = "read"

[statement]
task = "write"
"""


def test_top_level_key() -> None:
    assert line_of(TEXT, ("title",)) == 2


def test_key_in_the_second_of_an_array_of_tables() -> None:
    assert line_of(TEXT, ("steps", 1, "kind")) == 9
    assert line_of(TEXT, ("steps", 0, "id")) == 5


def test_missing_key_points_at_its_table() -> None:
    assert line_of(TEXT, ("steps", 0, "kind")) == 4
    assert line_of(TEXT, ("statement", "min_words")) == 11


def test_key_in_a_table() -> None:
    assert line_of(TEXT, ("statement", "task")) == 12


def test_unknown_place() -> None:
    assert line_of(TEXT, ("summary",)) is None
