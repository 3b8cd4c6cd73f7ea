"""A CPL year exported (issue 26): the full portfolio of the year's entries, or the verifier's
one-page summary (per element the entries with date, title, time and one line on what was
learned; the two expected topics; the total time; the attribution), as Markdown or as Word."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from datetime import date
from typing import TYPE_CHECKING

import pytest
from journal_helpers import modes, reflection, saved

from thingsjournal.cli.main import main
from thingsjournal.journal.entries import LearningRecord
from thingsjournal.session import Session
from thingsjournal.settings import Settings, save_settings
from thingsjournal.text.first_sentence import first_sentence

if TYPE_CHECKING:
    from pathlib import Path

TODAY = date(2026, 12, 5)


@pytest.fixture
def year_journal(journal: Path, isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    save_settings(
        isolated_dirs / ".config" / "thingsjournal" / "settings.toml",
        Settings(
            name="Ann Example",
            registration_number="1234567",
            register_part="Practitioner in day care of children services",
            registration_date=date(2019, 6, 10),
        ),
    )
    monkeypatch.setattr(Session, "current_date", lambda self: TODAY)
    saved(
        journal,
        LearningRecord(
            title="Trauma informed practice module",
            learning_date=date(2026, 7, 1),
            minutes=90,
            elements=("communication-and-relationships",),
            topics=("trauma",),
            learned="Relationships come first. Then routines follow.",
        ),
        reflection(
            4,
            "## What happened\nI asked the team for feedback. It was hard to hear.",
            learning_date=date(2026, 9, 1),
            elements=("reflective-practice", "protection"),
            summary="Asking for feedback made my leadership visible to me.",
        ),
        LearningRecord(title="Before the year", learning_date=date(2026, 6, 9), elements=("protection",)),
    )
    return journal


def _out(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_the_summary_lists_per_element_each_entry_with_a_line_on_what_was_learned(
    year_journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = _out(
        capsys, "--journal", str(year_journal), "export", "--cpl-year", "2026", "--summary", "--privacy", "off"
    )
    cover, rest = summary.split("## Core learning elements", 1)
    assert "Name: Ann Example" in cover and "SSSC registration number: 1234567" in cover
    assert "CPL year: 10 Jun 2026 to 9 Jun 2027 (the declaration is due around 10 Jun 2027)" in cover
    assert "- 1 Jul 2026: Trauma informed practice module (1h 30m): Relationships come first." in rest
    thing_line = "- 1 Sep 2026: Thing 4: "
    # under Reflective practice, Protection, and Adult and child protection
    assert thing_line in rest and rest.count("Asking for feedback made my leadership visible to me.") == 3
    assert "### Rights based and ethical practice\n\nNot covered in this year." in rest
    assert "Before the year" not in summary  # learned the day before the year began
    topics = rest.split("## Learning expected of everyone", 1)[1]
    assert "### Trauma informed practice\n\n- 1 Jul 2026" in topics
    assert "### Adult and child protection\n\n- 1 Sep 2026" in topics  # the element Protection counts
    assert "## Time spent\n\n1h 30m in 2 entries." in summary
    assert "Core learning elements: Scottish Social Services Council, A quick guide to required CPL topics" in summary
    assert "23 Things ELC Leadership" in summary.split("---")[-1]  # the Things' titles are credited


def test_the_first_sentence_stands_in_where_no_summary_line_was_written() -> None:
    assert first_sentence("I asked the team. It was hard.") == "I asked the team."
    assert first_sentence("\n\nNo stop at all\nbut two lines") == "No stop at all but two lines"
    assert first_sentence("She said “yes.” Then") == "She said “yes.”"
    assert first_sentence(" ".join(["word"] * 60)).endswith("word…")


def test_the_year_as_a_portfolio_holds_the_years_entries_alone(
    year_journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    portfolio = _out(capsys, "--journal", str(year_journal), "export", "--cpl-year", "this", "--privacy", "off")
    assert portfolio.startswith("# Portfolio of learning")
    assert "Period: 10 Jun 2026 to 9 Jun 2027" in portfolio
    assert "Trauma informed practice module" in portfolio and "Before the year" not in portfolio


def test_wrong_combinations_are_refused_in_a_line(year_journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--journal", str(year_journal), "export", "--summary"]) == 2
    assert "--summary goes with --cpl-year" in capsys.readouterr().err
    assert main(["--journal", str(year_journal), "export", "--cpl-year", "2026", "--all"]) == 2
    assert "--cpl-year chooses the entries itself" in capsys.readouterr().err
    assert main(["--journal", str(year_journal), "export", "--cpl-year", "someday"]) == 2
    assert "'someday' is not a CPL year" in capsys.readouterr().err


def _word_headings(data: bytes) -> list[tuple[int, str]]:
    from docx import Document

    return [
        (int(paragraph.style.name.removeprefix("Heading ")), paragraph.text)
        for paragraph in Document(io.BytesIO(data)).paragraphs
        if paragraph.style is not None and paragraph.style.name and paragraph.style.name.startswith("Heading ")
    ]


def _markdown_headings(markdown: str) -> list[tuple[int, str]]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(markdown)
    return [
        (int(token.tag[1]), tokens[index + 1].content.replace("\\", ""))
        for index, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


@pytest.mark.parametrize(
    "selector",
    [["4"], ["--all"], ["--cpl-year", "2026", "--summary"]],
    ids=["entry", "portfolio", "summary"],
)
def test_word_documents_have_the_markdowns_headings_and_are_private(
    year_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], selector: list[str]
) -> None:
    command = ["--journal", str(year_journal), "export", *selector, "--privacy", "off"]
    markdown = _out(capsys, *command)
    target = tmp_path / "out.docx"
    assert main([*command, "--format", "docx", "-o", str(target)]) == 0
    assert "Exported" in capsys.readouterr().err
    data = target.read_bytes()
    assert _word_headings(data) == _markdown_headings(markdown)
    assert modes(tmp_path)["out.docx"] == 0o600
    if shutil.which("pandoc"):
        plain = subprocess.run(
            ["pandoc", "--from", "docx", "--to", "plain", "--wrap", "none", str(target)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert all(text in plain for _, text in _markdown_headings(markdown))


def test_a_word_document_is_not_written_to_a_terminal(
    year_journal: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["--journal", str(year_journal), "export", "4", "--format", "docx"]) == 2
    assert "a Word document cannot be shown on the screen: give -o FILE.docx" in capsys.readouterr().err
