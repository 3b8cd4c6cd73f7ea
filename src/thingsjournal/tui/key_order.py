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
so a key whose handler never finishes cannot hold the keyboard for ever.
"""

from __future__ import annotations

import time
from collections import deque
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from textual import events
    from textual.app import App
    from textual.message_pump import MessagePump

LONGEST_HOLD = 0.5  # seconds a key may take before the next one is let in regardless


class KeyOrder:
    """The app's gate for key and paste events (`App.on_event` hands them over)."""

    def __init__(self, app: App[object], deliver: Callable[[events.Event], Awaitable[None]]) -> None:
        self.app = app
        self.deliver = deliver
        self.in_flight: events.Event | None = None
        self.since = 0.0
        self.waiting: deque[events.Event] = deque()

    def start_watchdog(self) -> None:
        self.app.set_interval(LONGEST_HOLD / 2, self._watchdog, name="thingsjournal-key-order")

    async def arrived(self, event: events.Event) -> None:
        """A key or paste from the terminal: handle it now, or after those before it."""
        if self.in_flight is not None:
            self.waiting.append(event)
            return
        await self._send(event)

    async def _send(self, event: events.Event) -> None:
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
