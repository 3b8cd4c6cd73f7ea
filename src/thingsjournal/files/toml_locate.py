"""Finding the line of a field in a TOML file, so that a problem can say where to look.

Best effort and line based: it understands the plain layout content and journal files use
(top-level keys, `[table]` and `[[array.of.tables]]` headers), and answers None when unsure.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\s]+?)\s*\]\]?\s*(#.*)?$")


def _key_line(key: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*{re.escape(key)}\s*=")


def line_of(text: str, loc: tuple[str | int, ...]) -> int | None:
    """The 1-based line where the field at `loc` (as pydantic reports it) is written."""
    lines = text.removeprefix("\ufeff").splitlines()
    table: str = ""
    best: int | None = None
    counts: dict[str, int] = {}
    wanted_table, wanted_index, wanted_key = _split(loc)
    for number, line in enumerate(lines, start=1):
        header = _HEADER.match(line)
        if header:
            table = header.group(2).replace(" ", "")
            if header.group(1) == "[[":
                counts[table] = counts.get(table, 0) + 1
            if table == wanted_table and (wanted_index is None or counts.get(table, 0) == wanted_index + 1):
                best = number
            continue
        in_wanted = table == wanted_table and (wanted_index is None or counts.get(table, 0) == wanted_index + 1)
        if in_wanted and wanted_key and _key_line(wanted_key).match(line):
            return number
        if not table and loc and isinstance(loc[0], str) and _key_line(loc[0]).match(line):
            best = best or number
    return best


def _split(loc: tuple[str | int, ...]) -> tuple[str, int | None, str | None]:
    """Split a location into (table path, index within an array of tables, key)."""
    names: list[str] = []
    index: int | None = None
    for position, part in enumerate(loc):
        if isinstance(part, int):
            index = part
            rest = [p for p in loc[position + 1 :] if isinstance(p, str)]
            return ".".join(names), index, rest[0] if rest else None
        names.append(part)
    if len(names) == 1:
        return "", None, names[0]
    return ".".join(names[:-1]), None, names[-1] if names else None
