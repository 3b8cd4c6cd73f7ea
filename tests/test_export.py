"""Exports: one entry as Markdown for a badge application or a post, the plain statement, a CPL
portfolio, and HTML; the user's text survives each as written, and the structure stays ours."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from journal_helpers import reflection, saved
from markdown_it import MarkdownIt

from thingsjournal.cli.export import FORMATS as CLI_FORMATS
from thingsjournal.cli.main import main
from thingsjournal.export.render import FORMATS
from thingsjournal.journal.entries import LearningRecord
from thingsjournal.settings import Settings, save_settings

if TYPE_CHECKING:
    from pathlib import Path

NASTY = "# Not a heading\n---\n* not emphasis*\n> not a quote\n<script>alert(1)</script>\n```\n`code` and [link](http://x) & &amp;"


def _headings(markdown: str) -> list[tuple[int, str]]:
    """Each heading's level and its text as rendered (escapes gone)."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    return [
        (int(token.tag[1]), "".join(child.content for child in tokens[index + 1].children or ()))
        for index, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


def _export(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main([*args]) == 0
    return capsys.readouterr().out


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    saved(
        folder,
        reflection(
            10,
            "My statement.\nIt has two lines.",
            answers={"shared-outcome": NASTY},
            headings={"do": "Listened first."},
            capabilities=("vision",),
            sub_capabilities=("influencing-people",),
            elements=("reflective-practice",),
            learning_date=date(2026, 11, 3),
            minutes=90,
        ),
        reflection(1, "word " * 210, learning_date=date(2026, 9, 2), status="complete"),
        LearningRecord(
            title="First aid",
            activity="Course",
            learned="CPR",
            learning_date=date(2026, 10, 1),
            minutes=120,
            elements=("protection",),
        ),
    )
    return folder


def test_one_thing_as_markdown_has_its_evidence_under_headings(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from thingsjournal.session import Session

    programme = Session.open(journal).catalog.programme("sssc-23-things-elc")
    assert programme is not None
    thing = programme.thing(10)
    assert thing is not None
    markdown = _export(capsys, "--journal", str(journal), "export", "10")
    headings = _headings(markdown)
    question = next(prompt.question for prompt in thing.prompts if prompt.id == "shared-outcome")
    assert headings[0] == (1, f"Thing 10: {thing.title}")
    assert (2, question) in headings
    assert (2, "Leadership Logic Model") in headings and (2, "Evidence") in headings
    assert (2, "Statement: 6 words (minimum 200)") in headings
    assert len(headings) == 6  # the user's "# Not a heading" made none
    assert f"Open Badge: {thing.badge}" in markdown.replace("\\", "")
    assert "Learning date: 3 Nov 2026" in markdown and "Time spent: 1h 30m" in markdown
    assert "- Vision\n- Collaborating and influencing: Influencing people" in markdown  # a sub-capability under its own
    assert "Reflective practice" in markdown
    assert "Scottish Social Services Council" in markdown.split("---")[-1] and "CC BY 4.0" in markdown


def test_user_text_reads_the_same_once_rendered(journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    html = MarkdownIt("commonmark").render(_export(capsys, "--journal", str(journal), "export", "10"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script" not in html
    assert "# Not a heading<br />\n---" in html and "&gt; not a quote" in html
    assert "<li>not emphasis*<br />" in html  # a line that starts like a list item stays one, as written
    assert "`code` and [link](http://x) &amp; &amp;amp;" in html
    assert "<hr" not in html.split("Statement")[0]  # the user's --- is text; the one rule is the footer's


def test_the_plain_statement_is_exactly_as_written(journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        _export(capsys, "--journal", str(journal), "export", "10", "--format", "text")
        == "My statement.\nIt has two lines.\n"
    )
    several = _export(capsys, "--journal", str(journal), "export", "1", "10", "--format", "text")
    assert several.startswith("Thing 1: Why is everyday leadership important?\n\nword word")
    assert "\n\nThing 10: " in several and several.endswith("My statement.\nIt has two lines.\n")


@given(
    st.lists(
        st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")))
        | st.sampled_from(["\n", "\t", "# ", "## ", "* ", "<b>", "`"])
    ).map("".join)
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_statement_survives_the_plain_export_verbatim(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    from thingsjournal.export.render import Period, render
    from thingsjournal.journal.entries import normalise_text
    from thingsjournal.session import Session

    folder = tmp_path_factory.mktemp("journal")
    [entry] = saved(folder, reflection(4, text))
    # As written, but for a heading line (`## ` and words): its words alone, on their own line.
    lines = [line[3:].strip() if line.startswith("## ") and line[3:].strip() else line for line in text.split("\n")]
    view = Session.open(folder).view
    assert [summary.id for summary in view.listing.entries] == [entry.id]
    plain = render(view, view.listing.entries, "text", Period(), False, {})
    assert plain == normalise_text("\n".join(lines)) + "\n"


def test_a_portfolio_has_a_cover_a_summary_and_every_entry(
    journal: Path, capsys: pytest.CaptureFixture[str], isolated_dirs: Path
) -> None:
    save_settings(
        isolated_dirs / ".config" / "thingsjournal" / "settings.toml",
        Settings(name="Ann [Example]", registration_number="1234567", register_part="Practitioner"),
    )
    markdown = _export(
        capsys, "--journal", str(journal), "export", "--all", "--since", "01/09/2026", "--until", "2026-11-30"
    )
    headings = [text for _, text in _headings(markdown)]
    assert headings[:3] == ["Portfolio of learning", "Summary", "Entries"]
    assert {"Thing 1: Why is everyday leadership important?", "First aid"} <= set(headings)
    cover = markdown.split("## Summary")[0]
    assert "Name: Ann \\[Example\\]" in cover and "SSSC registration number: 1234567" in cover
    assert "Register part: Practitioner" in cover and "Period: 1 Sep 2026 to 30 Nov 2026" in cover
    summary = markdown.split("## Summary")[1].split("## Entries")[0]
    assert "Things completed: 1 of 2" in summary and "210 words" in summary
    assert "Learning-log records: 1" in summary and "Time spent: 3h 30m" in summary
    assert "Leadership capabilities covered (2 of 6)" in summary and "Not yet covered: Self-leadership" in summary
    assert "Core learning elements covered (2 of 7)" in summary


def test_a_date_range_keeps_only_the_entries_learned_in_it(journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    markdown = _export(
        capsys, "--journal", str(journal), "export", "--all", "--since", "2026-10-01", "--until", "2026-10-31"
    )
    assert [text for level, text in _headings(markdown) if level == 3] == ["First aid"]


def test_html_is_a_printable_page_with_no_tag_the_user_typed(journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    html = _export(capsys, "--journal", str(journal), "export", "--all", "--format", "html")
    assert html.startswith("<!doctype html>") and "@media print" in html
    assert "<script" not in html and "&lt;script&gt;" in html
    assert "<h1>Portfolio of learning</h1>" in html


def test_the_html_page_loads_nothing_from_anywhere(journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    html = _export(capsys, "--journal", str(journal), "export", "--all", "--format", "html")
    assert "content=\"default-src 'none'; style-src 'unsafe-inline'\"" in html.split("</head>")[0]
    for loads in ("src=", "<link", "@import", "url("):
        assert loads not in html, loads


def test_export_writes_a_private_file(journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out" / "thing-10.md"
    target.parent.mkdir()
    assert main(["--journal", str(journal), "export", "10", "-o", str(target)]) == 0
    assert target.read_text().startswith("# Thing 10: ")
    assert target.stat().st_mode & 0o777 == 0o600
    assert capsys.readouterr().err.startswith("Exported 1 entry to ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "export needs a selector: Things (export 5 7), entries (--entry ID) or --all"),
        (["99"], "unknown Thing '99'"),
        (["5"], "Thing 5 (How do I show vision as a leader?) has no entry yet: nothing to export"),
        (["--entry", "zzzz"], "no entry 'zzzz'"),
        (["--all", "--since", "31/02/2026"], "--since 31/02/2026:"),
        (["--all", "--since", "2030-01-01"], "nothing to export: no entries match (from 1 Jan 2030)"),
        (
            ["10", "-o", "/nonexistent/folder/x.md"],
            "-o /nonexistent/folder/x.md: the folder /nonexistent/folder does not exist",
        ),
    ],
)
def test_mistakes_are_one_line_and_exit_2(
    journal: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["--journal", str(journal), "export", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and message in captured.err


def test_the_command_line_offers_the_formats_export_makes() -> None:
    assert CLI_FORMATS == FORMATS


@pytest.mark.skipif(
    shutil.which("pandoc") is None, reason="pandoc is not installed here; .ci/run installs Debian's pandoc"
)
def test_pandoc_turns_a_portfolio_into_docx_without_a_warning(
    journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "portfolio.md"
    assert main(["--journal", str(journal), "export", "--all", "-o", str(source)]) == 0
    result = subprocess.run(
        ["pandoc", "-f", "commonmark", "-t", "docx", "-o", str(tmp_path / "portfolio.docx"), str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert (tmp_path / "portfolio.docx").stat().st_size > 5000


def test_entries_json_and_export_agree_on_what_there_is(journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = json.loads(_export(capsys, "--journal", str(journal), "entries", "--json"))
    markdown = _export(capsys, "--journal", str(journal), "export", "--all")
    assert len([level for level, _ in _headings(markdown) if level == 3]) == len(rows)
