"""Text that looks like Rich markup, in content or in what the user writes, is shown exactly as
written wherever it appears, and never crashes a screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal_helpers import saved
from packs import write_filled_pack
from textual.widgets import OptionList, SelectionList, Static

from thingsjournal.journal.entries import Reflection
from thingsjournal.tui.app import make_app
from thingsjournal.tui.widgets.counting_text_area import CountingTextArea

if TYPE_CHECKING:
    from pathlib import Path

MARKUP = "[bold]not bold[/bold] [/ oops [link=https://x.example]x[/link] todo [x] done \\"


def _shown(app) -> str:
    return "\n".join(str(widget.render()) for widget in app.screen.query(Static))


async def test_markup_in_content_and_user_text_is_literal(tmp_path: Path) -> None:
    pack = write_filled_pack(tmp_path / "pack", MARKUP)
    journal = tmp_path / "journal"
    saved(journal, Reflection(programme="org-induction", thing=1, statement=MARKUP, answers={"question": MARKUP}))
    app = make_app(journal_dir=journal, content_dirs=(pack,), programme="org-induction")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        line = str(app.screen.query_one("#things", OptionList).get_option("1").prompt)
        assert " ".join(line.split()[4:]) == " ".join(MARKUP.split())  # wrapped whole, never parsed
        app.open_thing(1)
        await pilot.pause()
        shown = _shown(app)
        assert shown.count(MARKUP) >= 4  # summary, introduction, question, hint, resource
        assert app.screen.query_one("#statement", CountingTextArea).text == MARKUP
        assert app.screen.query_one("#prompt-question", CountingTextArea).text == MARKUP
        step = app.screen.query_one("#step-read").parent
        assert step is not None
        assert MARKUP in str(step.query_one(".step-text", Static).render())
        tags = app.screen.query_one("#capabilities", SelectionList)
        assert any(MARKUP in str(tags.get_option_at_index(i).prompt) for i in range(tags.option_count))
