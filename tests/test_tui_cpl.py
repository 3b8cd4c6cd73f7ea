"""The CPL declaration in the app (issue 26): `d` on Home shows the year and what is covered; an
entry tagged in a Thing's Tags tab with an area expected of everyone counts at once; the line for
the CPL summary is typed in Details or a learning record; Home's notice opens the view; the
export screen offers the verifier's summary and Word."""

from __future__ import annotations

import io
from datetime import date
from typing import TYPE_CHECKING

from journal_helpers import load_as, reflection, saved
from pilot_waits import until
from textual.widgets import Input, Select, SelectionList, Static, TabbedContent

from thingsjournal.journal.entries import LearningRecord, Reflection
from thingsjournal.journal.store import JournalStore
from thingsjournal.session import Session
from thingsjournal.settings import Settings, save_settings
from thingsjournal.tui.app import make_app
from thingsjournal.tui.screens.declaration import DeclarationScreen
from thingsjournal.tui.screens.export import ExportScreen
from thingsjournal.tui.screens.learning import LearningScreen

if TYPE_CHECKING:
    from pathlib import Path


def _registered(home: Path) -> None:
    save_settings(
        home / ".config" / "thingsjournal" / "settings.toml",
        Settings(registration_date=date(2019, 6, 10), register_part="Children and young people workforce"),
    )


def _shown(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_a_topic_ticked_in_tags_counts_in_the_declaration_view(journal: Path, isolated_dirs: Path) -> None:
    _registered(isolated_dirs)
    [entry] = saved(journal, reflection(4, "Mine.", learning_date=date(2026, 9, 1)))
    session = Session.open(str(journal))
    session.today = date(2026, 12, 5)
    app = make_app(session, thing=4)
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.query_one(TabbedContent).active = "tab-tags"
        await pilot.pause()
        topics = app.screen.query_one("#topics", SelectionList)
        topics.focus()
        await pilot.press("space")  # the first: trauma informed practice
        app.screen.query_one(TabbedContent).active = "tab-details"
        await pilot.pause()
        app.screen.query_one("#summary", Input).focus()
        await pilot.press(*"Feedback is a gift.")
        await pilot.press("escape")  # saved on the way Home
        await pilot.pause()
        stored = load_as(JournalStore(journal), entry.id, Reflection)
        assert (stored.topics, stored.summary) == (("trauma",), "Feedback is a gift.")
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DeclarationScreen)
        report = _shown(app, "#declaration-report")
        assert "CPL year 10 Jun 2026 to 9 Jun 2027: the declaration is due around 10 Jun 2027, in 187 days" in report
        assert "✓ Trauma informed practice\n    1 Sep 2026  Thing 4" in report
        assert "✗ Adult and child protection: nothing yet" in report
        assert _shown(app, "#declaration-verdict").startswith("✗ Not covered yet: Rights based and ethical practice")
        await pilot.press("x")
        await pilot.pause()
        export = app.screen
        assert isinstance(export, ExportScreen)
        assert export.query_one("#what", Select).value == "year-summary"
        export.query_one("#how", Select).value = "docx"
        assert await until(pilot, lambda: export.data.startswith(b"PK"), 5.0), "no Word document was made"
        from docx import Document

        texts = [paragraph.text for paragraph in Document(io.BytesIO(export.data)).paragraphs]
        assert "CPL declaration summary" in texts
        assert any("Feedback is a gift." in text for text in texts)


async def test_a_learning_record_takes_topics_and_its_summary_line(journal: Path) -> None:
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, LearningScreen)
        await pilot.press(*"Child protection update")
        app.screen.query_one("#summary", Input).focus()
        await pilot.press(*"Who to call, and when.")
        topics = app.screen.query_one("#topics", SelectionList)
        topics.focus()
        await pilot.press("down", "space")  # the second: adult and child protection
        await pilot.press("escape")
        await pilot.pause()
    [record] = JournalStore(journal).listing().entries
    stored = load_as(JournalStore(journal), record.id, LearningRecord)
    assert (stored.title, stored.summary, stored.topics) == (
        "Child protection update",
        "Who to call, and when.",
        ("protection",),
    )


async def test_homes_notice_a_month_before_opens_the_declaration(journal: Path, isolated_dirs: Path) -> None:
    _registered(isolated_dirs)
    session = Session.open(str(journal))
    session.today = date(2027, 5, 20)
    app = make_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        said = _shown(app, "#notice-text")
        assert said.startswith("⚑ CPL declaration due around 10 Jun 2027, in 21 days: 9 areas not covered yet")
        await pilot.press("exclamation_mark")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DeclarationScreen)
