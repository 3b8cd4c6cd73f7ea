"""One line from what someone wrote: its first sentence, for a summary a verifier reads in a
minute. Only the start of a text is looked at, so a very long entry costs no more than a short one."""

from __future__ import annotations

import re

LONGEST = 40  # words: a first sentence longer than this is cut, with "…"
_LOOKED_AT = 4000  # characters
_END = re.compile(r"(?<=[.!?])[\"')\]’”]*\s")


def first_sentence(text: str) -> str:
    """The first sentence of the first paragraph with words in it, on one line."""
    start = text[:_LOOKED_AT].strip()
    paragraph = next((part for part in re.split(r"\n\s*\n", start) if part.strip()), "")
    found = _END.search(paragraph + " ")
    words = paragraph[: found.end() if found else len(paragraph)].split()
    return " ".join(words[:LONGEST]) + ("…" if len(words) > LONGEST else "")
