"""A bug in the app: what is on screen is saved before Textual stops it, and the command line
(not Textual) says so, in one line. These pin the app's overrides of Textual's private
`_handle_exception` and `_print_error_renderables`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from thingsjournal.journal.entries import Reflection
from thingsjournal.journal.store import JournalStore
from thingsjournal.tui.app import make_app

if TYPE_CHECKING:
    from pathlib import Path


async def test_a_bug_saves_what_is_on_screen_and_textual_prints_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal"
    app = make_app(journal_dir=journal, thing=1)
    bug = RuntimeError("a bug in a handler")

    def fail() -> None:
        raise bug

    with pytest.raises(RuntimeError, match="a bug in a handler"):
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press(*"Not yet saved")
            app.call_later(fail)
            await pilot.pause()
    assert app.crash is bug
    store = JournalStore(journal)
    (summary,) = store.listing().entries
    entry = store.load(summary.id)
    assert isinstance(entry, Reflection) and entry.answers.get("recognise-reward") == "Not yet saved"
    assert "Traceback" not in capsys.readouterr().err
