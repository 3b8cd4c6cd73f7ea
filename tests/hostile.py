"""A content pack and a journal written to attack the terminal: Rich markup that would crash a
screen or run an action, and control sequences that would set the window title, make a link,
colour the screen or put text on the clipboard."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from journal_helpers import saved
from packs import write_filled_pack
from textual._compositor import LayoutUpdate

from thingsjournal.journal.entries import AnyEntry, LearningRecord, Reflection

if TYPE_CHECKING:
    from pathlib import Path

    from textual.app import App

MARKUP = ("[/ oops", "[/b]", "[link=file:///etc/passwd]x[/link]", "[@click=app.quit]x", "[refresher]")
CLIPBOARD = "\x1b]52;c;ZWNobyBvd25lZA==\x1b\\"
TITLE = "\x1b]0;owned\x07"
CONTROLS = (CLIPBOARD, TITLE, "\x1b]8;;https://evil.example\x1b\\link", "\x1b[31mred", "\x9b2J", "del\x7f")
HOSTILE = " ".join((TITLE, CLIPBOARD, *MARKUP, *CONTROLS[2:]))
SHOWN_TITLE = "␛]0;owned␇"  # TITLE as every screen and command shows it
SHOWN_CLIPBOARD = "␛]52;c;ZWNobyBvd25lZA==␛\\"
PROGRAMME = "org-induction"

BAD_FILE = f"2026-11-01-bad{TITLE}.toml"  # a file name a sync tool could have written


def write_hostile_pack(root: Path) -> Path:
    return write_filled_pack(root, HOSTILE)


def write_hostile_journal(folder: Path) -> list[AnyEntry]:
    """A reflection and a learning record with hostile text in every field, and a file that does
    not load, with a hostile name."""
    entries = saved(
        folder,
        Reflection(
            programme=PROGRAMME,
            thing=1,
            statement=HOSTILE,
            answers={"question": HOSTILE},
            headings={"do": HOSTILE},
        ),
        LearningRecord(title=HOSTILE, activity=HOSTILE, learned=HOSTILE, practice=HOSTILE),
    )
    (folder / BAD_FILE).write_text("not = [toml", encoding="utf-8")
    return entries


def screen_text(app: App[Any]) -> str:
    """Every character the screen (with any dialog and notice on it) would put on the terminal,
    line by line, as the compositor has it."""
    update = app.screen._compositor.render_update(full=True)
    assert isinstance(update, LayoutUpdate)  # what a full update is
    lines = update.strips
    return "\n".join("".join(segment.text for strip in line for segment in strip) for line in lines)
