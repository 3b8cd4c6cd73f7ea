"""Python's cyclic garbage collector, paused while the app starts.

Starting makes several hundred thousand objects (modules, classes, the screen's widgets) and
almost no garbage, yet every 700 new objects the collector looks through the young ones, and
now and then through all of them: at start-up that was a tenth of the time to Home's first
frame (209 against 184 ms, in the benchmarks' pty). `main` pauses it first; a command gets it
back before it runs (once it has the journal's listing, if it lists the journal), and the app
once its first screen is drawn. What start-up made is frozen then (`gc.freeze`): it lives as
long as the app or the command, so later collections need not look through it.
So is what a command leaves when it ends (`finish`): the collection Python makes on its way out
looked through all of it, a millisecond for a listing of 2,000 entries.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Stop collecting until `resume` (a collector already off is left to whoever turned it off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Collect again, if `pause` stopped it, with what exists now frozen."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def finish() -> None:
    """The command is done and the process ends: what exists now is frozen, for the way out."""
    gc.freeze()
