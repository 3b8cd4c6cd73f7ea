"""The key gate on a busy machine: a key whose handler takes a while holds the keys typed after
it until it is done (a screen it opens gets them), and only a handler that never finishes lets
them go, after `LONGEST_HOLD`. Posted in one burst, as the terminal's input thread does."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pilot_waits import until
from textual import events
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Input

from thingsjournal.tui import key_order
from thingsjournal.tui.key_order import KeyOrder

pytestmark = pytest.mark.xdist_group("timing")


class Opened(Screen[None]):
    def compose(self) -> ComposeResult:
        yield Input(id="opened")


class Stuck(Screen[None]):
    """Its handler for F5 does not finish (a fault of ours) until the test lets it: the keys
    after it must not wait for ever."""

    def __init__(self) -> None:
        super().__init__()
        self.let_go = asyncio.Event()

    def compose(self) -> ComposeResult:
        yield Input(id="stuck")

    async def on_key(self, event: events.Key) -> None:
        if event.key == "f5":
            await self.let_go.wait()


class Gated(App[None]):
    """The app's use of the gate, with F2 opening a screen after `busy` (the machine's load)."""

    BINDINGS = [("f2", "open", "Open")]

    def __init__(self, busy: asyncio.Future[None] | float) -> None:
        super().__init__()
        self.busy = busy
        self.key_order = KeyOrder(self, super().on_event)

    def compose(self) -> ComposeResult:
        yield Input(id="first")

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            await self.key_order.arrived(event)
        else:
            await super().on_event(event)

    def on_mount(self) -> None:
        self.key_order.start_watchdog()
        self.query_one("#first").focus()

    async def action_open(self) -> None:
        await (asyncio.sleep(self.busy) if isinstance(self.busy, float) else self.busy)
        await self.push_screen(Opened())


def burst(app: App[Any], keys: list[str]) -> None:
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


async def test_keys_typed_behind_a_slow_key_wait_for_the_screen_it_opens() -> None:
    """Opening the screen takes twice as long as the hold used to allow (a busy machine): the
    letters typed with the F2 land in the screen it opens, none in the field it left."""
    app = Gated(busy=2 * 0.5)
    async with app.run_test() as pilot:
        burst(app, ["f2", "h", "i"])
        assert await until(pilot, lambda: isinstance(app.screen, Opened) and bool(app.screen.query_one(Input).value))
        await pilot.pause(0.1)
        assert app.screen.query_one(Input).value == "hi"
        assert app.screen_stack[0].query_one("#first", Input).value == ""


async def test_a_key_whose_handler_never_finishes_lets_the_next_keys_go(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_order, "LONGEST_HOLD", 0.3)
    app = Gated(busy=0.0)
    async with app.run_test():
        stuck = Stuck()
        await app.push_screen(stuck)
        burst(app, ["f5", "h", "i"])
        try:  # not with the pilot's pauses: they wait for the stuck screen to be idle
            for _ in range(200):
                await asyncio.sleep(0.02)
                if stuck.query_one(Input).value == "hi":
                    break
            assert stuck.query_one(Input).value == "hi"
        finally:
            stuck.let_go.set()
