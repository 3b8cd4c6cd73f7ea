"""A quiet line that says whether the text is saved, and why not when it is not."""

from __future__ import annotations

from datetime import datetime

from thingsjournal.tui.widgets.steady_label import SteadyLabel

LABELS = {
    "idle": "new: saved as you write",
    "stored": "✓ saved",
    "editing": "● not saved yet",
    "saving": "… saving",
}


class SaveIndicator(SteadyLabel):
    DEFAULT_CSS = """
    SaveIndicator { width: auto; color: $text-muted; padding: 0 1; }
    SaveIndicator.-failed { color: $error; text-style: bold; }
    """

    def show_state(self, state: str, detail: str = "") -> None:
        """Every key shows "editing": only the state asked for is worded."""
        if state == "saved":
            label = f"✓ saved {datetime.now():%H:%M}"
        elif state == "failed":
            label = f"✗ not saved: {detail}"
        else:
            label = LABELS[state]
        self.set_class(state == "failed", "-failed")
        self.show(label)
