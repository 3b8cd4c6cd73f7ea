"""Waiting in pilot tests for work the app does on a worker thread (an export's preview, the
journal's search texts, a backup)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.app import App
    from textual.pilot import Pilot


async def until(pilot: Pilot[Any], condition: Callable[[], bool], seconds: float = 4.0) -> bool:
    """Let the app run in short steps until `condition()` holds; whether it came to. It runs a
    step first, so that what a key or a change just started has begun."""
    for _ in range(int(seconds / 0.02)):
        await pilot.pause(0.02)
        if condition():
            return True
    return False


def export_state(app: App[Any]) -> str:
    """The export screen's line that says what it is doing or found."""
    return str(app.screen.query_one("#export-state").render())
