"""Control characters in data, and the visible stand-ins every display and export shows instead.

A pack, an entry, a file name or a paste can hold C0 controls, DEL or C1 controls, and so ESC:
written raw to a terminal they set its title, make links, or put text on its clipboard. Files
keep them exactly as written; whatever reaches a screen or an export shows a stand-in (a C0
control's picture, such as ␛ for ESC; ␡ for DEL; U+FFFD for C1), one character for one, so a
column in the text is the same column on the screen. Tab and newline are text, and stay.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # as typing's, without importing typing: `--help` imports this module
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_STAND_INS = {
    **{code: 0x2400 + code for code in range(0x20) if chr(code) not in "\t\n"},
    0x7F: 0x2421,
    **dict.fromkeys(range(0x80, 0xA0), 0xFFFD),
}


def shown(text: str) -> str:
    """`text` with each control character replaced by its stand-in (the same string if none)."""
    return text.translate(_STAND_INS) if CONTROL.search(text) else text


def stand_in(character: str) -> str:
    return chr(_STAND_INS[ord(character)])


def describe(character: str) -> str:
    """What a message calls one: 'a control character (U+001B, shown as ␛)'."""
    return f"a control character (U+{ord(character):04X}, shown as {stand_in(character)})"


def controls_in(data: Any, loc: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Where parsed TOML or JSON holds control characters: each string's place and its first
    control character (a key holding one is reported at its own place)."""
    if isinstance(data, str):
        found = CONTROL.search(data)
        if found:
            yield loc, found.group()
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from controls_in(key, (*loc, key))
            yield from controls_in(value, (*loc, key))
    elif isinstance(data, list | tuple):
        for index, value in enumerate(data):
            yield from controls_in(value, (*loc, index))


def shown_data(data: Any) -> Any:
    """Parsed data with every string (key or value) shown."""
    if isinstance(data, str):
        return shown(data)
    if isinstance(data, dict):
        return {shown(key): shown_data(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [shown_data(value) for value in data]
    return data


def terminal_json(data: Any) -> str:
    """JSON for a script that may be read on a terminal: the data exact, and no raw control
    character (json escapes C0 itself; DEL and C1 are written as \\u escapes too)."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=2)
    return CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
