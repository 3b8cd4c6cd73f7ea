"""A quiet line that says whether the text is saved, and why not when it is not."""

from __future__ import annotations

from datetime import datetime

from thingsjournal.tui.widgets.steady_label import SteadyLabel


class SaveIndicator(SteadyLabel):
    DEFAULT_CSS = """
    SaveIndicator { width: auto; color: $text-muted; padding: 0 1; }
    SaveIndicator.-failed { color: $error; text-style: bold; }
    """

    def show_state(self, state: str, detail: str = "") -> None:
        labels = {
            "idle": "new: saved as you write",
            "stored": "✓ saved",
            "editing": "● not saved yet",
            "saving": "… saving",
            "saved": f"✓ saved {datetime.now():%H:%M}",
            "failed": f"✗ not saved: {detail}",
        }
        self.set_class(state == "failed", "-failed")
        self.show(labels[state])
