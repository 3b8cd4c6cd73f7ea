"""The look every small question box shares: centred, bordered, above the screen it asks about,
with a footer of its own keys (the screen beneath would otherwise show keys that do nothing here)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual.screen import ModalScreen

from thingsjournal.tui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from textual.app import ComposeResult

Result = TypeVar("Result")


class Dialog(ModalScreen[Result]):
    DEFAULT_CSS = """
    Dialog { align: center middle; }
    Dialog > Vertical {
        width: 70; max-width: 100%; height: auto; max-height: 90%; padding: 1 2;
        border: round $primary; background: $surface;
    }
    """

    def compose_box(self) -> ComposeResult:
        """The box: what it asks, and the answers."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        yield from self.compose_box()
        yield SteadyFooter(compact=True)
