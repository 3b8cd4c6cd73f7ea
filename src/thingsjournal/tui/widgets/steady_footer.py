"""The footer of keys, built again only when the keys it shows change.

Textual's Footer builds all its keys anew each time the screen says its bindings may have
changed: on every focus change, and five times while Home first opens, where each build mounts
and styles a widget per key. This one waits for the screen to settle, then compares what it
would show with what it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Footer

if TYPE_CHECKING:
    from collections.abc import Hashable

    from textual.app import ComposeResult
    from textual.screen import Screen


class SteadyFooter(Footer):
    def __init__(self, *, compact: bool = False) -> None:
        super().__init__(compact=compact)
        self.built_for: Hashable = None  # what the keys shown were built from
        self.rebuild_asked = False

    def shown_keys(self) -> Hashable:
        """Everything `compose` reads: each binding as shown, and whether it can be used now."""
        return (
            self.show_command_palette,
            tuple(
                (binding, self.app.get_key_display(binding), enabled, tooltip)
                for _, binding, enabled, tooltip in self.screen.active_bindings.values()
            ),
        )

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self.built_for = self.shown_keys()
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if screen.app.app_focus and self.is_attached and screen is self.screen and not self.rebuild_asked:
            self.rebuild_asked = True
            self.call_after_refresh(self._rebuild_if_changed)

    async def _rebuild_if_changed(self) -> None:
        self.rebuild_asked = False
        if self.is_attached and self.shown_keys() != self.built_for:
            await self.recompose()
