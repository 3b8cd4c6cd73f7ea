"""A small TOML writer for journal entries: tables, arrays of tables, strings, numbers, dates, lists.

tomli-w escapes strings one character at a time in Python, which takes tens of milliseconds
for a long statement and holds the interpreter while the app is typing. This writer escapes
with whole-string operations, keeps quotes and apostrophes readable, and writes long text as
multi-line strings; tests prove tomllib reads back exactly what was written.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
# Control characters TOML cannot hold raw (tab may stand raw; newline only in multi-line strings),
# and C1, which TOML allows but a terminal showing the file (`cat`) may obey.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")
_CONTROL_MULTILINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# A quote that would start a run of three, or that would touch the closing delimiter.
_QUOTE_RUN = re.compile(r'"(?="")|"$')
_SEQUENCES = (list, tuple)  # as tuples, not `list | tuple`, which makes a union at every look
_DATES = (datetime, date)


def dumps(document: dict[str, Any]) -> str:
    """The document as TOML: each table's values first, then its tables and arrays of tables."""
    lines: list[str] = []
    _table(lines, (), document)
    return "\n".join(lines).lstrip("\n") + "\n"


def _table(lines: list[str], path: tuple[str, ...], table: dict[str, Any], header: str = "[{}]") -> None:
    if path:
        lines += ["", header.format(".".join(_key(part) for part in path))]
    nested: list[tuple[str, Any, str]] = []  # each value looked at once: an entry is saved at every pause
    for key, value in table.items():
        if isinstance(value, dict):
            nested.append((key, [value], "[{}]"))
        elif isinstance(value, _SEQUENCES) and value and all(isinstance(item, dict) for item in value):
            nested.append((key, value, "[[{}]]"))
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    for key, tables, table_header in nested:
        for item in tables:
            _table(lines, (*path, key), item, table_header)


@lru_cache(maxsize=4096)
def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _basic(key)


def _value(value: Any) -> str:
    if isinstance(value, str):
        return _remembered(value) if len(value) <= REMEMBERED_UP_TO else _string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, _DATES):
        return value.isoformat()
    if isinstance(value, _SEQUENCES):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML here")


def _unicode_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04X}"


def _string(text: str) -> str:
    return _multiline(text) if "\n" in text else _basic(text)


# A text unchanged since the last save (most of an entry's) is written as it was. A long one is
# written afresh each time: hashing it costs what escaping it does, and 256 of them kept, each
# autosave's, would be megabytes.
REMEMBERED_UP_TO = 4096  # characters
_remembered = lru_cache(maxsize=256)(_string)


def _basic(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    if not escaped.isprintable():  # a printable text holds no control character: most skip the pattern
        escaped = _CONTROL.sub(_unicode_escape, escaped)
    return '"' + escaped + '"'


def _multiline(text: str) -> str:
    escaped = text.replace("\\", "\\\\")
    if not escaped.replace("\n", "").isprintable():
        escaped = _CONTROL_MULTILINE.sub(_unicode_escape, escaped)
    if '"' in escaped:
        escaped = _QUOTE_RUN.sub('\\\\"', escaped)
    return '"""\n' + escaped + '"""'
