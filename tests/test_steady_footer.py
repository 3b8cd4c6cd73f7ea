"""The footer of keys is built again when the keys it shows change, and only then: Textual's
own footer rebuilt every key on every focus change, five times while Home first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App
from textual.widgets import Input
from textual.widgets._footer import FooterKey

from thingsjournal.tui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from textual.app import ComposeResult


class _Keys(App[None]):
    BINDINGS = [("f2", "two", "Two"), ("f3", "three", "Three")]
    three_usable = True

    def compose(self) -> ComposeResult:
        yield Input(id="first")
        yield Input(id="second")
        yield SteadyFooter(compact=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return None if action == "three" and not self.three_usable else True  # None: shown, not usable

    def action_two(self) -> None: ...

    def action_three(self) -> None: ...


def _shown(app: _Keys) -> dict[str, bool]:
    return {key.description: not key.has_class("-disabled") for key in app.query(FooterKey) if key.description}


async def test_the_footer_is_built_again_only_when_its_keys_change() -> None:
    app = _Keys()
    async with app.run_test(size=(60, 6)) as pilot:
        footer = app.query_one(SteadyFooter)
        await pilot.pause()
        assert _shown(app) == {"Two": True, "Three": True, "palette": True}
        builds: list[int] = []
        recompose = footer.recompose

        async def counted_recompose() -> None:
            builds.append(1)
            await recompose()

        footer.recompose = counted_recompose  # type: ignore[method-assign]  # to count the builds
        for _ in range(3):
            await pilot.press("tab")  # the focus moves: the screen's bindings are said to change
            await pilot.pause()
        assert builds == []
        assert _shown(app) == {"Two": True, "Three": True, "palette": True}
        app.three_usable = False
        app.refresh_bindings()
        app.refresh_bindings()  # asked twice before it settles: built once
        await pilot.pause()
        await pilot.pause()
        assert builds == [1]
        assert _shown(app) == {"Two": True, "Three": False, "palette": True}
