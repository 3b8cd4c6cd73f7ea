"""Counts in words: "1 entry", "2 entries", never "1 entries"."""

from __future__ import annotations


def counted(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"
