"""The baseline: a bare Textual app with one TextArea, optionally holding a text file."""

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import TextArea


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        text = (
            Path(sys.argv[1]).read_text(encoding="utf-8")
            if len(sys.argv) > 1
            else "The cursor starts on this line.\nbaseline ready"
        )
        yield TextArea(text, soft_wrap=True)


if __name__ == "__main__":
    Bare().run()
