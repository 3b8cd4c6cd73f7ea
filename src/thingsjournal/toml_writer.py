"""A small TOML writer for journal entries: one level of tables, strings, numbers, dates, lists.

tomli-w escapes strings one character at a time in Python, which takes tens of milliseconds
for a long statement and holds the interpreter while the app is typing. This writer escapes
with whole-string operations, keeps quotes and apostrophes readable, and writes long text as
multi-line strings; tests prove tomllib reads back exactly what was written.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
# Control characters TOML cannot hold raw (tab may stand raw; newline only in multi-line strings).
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_CONTROL_MULTILINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# A quote that would start a run of three, or that would touch the closing delimiter.
_QUOTE_RUN = re.compile(r'"(?="")|"$')


def dumps(document: dict[str, Any]) -> str:
    """The document as TOML: top-level values first, then each table."""
    lines = [f"{_key(key)} = {_value(value)}" for key, value in document.items() if not isinstance(value, dict)]
    for name, table in document.items():
        if isinstance(table, dict):
            lines += ["", f"[{_key(name)}]"]
            lines += [f"{_key(key)} = {_value(value)}" for key, value in table.items()]
    return "\n".join(lines) + "\n"


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _basic(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _multiline(value) if "\n" in value else _basic(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML here")


def _unicode_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04X}"


def _basic(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + _CONTROL.sub(_unicode_escape, escaped) + '"'


def _multiline(text: str) -> str:
    escaped = _CONTROL_MULTILINE.sub(_unicode_escape, text.replace("\\", "\\\\"))
    return '"""\n' + _QUOTE_RUN.sub('\\\\"', escaped) + '"""'
