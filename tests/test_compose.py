"""From answers to a badge-ready statement: `compose` drafts it with each criterion as a heading,
never overwrites one written, and the headings survive export as headings (and lines of their
own in the plain text) without counting as words."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st
from journal_helpers import load_as, packaged_thing, reflection, saved
from markdown_it import MarkdownIt

from thingsjournal.cli.main import main
from thingsjournal.journal.entries import Reflection
from thingsjournal.journal.store import JournalStore
from thingsjournal.text.sections import line_words, sections, statement_words
from thingsjournal.text.wordcount import LineWordCounter, count_words

if TYPE_CHECKING:
    from pathlib import Path

    from thingsjournal.catalog.models import Thing

ANSWERS = {
    "recognise-reward": "We give thank-you cards.",
    "daily-leadership": "I model calm transitions.\n\n# not a heading, mine",
    "overlap": "An answer to a prompt of another Thing is not drafted.",
}


def _questions(thing: Thing) -> list[str]:
    by_id = {prompt.id: prompt.question for prompt in thing.prompts}
    return [by_id[prompt_id] for prompt_id in thing.statement.covers]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([*args])
    out, err = capsys.readouterr()
    return code, out, err


def test_compose_print_puts_each_answer_under_its_criterion_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(1, "", answers=ANSWERS))
    code, out, _ = _run(capsys, "--journal", str(journal), "compose", "1", "--print")
    assert code == 0
    found = sections(out)
    assert [section.heading for section in found] == _questions(packaged_thing(1))
    assert [section.body for section in found] == [
        ANSWERS["recognise-reward"],
        "",  # not answered yet: a heading to write under
        ANSWERS["daily-leadership"],
        "",
    ]


def test_compose_fills_an_empty_statement_and_never_changes_a_written_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal"
    [entry] = saved(journal, reflection(1, "", answers=ANSWERS))
    code, out, _ = _run(capsys, "--journal", str(journal), "compose", "1")
    assert code == 0 and "Drafted the statement of Thing 1" in out
    written = load_as(JournalStore(journal), entry.id, Reflection)
    assert [section.heading for section in sections(written.statement)] == _questions(packaged_thing(1))
    assert written.words() == count_words(ANSWERS["recognise-reward"] + " " + ANSWERS["daily-leadership"])

    path = journal / next(p.name for p in journal.glob("*.toml"))
    before = path.read_bytes()
    code, out, err = _run(capsys, "--journal", str(journal), "compose", "1")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "compose never changes it" in err and "compose 1 --print" in err
    assert path.read_bytes() == before


def test_compose_for_a_thing_with_no_entry_starts_one_with_the_headings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal"
    code, _, _ = _run(capsys, "--journal", str(journal), "compose", "2")
    assert code == 0
    [summary] = JournalStore(journal).listing().entries
    entry = load_as(JournalStore(journal), summary.id, Reflection)
    assert [s.heading for s in sections(entry.statement)] == _questions(packaged_thing(2)) and entry.words() == 0


def test_a_thing_that_lists_no_criteria_drafts_the_prompts_answered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    thing = packaged_thing(14)
    assert thing.statement.covers == ()
    answered = thing.prompts[-1]
    journal = tmp_path / "journal"
    saved(journal, reflection(14, "", answers={answered.id: "What I did."}))
    code, out, _ = _run(capsys, "--journal", str(journal), "compose", "14", "--print")
    assert code == 0 and [(s.heading, s.body) for s in sections(out)] == [(answered.question, "What I did.")]
    saved(journal / "empty", reflection(14, ""))
    code, _, err = _run(capsys, "--journal", str(journal / "empty"), "compose", "14")
    assert code == 2 and "no answers to draft from" in err


def test_headings_are_headings_in_markdown_and_html_and_lines_in_plain_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    questions = _questions(packaged_thing(1))
    statement = (
        f"Before any heading.\n\n## {questions[0]}\n\nCards <b>and</b> *praise*.\n# mine, not a heading\n\n"
        f"##   {questions[2]}  \n\nCalm."
    )
    journal = tmp_path / "journal"
    saved(journal, reflection(1, statement, covered=("recognise-reward",)))
    markdown = _run(capsys, "--journal", str(journal), "export", "1")[1]
    tokens = MarkdownIt("commonmark").parse(markdown)
    headings = [tokens[i + 1].content for i, token in enumerate(tokens) if token.type == "heading_open"]
    assert headings[-2:] == [questions[0], questions[2]]
    assert "Statement: 11 words (minimum 200)" in headings  # the words of the four lines that are not headings
    html = MarkdownIt("commonmark").render(markdown)
    assert f"<h3>{questions[0]}</h3>" in html
    assert "Cards &lt;b&gt;and&lt;/b&gt; *praise*.<br />\n# mine, not a heading" in html  # still the user's text
    assert "✓ covered: " + questions[0] in markdown and "☐ not ticked: " + questions[1] in markdown
    page = _run(capsys, "--journal", str(journal), "export", "1", "--format", "html")[1]
    assert f"<h3>{questions[2]}</h3>" in page

    plain = _run(capsys, "--journal", str(journal), "export", "1", "--format", "text")[1]
    assert plain.splitlines() == [
        "Before any heading.",
        "",
        questions[0],
        "",
        "Cards <b>and</b> *praise*.",
        "# mine, not a heading",
        "",
        questions[2],
        "",
        "Calm.",
    ]


def test_the_portfolio_summary_shows_the_points_ticked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated_dirs: Path
) -> None:
    journal = tmp_path / "journal"
    saved(
        journal,
        reflection(1, "Two words.", covered=("recognise-reward", "daily-leadership")),
        reflection(2, "Two more."),
    )
    markdown = _run(capsys, "--journal", str(journal), "export", "1", "2")[1]
    summary = markdown.split("## Entries")[0]
    assert "2 words, 2 of 4 points ticked" in summary and "2 words, 0 of 4 points ticked" in summary


@given(
    st.lists(
        st.sampled_from(["## A heading", "##", "## ", "##x", " ## not", "words here", "", "# one", "a ## b"]),
        max_size=12,
    ).map("\n".join)
)
def test_headings_count_no_words_however_the_text_is_edited(text: str) -> None:
    expected = sum(count_words(line) for line in text.split("\n") if not (line.startswith("## ") and line[3:].strip()))
    assert statement_words(text) == expected
    counter = LineWordCounter("", line_words)
    counter.replace_lines(0, 0, text.split("\n"))
    assert counter.total == expected
