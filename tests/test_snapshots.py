"""Snapshots of Home and each part of the Thing workspace at 80x24 and 120x40.

Review every changed SVG before accepting it (`pytest --snapshot-update`, then look)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import TabbedContent

from journal_helpers import LearningRecord, reflection, saved
from thingsjournal.session import Session
from thingsjournal.tui.app import make_app

SIZES = [(80, 24), (120, 40)]
sizes = pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")


@pytest.fixture
def session(tmp_path: Path) -> Session:
    journal = tmp_path / "journal"
    saved(
        journal,
        reflection(1, "word " * 120, status="complete", capabilities=("vision",), elements=("reflective-practice",), minutes=90),
        reflection(2, "word " * 210),
        reflection(10, "A first paragraph about [bold]Lisa[/bold] and todo [x] done \\\n\nword " * 20, sub_capabilities=("influencing-people",)),
        LearningRecord(title="First aid", learned="CPR", minutes=120, elements=("protection",)),
    )
    result = Session.open(journal)
    result.today = date(2026, 11, 24)
    return result


@sizes
def test_home(snap_compare, session: Session, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(session=session), terminal_size=size)


@sizes
def test_workspace_guide_and_prompts(snap_compare, session: Session, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(session=session, thing=9), terminal_size=size)


def _tab(tab: str):  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        screen = pilot.app.screen
        if screen.has_class("-narrow"):
            screen.remove_class("-guide")
        screen.query_one(TabbedContent).active = tab
        await pilot.pause()

    return run_before


@sizes
@pytest.mark.parametrize("tab", ["tab-prompts", "tab-statement", "tab-logic", "tab-tags", "tab-details"])
def test_workspace_tabs(snap_compare, session: Session, size: tuple[int, int], tab: str) -> None:
    assert snap_compare(make_app(session=session, thing=10), terminal_size=size, run_before=_tab(tab))
