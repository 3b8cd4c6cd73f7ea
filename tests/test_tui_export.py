"""The export screen: reached from a Thing, the journal, Home and the palette; a preview of what
will be written (the HTML page formatted, not its tags); a private file, whose whole name shows
at 80 columns; the HTML page opened in a browser, or its path given where none opens; and the
plain statement copied where the terminal allows."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from hostile import screen_text
from journal_helpers import reflection, saved
from pilot_waits import export_state, until
from textual.widgets import Input, Select, TextArea

from thingsjournal.journal.entries import LearningRecord
from thingsjournal.text.control_chars import CONTROL
from thingsjournal.tui.app import make_app
from thingsjournal.tui.dialogs.confirm import ConfirmScreen
from thingsjournal.tui.screens.export import ExportScreen
from thingsjournal.tui.widgets.formatted_preview import FormattedPreview

if TYPE_CHECKING:
    from pathlib import Path


async def _preview(pilot) -> str:
    """The preview once the worker has made it."""
    screen = pilot.app.screen
    made = await until(
        pilot,
        lambda: bool(screen.query_one("#preview", TextArea).text) and not export_state(pilot.app).startswith("Making"),
    )
    assert made, "the preview never came"
    return screen.query_one("#preview", TextArea).text


async def _page(pilot) -> list[str]:
    """The HTML page's formatted preview, line by line, once it is laid out."""
    formatted = pilot.app.screen.query_one("#formatted", FormattedPreview)
    assert await until(pilot, lambda: bool(formatted.lines) and formatted.display), "the page never showed"
    return [line.text for line in formatted.lines]


async def test_f3_in_a_thing_exports_that_entry_and_saves_a_private_file(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    [entry] = saved(journal, reflection(10, "My statement about <b>leading</b> together."))
    app = make_app(journal_dir=journal, thing=10)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen) and app.screen.entry_ids == (entry.id,)
        preview = await _preview(pilot)
        assert preview.startswith("# Thing 10: ") and "\\<b>leading" in preview
        target = tmp_path / "thing-10.md"
        app.screen.query_one("#file", Input).value = str(target)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert target.read_text() == preview
        assert target.stat().st_mode & 0o777 == 0o600
        # Saving again asks before replacing the file.
        app.screen.query_one("#how", Select).value = "text"
        assert (await _preview(pilot)) == "My statement about <b>leading</b> together.\n"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert target.read_text() == "My statement about <b>leading</b> together.\n"
        await app.workers.wait_for_complete()
        assert export_state(app).startswith(f"✓ Saved to {target}")  # still said, the preview not made again


async def test_the_plain_statement_is_copied_and_the_user_is_told_it_may_not_work(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    [_entry] = saved(journal, reflection(3, "Exactly this\ntext."))
    app = make_app(journal_dir=journal, thing=3)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await _preview(pilot)
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.clipboard == "Exactly this\ntext.\n"
        assert any("Some terminals do not allow this" in str(note.message) for note in app._notifications)


async def test_from_home_a_portfolio_of_this_cpl_year_or_everything(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    saved(
        journal,
        reflection(1, "word " * 210, learning_date=date(2020, 5, 1)),
        LearningRecord(title="First aid", learned="CPR", learning_date=date.today()),
    )
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        preview = await _preview(pilot)
        assert preview.startswith("# Portfolio of learning") and "First aid" in preview and "Thing 1:" not in preview
        app.screen.query_one("#what", Select).value = "all"
        preview = await _preview(pilot)
        assert "### Thing 1: Why is everyday leadership important?" in preview
        assert app.screen.query_one("#file", Input).value.endswith(".md")
        app.screen.query_one("#how", Select).value = "html"
        assert "Portfolio of learning" in (await _page(pilot))[0]
        assert app.screen.query_one("#file", Input).value.endswith(".html")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)


async def test_the_journal_exports_its_highlighted_entry(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    [record] = saved(journal, LearningRecord(title="Makaton", learned="Signs"))
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen) and app.screen.entry_ids == (record.id,)
        assert (await _preview(pilot)).startswith("# Makaton")


async def test_an_empty_journal_says_there_is_nothing_to_export(tmp_path: Path) -> None:
    app = make_app(journal_dir=tmp_path / "journal")
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_export()
        await until(pilot, lambda: export_state(app).startswith("✗"), 2.0)
        assert "nothing to export" in export_state(app)
        await pilot.press("ctrl+s")
        assert not list(tmp_path.glob("**/*.md"))


async def test_saving_onto_a_link_or_a_fifo_writes_where_it_leads_as_export_o_does(tmp_path: Path) -> None:
    import os
    import stat
    import threading

    journal = tmp_path / "journal"
    saved(journal, reflection(10, "My statement about leading together."))
    real = tmp_path / "portfolio" / "thing-10.md"
    real.parent.mkdir()
    link = tmp_path / "thing-10.md"
    link.symlink_to(real)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    app = make_app(journal_dir=journal, thing=10)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        preview = await _preview(pilot)
        for target in (link, fifo):
            app.screen.query_one("#file", Input).value = str(target)
            await pilot.press("ctrl+s")
            assert await until(pilot, lambda: export_state(app).startswith("✓ Saved"))
    reader.join(5)
    assert link.is_symlink() and real.read_text(encoding="utf-8") == preview
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and got == [preview.encode("utf-8")]


async def test_with_no_documents_folder_the_export_says_it_went_to_the_home_folder(
    tmp_path: Path, isolated_dirs: Path
) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(10, "My statement."))
    app = make_app(journal_dir=journal, thing=10)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f3")
        await _preview(pilot)
        suggested = app.screen.query_one("#file", Input).value
        assert suggested.startswith("~/thingsjournal-thing-10-")  # no Documents: the home folder
        await pilot.press("ctrl+s")
        assert await until(pilot, lambda: export_state(app).startswith("✓ Saved"))
        assert "(in your home folder: you have no Documents folder)" in export_state(app)


def _state_on_screen(app) -> str:
    """The state line's rows as the screen shows them, joined where they wrapped: at a space, or
    inside a word too long for a row (that row is full)."""
    region = app.screen.query_one("#export-state").content_region
    rows = [row[region.x : region.right].rstrip() for row in screen_text(app).splitlines()[region.y : region.bottom]]
    return "".join(row + ("" if len(row) == region.width else " ") for row in rows).rstrip()


async def test_at_80_columns_the_file_box_and_the_saved_message_show_the_whole_file_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "OneDrive - Little Acorns Nursery Ltd" / "Documents" / "Continuous professional learning"
    documents.mkdir(parents=True)
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(documents))
    journal = tmp_path / "journal"
    saved(journal, reflection(10, "My statement about leading together."))
    app = make_app(journal_dir=journal, thing=10)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await _preview(pilot)
        name = f"thingsjournal-thing-10-{date.today().isoformat()}.md"
        [file_row] = [line for line in screen_text(app).splitlines() if line.startswith(" File ")]
        assert file_row.rstrip().endswith(name)  # the folder is cut at the start, the name shows
        await pilot.press("ctrl+s")
        assert await until(pilot, lambda: export_state(app).startswith("✓ Saved"))
        assert (documents / name).is_file()
        assert f"✓ Saved to {documents / name}, readable by you alone" in _state_on_screen(app)


async def test_the_html_preview_is_the_page_formatted_never_its_tags_or_css(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(10, "About <b>leading</b> and [bold]Lisa[/bold]\x1b]0;owned\x07.\n\n- first\n- second"))
    app = make_app(journal_dir=journal, thing=10)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await _preview(pilot)
        app.screen.query_one("#how", Select).value = "html"
        page = "\n".join(await _page(pilot))
        assert not app.screen.query_one("#preview", TextArea).display
        assert "Thing 10: Collaborating and influencing" in page
        assert "About <b>leading</b> and [bold]Lisa[/bold]␛]0;owned␇." in page  # as typed, nothing run
        assert "• first" in page and "• second" in page  # the user's list, as the browser shows it
        for source in ("<!doctype", "<h1>", "<p>", "</p>", "font-family", "{", "\\"):
            assert source not in page, source
        heading = next(
            line for line in app.screen.query_one("#formatted", FormattedPreview).lines if "Thing 10" in line.text
        )
        assert any(segment.style and segment.style.bold for segment in heading if "Thing" in segment.text)
        assert CONTROL.search(screen_text(app)) is None
        assert await until(pilot, lambda: "^o Open in browser" in screen_text(app).splitlines()[-1])  # the footer
        # Wider, the page is laid out again at the new width: the title fits on one line.
        await pilot.resize_terminal(120, 40)
        formatted = app.screen.query_one("#formatted", FormattedPreview)
        assert await until(pilot, lambda: formatted.width_laid_out > 100 and bool(formatted.lines))
        assert "working with others?" in next(line.text for line in formatted.lines if "Thing 10" in line.text)


async def _open_in_browser(pilot, target: Path) -> None:
    """Choose HTML, name `target` in the file box, and press Ctrl+O."""
    app = pilot.app
    await pilot.press("f3")
    await _preview(pilot)
    app.screen.query_one("#how", Select).value = "html"
    await _page(pilot)
    app.screen.query_one("#file", Input).value = str(target)
    await pilot.press("ctrl+o")


async def test_open_in_browser_saves_a_private_page_and_gives_the_browser_its_file_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def browser_open(url: str, *args: object, **kwargs: object) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr("webbrowser.open", browser_open)
    journal = tmp_path / "journal"
    saved(journal, reflection(10, "My statement about leading together."))
    target = tmp_path / "thing-10.html"
    app = make_app(journal_dir=journal, thing=10)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_in_browser(pilot, target)
        assert await until(pilot, lambda: export_state(app).startswith("✓ Opened"))
        assert opened == [target.as_uri()] and opened[0].startswith("file:///")
        assert target.read_text(encoding="utf-8").startswith("<!doctype html>")
        assert target.stat().st_mode & 0o777 == 0o600
        assert str(target) in export_state(app)


@pytest.mark.parametrize("failure", ["no browser", "an error"])
async def test_where_no_browser_opens_the_page_is_saved_and_its_whole_path_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    import webbrowser

    def no_browser(url: str, *args: object, **kwargs: object) -> bool:
        if failure == "an error":
            raise webbrowser.Error("could not locate runnable browser")
        return False

    monkeypatch.setattr("webbrowser.open", no_browser)
    journal = tmp_path / "journal"
    saved(journal, reflection(10, "My statement about leading together."))
    target = tmp_path / "a folder with a long name for this year's CPL portfolio" / "thingsjournal-thing-10.html"
    target.parent.mkdir()
    app = make_app(journal_dir=journal, thing=10)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_in_browser(pilot, target)
        assert await until(pilot, lambda: export_state(app).startswith("! No browser could be opened"))
        assert target.read_text(encoding="utf-8").startswith("<!doctype html>")
        assert target.stat().st_mode & 0o777 == 0o600
        assert f"the page is saved at {target}: open it from your file manager" in export_state(app)
        assert f"saved at {target}: open it" in _state_on_screen(app)  # wrapped, never cut
        assert any(str(target) in str(note.message) for note in app._notifications)
