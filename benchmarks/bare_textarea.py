"""The baseline: a bare Textual app with one TextArea, optionally holding a text file."""

import sys

from textual.app import App, ComposeResult
from textual.widgets import TextArea


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        text = open(sys.argv[1], encoding="utf-8").read() if len(sys.argv) > 1 else "The cursor starts on this line.\nbaseline ready"
        yield TextArea(text, soft_wrap=True)


if __name__ == "__main__":
    Bare().run()
