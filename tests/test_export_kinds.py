"""Every kind of entry exports in every format, from the command line and from the export
screen: the shipped NameError came from a kind and a format no test had put together."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from exported import exported
from journal_helpers import reflection, saved
from pilot_waits import export_state, until
from textual.widgets import Select, TextArea

from thingsjournal.export.render import FORMATS
from thingsjournal.journal.entries import Action, CapabilityRating, LearningRecord, SelfAssessment, Standing
from thingsjournal.tui.app import make_app
from thingsjournal.tui.screens.journal import EntriesList, JournalScreen
from thingsjournal.tui.widgets.formatted_preview import FormattedPreview

if TYPE_CHECKING:
    from pathlib import Path

# A word of each entry's own text, which every format must show.
KINDS = {
    "reflection": "Reflected",
    "learning": "Resuscitation",
    "assessment": "Supervision",
    "rating": "Confident",
}


@pytest.fixture
def journal(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A journal holding one entry of each kind; the ids by kind."""
    folder = tmp_path / "journal"
    entries = saved(
        folder,
        reflection(5, "Reflected on my practice.", learning_date=date(2026, 11, 2)),
        LearningRecord(title="First aid", learned="Resuscitation steps.", learning_date=date(2026, 10, 1)),
        SelfAssessment(
            framework="derbyshire-leadership",
            level="front-line-worker",
            learning_date=date(2026, 11, 20),
            standings={"developing-self-awareness": Standing(standing="priority", evidence="Supervision notes.")},
            actions=(Action(element="developing-self-awareness", goal="Ask for feedback."),),
        ),
        CapabilityRating(learning_date=date(2026, 11, 1), ratings={"vision": 4}, notes="Confident now."),
    )
    return folder, {entry.kind: entry.id for entry in entries}


@pytest.mark.parametrize("fmt", FORMATS)
def test_everything_exports_in_every_format(
    journal, fmt: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder, _ = journal
    out = exported(capsys, tmp_path, fmt, "--journal", str(folder), "export", "--all")
    for word in KINDS.values():
        assert word in out


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_exports_alone_in_every_format(
    journal, kind: str, fmt: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder, ids = journal
    out = exported(capsys, tmp_path, fmt, "--journal", str(folder), "export", "--entry", ids[kind])
    assert KINDS[kind] in out
    others = [word for other, word in KINDS.items() if other != kind]
    assert not any(word in out for word in others)


def _page_text(app) -> str:
    return "\n".join(line.text for line in app.screen.query_one("#formatted", FormattedPreview).lines)


@pytest.mark.parametrize("kind", KINDS)
async def test_the_export_screen_previews_each_kind_in_every_format(journal, kind: str) -> None:
    folder, ids = journal
    app = make_app(journal_dir=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_journal()
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        app.screen.query_one("#entries", EntriesList).cursor = [entry.id for entry in app.screen.shown].index(ids[kind])
        await pilot.press("x")
        await pilot.pause()
        for fmt in FORMATS:
            app.screen.query_one("#how", Select).value = fmt
            done = await until(pilot, lambda: not export_state(app).startswith("Making"))
            assert done, f"the {fmt} preview of a {kind} never came"
            assert export_state(app).startswith("Preview: 1 entry"), export_state(app)
            if fmt == "html":  # the page, formatted
                assert await until(pilot, lambda: KINDS[kind] in _page_text(app))
            else:
                assert KINDS[kind] in app.screen.query_one("#preview", TextArea).text
