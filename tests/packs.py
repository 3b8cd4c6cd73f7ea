"""Writing small content packs for tests: a valid one, and ways to break it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

PROGRAMME = """\
id = "org-induction"
title = "Our induction programme"
publisher = "An ELC organisation"
licence = "All rights reserved"
attribution = "Written by an ELC organisation for its own staff"
"""

THING = """\
number = {number}
slug = "thing-{number}"
title = "Welcome {number}"
summary = "What this Thing is about."
capabilities = ["vision"]

[[steps]]
id = "read-policy"
kind = "read"
text = "Read the policy."

[[prompts]]
id = "what-learned"
question = "What did you learn?"
heading = "do"

[statement]
min_words = 150
task = "Write about what you learned."
covers = ["what-learned"]
"""


def write_pack(root: Path, things: dict[str, str] | None = None, programme: str = PROGRAMME) -> Path:
    """A content folder holding one programme; `things` maps file names to their TOML text."""
    folder = root / "org-induction"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "programme.toml").write_text(programme, encoding="utf-8")
    for name, text in (things if things is not None else {"thing-01.toml": THING.format(number=1)}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return root
