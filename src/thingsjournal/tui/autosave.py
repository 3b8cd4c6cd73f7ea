"""Saving off the UI thread, in order, with the newest text always winning.

One worker thread per screen takes the latest snapshot handed to it; a snapshot older than one
already saved is dropped. `flush` saves on the calling thread after the worker's current save,
for quitting, suspending and signals. Results come back as a message, which Textual accepts from
any thread, so the worker never waits for the UI.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from thingsjournal.journal.store import JournalError, SaveResult

Report = Callable[[int, SaveResult | None, str | None], None]


class Autosaver:
    def __init__(self, save: Callable[[Any], SaveResult], report: Report) -> None:
        self._save = save
        self._report = report
        self._saving = threading.Lock()
        self._wake = threading.Condition()
        self._pending: tuple[int, Any] | None = None
        self._saved_generation = 0
        self._last: SaveResult | None = None  # the save of _saved_generation
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="thingsjournal-autosave", daemon=True)
        self._thread.start()

    def submit(self, generation: int, snapshot: Any) -> None:
        """Save `snapshot` soon, unless a newer one arrives first."""
        with self._wake:
            self._pending = (generation, snapshot)
            self._wake.notify()

    def flush(self, generation: int, snapshot: Any) -> tuple[SaveResult | None, str | None]:
        """Save `snapshot` now, on this thread, after any save under way."""
        with self._wake:
            self._pending = None
        with self._saving:
            return self._save_one(generation, snapshot)

    def stop(self) -> None:
        with self._wake:
            self._stopped = True
            self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                while self._pending is None and not self._stopped:
                    self._wake.wait()
                if self._stopped:
                    return
                generation, snapshot = self._pending  # type: ignore[misc]  # the wait above ends only with one pending
                self._pending = None
            with self._saving:
                result, error = self._save_one(generation, snapshot)
            if result is not None or error is not None:
                self._report(generation, result, error)

    def _save_one(self, generation: int, snapshot: Any) -> tuple[SaveResult | None, str | None]:
        """Save `snapshot` unless a save of this generation or a newer one is done. A flush of
        the generation the worker has just saved gets that save's result: its report may not
        have reached the screen yet, and the screen must know the entry is stored."""
        if generation <= self._saved_generation:
            return (self._last if generation == self._saved_generation else None), None
        try:
            result = self._save(snapshot)
        except JournalError as problem:
            return None, str(problem)
        self._saved_generation, self._last = generation, result
        return result, None
