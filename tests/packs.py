"""Writing small content packs for tests: a valid one, and ways to break it."""

from __future__ import annotations

import json
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


FILLED_THING = """\
number = 1
slug = "filled"
title = {text}
summary = {text}
introduction = {text}
capabilities = ["odd"]

[[steps]]
id = "read"
kind = "read"
text = {text}

[[steps.resources]]
title = {text}

[[prompts]]
id = "question"
question = {text}
hint = {text}

[statement]
min_words = 10
task = {text}
covers = ["question"]
"""

FILLED_FRAMEWORK = """\
id = "odd-capabilities"
kind = "capabilities"
title = {text}
source = "tests"

[[capabilities]]
id = "odd"
name = {text}
subs = [{{ id = "odd-sub", name = {text} }}]
"""


def write_filled_pack(root: Path, text: str) -> Path:
    """A content folder whose Thing and capabilities framework hold `text` in every field a person
    reads (title, summary, steps, resources, prompts, the task, capability names)."""
    quoted = json.dumps(text)  # a JSON string is a valid TOML basic string
    pack = write_pack(root, {"thing-01.toml": FILLED_THING.format(text=quoted)})
    (pack / "frameworks").mkdir()
    (pack / "frameworks" / "odd.toml").write_text(FILLED_FRAMEWORK.format(text=quoted), encoding="utf-8")
    return pack
