"""Copying with the terminal's clipboard code (OSC 52): many terminals ignore it, so the notice
says so and names the sure way, a file."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App


def copy_text(app: App[Any], text: str, what: str, instead: str) -> None:
    app.copy_to_clipboard(text)
    app.notify(
        f"Sent {what} to your terminal's clipboard. Some terminals do not allow this: if pasting gives "
        f"nothing, {instead}.",
        title="Copied",
        markup=False,
        timeout=12,
    )
