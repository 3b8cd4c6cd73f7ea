"""The app's own commands in the palette (Ctrl+P): every Thing, the journal, a new learning
record, settings, backup, help and About.

Textual's system-command provider reads command names as markup; Thing titles come from content
packs, so this provider shows every name as plain text, with the letters that matched in bold.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

Command = tuple[str, str, Callable[[], object]]  # name, help, what it does


class JournalCommands(Provider):
    def _commands(self) -> list[Command]:
        return self.app.palette_commands()  # type: ignore[attr-defined,no-any-return]

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            if not name.startswith("Open Thing"):  # the Things appear once the user types
                yield DiscoveryHit(Content(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score, offsets = matcher.fuzzy_search.match(matcher.query, name)
            if score > 0:
                shown = Content(name)
                for offset in offsets:
                    shown = shown.stylize("bold underline", offset, offset + 1)
                yield Hit(score, shown, callback, text=name, help=help_text)
