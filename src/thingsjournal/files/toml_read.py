"""Parsing TOML that anyone may have written. tomllib recurses once per level of nesting, so a
kilobyte of `[[[[...` raises RecursionError: that is one bad file, to be named and left alone,
never a crash of every command."""

from __future__ import annotations

import tomllib
from typing import Any


class NestedTooDeeply(ValueError):
    """A TOML file nested deeper than Python can parse."""


def loads(text: str) -> dict[str, Any]:
    """The TOML in `text`, after any byte-order mark (Notepad writes one; TOML has no place for it)."""
    try:
        return tomllib.loads(text.removeprefix("\ufeff"))
    except RecursionError:
        raise NestedTooDeeply("lists or tables nested too deeply to read") from None


TOML_ERRORS = (tomllib.TOMLDecodeError, NestedTooDeeply)
