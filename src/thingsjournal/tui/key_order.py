"""Keys (and pastes) handled one at a time, in the order they were typed.

Textual hands each key to the focused widget's message queue. A printable key is handled there,
but a key bound to an action (Backspace, Tab, Ctrl+PageDown) travels up through every parent's
queue to the app, where its binding runs. When the app has been busy for a moment (an autosave, a
privacy check) keys arrive in a burst, and the letters typed after a Backspace reach the field
before the Backspace has made its way round: words come out reordered, and keys typed after Tab
land in the field just left.

So the app lets one key in at a time. A key is in flight until it has been handled: a marker
posted behind it follows it up the tree, queue by queue, and once it has passed the app (where
bindings run, and where the focus they move is set) the next key is let in. Keys that come
meanwhile wait, in order; none is dropped. A watchdog lets a key go after `LONGEST_HOLD` seconds,
so a key whose handler never finishes cannot hold the keyboard for ever. That is long: on a busy
machine opening a screen can take a second or more, and the keys typed behind the key that opens
it belong in it, not in the screen it leaves.

A screen that has just opened gives the focus to its first field a moment after it is drawn;
keys typed in between would reach no field. So while the screen has fields and none has the
focus yet, keys wait (for `LONGEST_HOLD` at most: a screen may leave the focus nowhere).
"""

from __future__ import annotations

import time
from collections import deque
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from textual import events
    from textual.app import App
    from textual.message_pump import MessagePump
    from textual.screen import Screen

LONGEST_HOLD = 5.0  # seconds a key may take before the next one is let in regardless
RECHECK = 0.01  # seconds between looks at whether a new screen has focused its first field
QUIET = 0.1  # seconds without a key after which the terminal has sent all it had


class KeyOrder:
    """The app's gate for key and paste events (`App.on_event` hands them over)."""

    def __init__(self, app: App[Any], deliver: Callable[[events.Event], Awaitable[None]]) -> None:
        self.app = app
        self.deliver = deliver
        self.in_flight: events.Event | None = None
        self.since = 0.0
        self.waiting: deque[events.Event] = deque()
        self.last_arrival = 0.0
        self.holding = False
        self.unfocused: tuple[Screen[object], float] | None = None  # a screen held for, since when

    def settled(self, since: float) -> bool:
        """Every key the terminal has sent is handled, and none has come for a moment (counted
        from `since` at the earliest, as the terminal's last keys may still be on their way)."""
        quiet = time.monotonic() - max(self.last_arrival, since) > QUIET
        return self.in_flight is None and not self.holding and not self.waiting and quiet

    def start_watchdog(self) -> None:
        self.app.set_interval(min(LONGEST_HOLD / 2, 0.25), self._watchdog, name="thingsjournal-key-order")

    async def arrived(self, event: events.Event) -> None:
        """A key or paste from the terminal: handle it now, or after those before it."""
        self.last_arrival = time.monotonic()
        if self.in_flight is not None or self.holding:
            self.waiting.append(event)
            return
        await self._send(event)

    async def _send(self, event: events.Event) -> None:
        if self._before_first_focus():
            self.waiting.appendleft(event)
            self.holding = True
            self.app.set_timer(RECHECK, self._release)
            return
        self.in_flight, self.since = event, time.monotonic()
        target = self.app.focused or self.app.screen
        await self.deliver(event)
        # Not forwarded: a priority binding of the app's took it. Else follow it from its target.
        if not event.is_forwarded or not target.call_later(self._passed, target, event):
            self.app.call_later(self.done, event)

    def _passed(self, node: MessagePump, event: events.Event) -> None:
        """`node` has handled `event` (this runs behind it in node's queue): follow it to the
        parent it bubbled to, or finish if it stopped here."""
        parent = node._parent
        if parent is None or parent is self.app:
            # It is in the app's queue now: once its binding has run, let what that queued (a
            # focus moved with `focus()`) run too, then let in the next key.
            self.app.call_later(self.app.call_later, self.done, event)
        elif event._stop_propagation or not parent.call_later(self._passed, parent, event):
            self.app.call_later(self.done, event)

    def _before_first_focus(self) -> bool:
        """The screen has fields but has not focused one yet (and has not kept the focus nowhere
        for longer than `LONGEST_HOLD`)."""
        screen = self.app.screen
        if screen.focused is not None:
            return False
        if self.unfocused is None or self.unfocused[0] is not screen:
            self.unfocused = (screen, time.monotonic())
        elif time.monotonic() - self.unfocused[1] > LONGEST_HOLD:
            return False
        return bool(screen.focus_chain)

    async def _release(self) -> None:
        self.holding = False
        if self.in_flight is None and self.waiting:
            await self._send(self.waiting.popleft())

    async def done(self, event: events.Event) -> None:
        """`event` has been handled (on the app's queue): let in the next waiting key."""
        if event is not self.in_flight:
            return  # the watchdog let it go already
        self.in_flight = None
        if self.waiting:
            await self._send(self.waiting.popleft())

    async def _watchdog(self) -> None:
        if self.in_flight is not None and time.monotonic() - self.since > LONGEST_HOLD:
            await self.done(self.in_flight)
