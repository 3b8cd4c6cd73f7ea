"""A first reading of a large journal says how far it has got (issue 28): the progress line shows
only after half a second, at most ten times a second, ends at the total, and is wiped after; the
journal scan reports each file it looks at."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from journal_helpers import reflection, saved

from thingsjournal.cli.progress_line import ProgressLine
from thingsjournal.journal.store import JournalStore

if TYPE_CHECKING:
    from pathlib import Path


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_line_shows_after_half_a_second_and_is_wiped_at_the_end() -> None:
    now = [0.0]
    screen = Terminal()
    progress = ProgressLine(screen, "Reading your journal", clock=lambda: now[0])
    for done in range(1, 101):
        now[0] += 0.02  # two seconds in all, a file every 20 ms
        progress(done, 100)
    drawn = screen.getvalue().split("\r")[1:]
    assert drawn[0].strip() == "Reading your journal: 25 of 100 files…"  # the first after 0.5 s
    assert 14 <= len(drawn) <= 17  # about ten a second for the last 1.5 s
    assert drawn[-1].strip() == "Reading your journal: 100 of 100 files…"
    progress.finish()
    assert screen.getvalue().endswith("\r" + " " * len("Reading your journal: 100 of 100 files…") + "\r")


def test_a_quick_reading_or_no_terminal_shows_nothing() -> None:
    screen = Terminal()
    quick = ProgressLine(screen, "Reading", clock=lambda: 0.1)
    quick(5, 5)
    quick.finish()
    assert screen.getvalue() == ""
    now = [0.0]
    piped = io.StringIO()
    slow = ProgressLine(piped, "Reading", clock=lambda: now[0])
    now[0] = 9.0
    slow(1, 1)
    slow.finish()
    assert piped.getvalue() == ""


def test_the_scan_reports_every_file_it_looks_at(tmp_path: Path) -> None:
    saved(tmp_path, *[reflection(n, f"words {n}") for n in range(1, 6)])
    (tmp_path / "not-an-entry.toml").write_text("kind = 3")
    told: list[tuple[int, int]] = []
    listing = JournalStore(tmp_path).listing(lambda done, total: told.append((done, total)))
    assert len(listing.entries) == 5 and len(listing.problems) == 1
    assert told == [(done, 6) for done in range(1, 7)]
