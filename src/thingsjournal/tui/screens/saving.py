"""What the app asks of a screen that saves as the user goes (an entry, the settings): to save
now, before the app stops or exports, and to keep what could not be saved."""

from __future__ import annotations

from textual.screen import Screen


class SavingScreen(Screen[None]):
    def flush(self) -> str | None:
        """Save now, on this thread; the reason it failed, or None."""
        raise NotImplementedError

    def keep_unsaved(self) -> str | None:
        """Keep what could not be saved, as the app must stop; a line saying where, or None when
        nothing is lost."""
        return None
