"""Content text is written in TOML with hard line breaks; screens and exports reflow it.

Paragraphs are separated by blank lines; a line that starts a list item (`- `, `• `, `* ` or
`1. `) starts a new line; every other line break inside a paragraph becomes a space.
"""

from __future__ import annotations

import re

_ITEM = re.compile(r"^\s*(?:[-•*]\s|\d+[.)]\s)")


def reflow(text: str) -> str:
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        for line in block.splitlines():
            if lines and not _ITEM.match(line):
                lines[-1] = f"{lines[-1]} {line.strip()}"
            else:
                lines.append(line.rstrip() if _ITEM.match(line) else line.strip())
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)
