"""The HTML export, printed to PDF by a real browser (chromium, headless, with no network): every
heading of the export is in the PDF, and no word runs past the page's margins, a long URL or a
long word with no spaces in it included. `pdftotext` reads the PDF back, each word with its box."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING
from xml.etree import ElementTree

import pytest
from journal_helpers import reflection, saved
from markdown_it import MarkdownIt

from thingsjournal.export.render import PAGE_TAIL, Period, choose_entries, page_head, render
from thingsjournal.journal.entries import LearningRecord
from thingsjournal.session import Session
from thingsjournal.settings import Settings, save_settings

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.xdist_group("browser")  # chromium is heavy: one print at a time

URL = ("https://www.example.org/library/" + "everydayleadershipinearlylearningandchildcare" * 3)[:120]
WORD = "Supercalifragilistic" * 3
LONG_HEADING = "What I learned about working alongside families, carers and colleagues from other services"
CM = 72 / 2.54  # points in a centimetre
SLACK = 0.5  # points: a glyph's box may reach a hair past the line it sits on


@cache
def _missing_tools() -> str | None:
    """Why the page cannot be printed and read back here, or None."""
    missing = [tool for tool in ("chromium", "pdftotext") if shutil.which(tool) is None]
    if missing:
        return f"{' and '.join(missing)} not installed: needed to print the HTML export to PDF (.ci/run installs them)"
    return None


@cache
def _without_network() -> tuple[str, ...]:
    """The prefix that runs a command in a network namespace of its own (no interface but a
    loopback that is down), where the system allows one; else none, and chromium's own switches
    below keep it off the network."""
    command = ("unshare", "--net", "--map-root-user")
    try:
        done = subprocess.run([*command, "true"], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return ()
    return command if done.returncode == 0 else ()


def _print_to_pdf(page: Path, pdf: Path) -> None:
    """Print the page as chromium's own Print to PDF would, with no header or footer."""
    command = [
        *_without_network(),
        "chromium",
        "--headless",
        "--no-sandbox",  # as root (CI) chromium refuses to start without it
        "--disable-gpu",
        "--no-pdf-header-footer",
        f"--user-data-dir={page.parent / 'chromium-profile'}",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        "--host-resolver-rules=MAP * ~NOTFOUND",  # no name resolves, should anything try
        f"--print-to-pdf={pdf}",
        page.as_uri(),
    ]
    log = page.with_suffix(".log")
    with (
        log.open("wb") as output,
        subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=output, stderr=output, start_new_session=True
        ) as browser,
    ):
        try:
            browser.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(browser.pid, signal.SIGKILL)
            browser.wait()
            pytest.fail(f"chromium did not print {page.name} within 60 s:\n{log.read_text(errors='replace')}")
    assert browser.returncode == 0 and pdf.is_file(), log.read_text(errors="replace")


@dataclass(frozen=True)
class Word:
    page: int
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    text: str


@dataclass(frozen=True)
class Printed:
    text: str  # as pdftotext reads it
    width: float  # of a page, in points
    height: float
    words: list[Word]


def _read_pdf(pdf: Path) -> Printed:
    def run(*args: str) -> str:
        return subprocess.run(["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout

    xhtml = "{http://www.w3.org/1999/xhtml}"
    pages = ElementTree.fromstring(run("-bbox")).iter(f"{xhtml}page")
    sizes: set[tuple[float, float]] = set()
    words: list[Word] = []
    for number, page in enumerate(pages, 1):
        sizes.add((float(page.attrib["width"]), float(page.attrib["height"])))
        for word in page.iter(f"{xhtml}word"):
            box = word.attrib
            edges = (float(box["xMin"]), float(box["yMin"]), float(box["xMax"]), float(box["yMax"]))
            words.append(Word(number, *edges, word.text or ""))
    [(width, height)] = sizes  # every page the same size
    return Printed(run("-enc", "UTF-8"), width, height, words)


def _joined(text: str) -> str:
    """The characters but white space, as one run: where a line broke no longer matters."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).replace("\u00ad", ""))


def _headings(markdown: str) -> list[str]:
    tokens = MarkdownIt("commonmark").parse(markdown)
    return [
        "".join(child.content for child in tokens[index + 1].children or ())
        for index, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


def _margin(html: str) -> float:
    """The print margin the page states, in points."""
    stated = re.search(r"@page\s*\{\s*margin:\s*([\d.]+)cm;?\s*\}", html)
    assert stated, "the page should state its print margin (@page { margin: ...cm })"
    return float(stated[1]) * CM


@pytest.fixture(autouse=True)
def _tools() -> None:
    if reason := _missing_tools():
        pytest.skip(reason)


@pytest.fixture
def portfolio(tmp_path: Path, isolated_dirs: Path) -> tuple[str, str]:
    """A portfolio of several entries, with lists, long headings, a 120-character URL and a
    60-letter word in them: its HTML page and its Markdown."""
    save_settings(
        isolated_dirs / ".config" / "thingsjournal" / "settings.toml",
        Settings(name="Ann Example", registration_number="1234567", register_part="Practitioner"),
    )
    folder = tmp_path / "journal"
    statement = (
        f"I read the service's guidance at {URL} before the team meeting, and it changed how I lead.\n\n"
        f"## {LONG_HEADING} {WORD}\n\n"
        "- I asked before I acted, and listened to what the children's families told me.\n"
        f"- I noticed {WORD} in a parent's note and asked what it meant.\n"
        "- I shared what worked with the room leader.\n\n"
        + "Everyday leadership is doing the small things well, and noticing when others do. "
        * 12
    )
    saved(
        folder,
        reflection(1, statement, learning_date=date(2026, 9, 2), capabilities=("vision",), status="complete"),
        reflection(
            10,
            f"We agreed one outcome for the child.\n\n## What changed\n\n- Fewer handovers\n- One plan, at {URL}",
            headings={"do": f"Listened first, then {WORD}."},
            learning_date=date(2026, 11, 3),
            minutes=90,
        ),
        LearningRecord(
            title=f"A day's course on paediatric first aid and what it asks of a leader in the room {WORD}",
            activity="Course",
            learned=f"Resuscitation steps; the slides are at {URL}",
            practice="- Check the first-aid boxes monthly\n- Brief new staff on their first day",
            learning_date=date(2026, 10, 1),
            minutes=360,
        ),
    )
    session = Session.open(folder)
    summaries = choose_entries(session.view, [], [], True, Period())
    assert len(summaries) == 3
    made = [render(session.view, summaries, fmt, Period(), True, session.settings) for fmt in ("html", "markdown")]
    return made[0], made[1]


def _printed(tmp_path: Path, name: str, html: str) -> Printed:
    page = tmp_path / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    pdf = tmp_path / f"{name}.pdf"
    _print_to_pdf(page, pdf)
    return _read_pdf(pdf)


def _page(title: str, body: str) -> str:
    return page_head(title) + body + PAGE_TAIL


def test_the_html_export_prints_whole_within_the_margins(tmp_path: Path, portfolio: tuple[str, str]) -> None:
    html, markdown = portfolio
    assert len(URL) == 120 and " " not in URL and len(WORD) == 60
    printed = _printed(tmp_path, "portfolio", html)
    # A page of the same style with nothing wide in it: where a line starts when nothing is
    # shrunk (chromium scales a page too wide for the paper down to fit, up to a point).
    reference = _printed(
        tmp_path, "reference", _page("A short page", "<h1>A short page</h1>\n<p>One short line.</p>\n")
    )

    text = _joined(printed.text)
    for heading in _headings(markdown):
        assert _joined(heading) in text, f"heading missing from the PDF: {heading!r}"
    assert len(_headings(markdown)) >= 8
    unbroken = _joined(printed.text.replace("-\n", ""))  # a word hyphenated at a line's end, whole
    for long in (URL, WORD):
        written, found = _joined(markdown).count(long), unbroken.count(long)
        assert written >= 3 and found == written, f"{long} is whole {found} times in the PDF, not {written}"
    assert "file:" not in printed.text and "portfolio.html" not in printed.text  # no header or footer

    margin = _margin(html)
    left, right = margin - SLACK, printed.width - margin + SLACK
    top, bottom = margin - SLACK, printed.height - margin + SLACK
    outside = [
        word
        for word in printed.words
        if word.x_min < left or word.x_max > right or word.y_min < top or word.y_max > bottom
    ]
    assert not outside, f"words past the margins ({left:.1f}-{right:.1f} by {top:.1f}-{bottom:.1f} pt): {outside[:5]}"
    assert min(word.x_min for word in printed.words) == pytest.approx(
        min(word.x_min for word in reference.words), abs=SLACK
    ), "the page was shrunk to fit the paper: something on it is wider than the page"
    assert len({word.page for word in printed.words}) >= 2  # the portfolio runs over pages
