"""Ctrl+E writes the focused field in the user's own editor and brings the text back."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from journal_helpers import fake_editor, load_as

from thingsjournal.journal.entries import Reflection
from thingsjournal.journal.store import JournalStore
from thingsjournal.tui.app import make_app
from thingsjournal.tui.widgets.counting_text_area import CountingTextArea

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


async def test_ctrl_e_edits_the_focused_field(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journal = tmp_path / "journal"
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, "Written in my editor\nover two lines\n"))
    app = make_app(journal_dir=journal, thing=1)
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=(120, 40)) as pilot:
        area = app.screen.query_one("#prompt-daily-leadership", CountingTextArea)
        area.focus()
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert area.text == "Written in my editor\nover two lines"
        assert str(app.screen.query_one("#save-state").render()).startswith("✓ saved")
    (entry,) = JournalStore(journal).listing().entries
    assert (
        load_as(JournalStore(journal), entry.id, Reflection).answers["daily-leadership"]
        == "Written in my editor\nover two lines"
    )
    assert list((journal / ".thingsjournal" / "drafts").iterdir()) == []


async def test_a_failing_editor_keeps_the_field_and_names_the_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR", "/bin/false")
    app = make_app(journal_dir=tmp_path / "journal", thing=1)
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    notes: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **kwargs: notes.append(message))
    async with app.run_test(size=(120, 40)) as pilot:
        area = app.screen.query_one("#prompt-daily-leadership", CountingTextArea)
        area.focus()
        await pilot.press(*"mine")
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert area.text == "mine"
    assert any("failed (exit code 1); your text is kept in" in note for note in notes)
