"""A worker that fails tells the user in one line, logs the traceback, and leaves its screen
usable: no screen waits for ever on work that has died."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from journal_helpers import reflection, saved
from pilot_waits import export_state, until
from textual.widgets import Select, TextArea

from thingsjournal.paths import locate
from thingsjournal.tui.app import make_app
from thingsjournal.tui.screens.export import ExportScreen
from thingsjournal.tui.screens.journal import JournalScreen

if TYPE_CHECKING:
    import pytest


def _failing_render(*args: object, **kwargs: object) -> str:
    raise RuntimeError("a [bold]bug[/] in the export")


async def test_a_failed_export_is_reported_logged_and_leaves_the_screen_usable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(5, "Kept safe."))
    app = make_app(journal_dir=journal, thing=5)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        assert await until(pilot, lambda: export_state(app).startswith("Preview"))
        monkeypatch.setattr("thingsjournal.tui.screens.export.render", _failing_render)
        monkeypatch.setattr("thingsjournal.tui.screens.export.render_page", _failing_render)  # HTML's
        app.screen.query_one("#how", Select).value = "html"
        assert await until(pilot, lambda: not export_state(app).startswith("Making")), "the screen still waits"
        assert export_state(app).startswith("✗ The export could not be made")
        assert app.is_running and isinstance(app.screen, ExportScreen)
        [note] = [note for note in app._notifications if note.severity == "error"]
        assert "\n" not in note.message and not note.markup
        assert note.message.startswith(
            "Making the export failed (internal error: RuntimeError: a [bold]bug[/] in the export"
        )
        log = locate().logs / "crash.log"
        assert str(log) in note.message
        assert 'raise RuntimeError("a [bold]bug[/] in the export")' in log.read_text()
        # The screen still works: the next choice makes its preview.
        monkeypatch.undo()
        app.screen.query_one("#how", Select).value = "text"
        assert await until(pilot, lambda: export_state(app).startswith("Preview"))
        assert app.screen.query_one("#preview", TextArea).text == "Kept safe.\n"


async def test_search_says_so_when_the_texts_cannot_be_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(5, "Kept safe."))

    def failing(*args: object) -> dict[str, str]:
        raise ValueError("unreadable cache")

    monkeypatch.setattr("thingsjournal.tui.screens.journal.load_texts", failing)
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        note = lambda: str(app.screen.query_one("#journal-note").render())  # noqa: E731
        assert await until(pilot, lambda: note().startswith("✗ Search looks at titles only"))
        await pilot.press("slash", *"thing")
        await pilot.pause()
        assert note().startswith("✗ Search looks at titles only")
        assert isinstance(app.screen, JournalScreen)
        assert len(app.screen.shown) == 1
        assert any(n.message.startswith("Reading your entries for the search failed") for n in app._notifications)


def test_no_worker_is_started_to_fail_unseen() -> None:
    """exit_on_error=False would send a worker's failure nowhere; the app's handler needs them all."""
    source = Path(__file__).parents[1] / "src" / "thingsjournal"
    offenders = [
        str(path) for path in source.rglob("*.py") if "exit_on_error=False" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
