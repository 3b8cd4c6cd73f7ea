"""The credit the SSSC asks for (issue 20): "give appropriate credit to the SSSC, provide a link
to http://learn.sssc.uk.com and indicate if changes were made", with the licence. NOTICE.md, the
About screen and the footer of every Markdown and HTML export that shows SSSC content carry it."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest
from journal_helpers import reflection, saved
from textual.widgets import Static

from thingsjournal.catalog.sources import packaged_root
from thingsjournal.cli.main import main
from thingsjournal.journal.entries import CapabilityRating
from thingsjournal.tui.app import make_app
from thingsjournal.tui.screens.about import AboutScreen

REPO = Path(__file__).resolve().parents[1]
SSSC_LINK = "http://learn.sssc.uk.com"
CREDIT = "by the Scottish Social Services Council – https://23elcleadership.sssc.uk.com/"
LICENCE = ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")


def _credited(text: str) -> list[str]:
    """What of the SSSC's credit `text` lacks."""
    text = " ".join(text.split())
    wanted = [SSSC_LINK, CREDIT, *LICENCE]
    missing = [piece for piece in wanted if piece not in text]
    return missing + ([] if "adapted" in text.lower() else ["adapted"])


def test_notice_carries_the_sssc_link_licence_and_adapted() -> None:
    notice = (packaged_root().path / "NOTICE.md").read_text(encoding="utf-8")
    assert _credited(notice) == []


def test_the_traceability_page_notice_points_to_is_installed_beside_it() -> None:
    content = packaged_root().path
    assert isinstance(content, Path)  # installed as files, in a checkout or from a wheel
    notice = (content / "NOTICE.md").read_text(encoding="utf-8")
    assert "content-traceability.md, installed beside this notice" in " ".join(notice.split())
    page = content / "content-traceability.md"  # where an installed app has it
    if content.is_relative_to(REPO / "src"):  # a source checkout: building the wheel puts it there
        build = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
        included = build["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
        assert included["docs/content-traceability.md"] == "thingsjournal/content/content-traceability.md"
        page = REPO / "docs" / "content-traceability.md"
    assert page.is_file()


async def test_about_carries_the_sssc_link_licence_and_adapted(tmp_path: Path) -> None:
    app = make_app(journal_dir=tmp_path / "j")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f1", "a")
        await pilot.pause()
        assert isinstance(app.screen, AboutScreen)
        text = "\n".join(str(widget.render()) for widget in app.screen.query(Static))
        assert _credited(" ".join(text.split())) == []


@pytest.fixture
def journal(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """One entry of each kind that shows SSSC content: a Thing and capability ratings."""
    folder = tmp_path / "journal"
    entries = saved(
        folder,
        reflection(5, "Reflected on my practice.", learning_date=date(2026, 11, 2)),
        CapabilityRating(learning_date=date(2026, 11, 1), ratings={"vision": 4}, notes="Confident now."),
    )
    return folder, {entry.kind: entry.id for entry in entries}


@pytest.mark.parametrize("fmt", ["markdown", "html"])
@pytest.mark.parametrize("kind", ["reflection", "rating"])
def test_every_export_footer_carries_the_sssc_link_licence_and_adapted(
    journal: tuple[Path, dict[str, str]], kind: str, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, ids = journal
    assert main(["--journal", str(folder), "export", "--entry", ids[kind], "--format", fmt, "--privacy", "off"]) == 0
    out = capsys.readouterr().out
    footer = out.rsplit("<hr", 1)[-1] if fmt == "html" else out.rsplit("\n---\n", 1)[-1]
    footer = " ".join(footer.replace("\\", "").split())
    assert _credited(footer) == [], footer
