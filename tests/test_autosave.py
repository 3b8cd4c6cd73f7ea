"""The Autosaver: saves in order off the UI thread, and a flush knows what the worker saved."""

from __future__ import annotations

import threading

from thingsjournal.tui.autosave import Autosaver


def test_a_flush_just_after_the_worker_saved_gets_that_save() -> None:
    """The worker's report travels as a message; a flush (F3, Escape, quit) that comes first
    must still learn the entry is stored, or the screen would think it never was."""
    saves: list[str] = []
    reported = threading.Event()

    def save(snapshot: str) -> str:
        saves.append(snapshot)
        return f"saved {snapshot}"

    autosaver = Autosaver(save, lambda generation, result, error: reported.set())  # type: ignore[arg-type]
    try:
        autosaver.submit(1, "first words")
        assert reported.wait(5)
        assert autosaver.flush(1, "first words") == ("saved first words", None)
        assert saves == ["first words"]  # not saved twice
        assert autosaver.flush(2, "more words") == ("saved more words", None)
        assert autosaver.flush(1, "first words") == (None, None)  # an older generation is never saved
    finally:
        autosaver.stop()
