"""A label that changes on every key lays the screen out again only when its width changes, and
is always as wide as what it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App
from textual.containers import Horizontal
from textual.widgets import Static

from thingsjournal.tui.widgets.steady_label import SteadyLabel

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.geometry import Region


class _Meter(App[None]):
    CSS = "SteadyLabel { width: auto; } #rest { width: 1fr; }"

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield SteadyLabel("12 words")
            yield Static("rest", id="rest")


async def test_only_a_change_of_width_lays_the_screen_out_again() -> None:
    app = _Meter()
    async with app.run_test(size=(40, 3)) as pilot:
        label = app.query_one(SteadyLabel)
        rest = app.query_one("#rest")
        asked: list[bool] = []
        refresh = label.refresh

        def counted_refresh(*regions: Region, layout: bool = False, **options: bool) -> SteadyLabel:
            asked.append(layout)
            return refresh(*regions, layout=layout, **options)

        label.refresh = counted_refresh  # type: ignore[method-assign]  # to see what each show asks for
        label.show("12 words")
        assert asked == []  # the same text: nothing to draw
        label.show("13 words")
        assert asked == [False]  # drawn again, at the same width
        await pilot.pause()
        assert str(label.render()) == "13 words"
        label.show("130 words")
        assert asked == [False, True]
        await pilot.pause()
        assert label.region.width == len("130 words")
        assert rest.region.x == len("130 words")
        label.show("9 words")
        await pilot.pause()
        assert (label.region.width, rest.region.x) == (len("9 words"), len("9 words"))
