"""An export of entries the caches hold is rendered from the cached data: neither the entry
models nor the content models (pydantic) are imported, and the export is the same as the one
made when every entry was read from its file."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from typing import TYPE_CHECKING

import pytest
from journal_helpers import reflection, saved

from thingsjournal.journal.entries import Badge, CapabilityRating, LearningRecord
from thingsjournal.journal.entry_cache import ENTRIES_FILE, MAGIC, cached_entries

if TYPE_CHECKING:
    from pathlib import Path

MODELS = ("pydantic", "thingsjournal.journal.entries", "thingsjournal.catalog.models")


@pytest.fixture
def journal(tmp_path: Path, isolated_dirs: Path) -> Path:
    folder = tmp_path / "journal"
    written = reflection(5, "## How do I show vision?\n\nBy *listening* first.\n\n1. one\n2. two", minutes=90)
    saved(
        folder,
        written.model_copy(
            update={
                "answers": {"vision-meaning": "An answer.", "an-old-prompt": "Kept."},
                "headings": {"inputs": "Time and people."},
                "covered": ("vision-meaning",),
                "capabilities": ("vision",),
                "elements": ("reflective-practice",),
                "badge": Badge.model_validate(
                    {"events": [{"event": "submitted", "date": "2026-11-03"}], "notes": "Sent."}
                ),
            }
        ),
        reflection(1, "Short."),
        LearningRecord(title="First aid", activity="Course", learned="Steps.", practice="Practise.", minutes=60),
        CapabilityRating(learning_date=date(2026, 11, 1), ratings={"vision": 4}, notes="Confident now."),
    )
    return folder


def _export(journal: Path, fmt: str, *, record_imports: bool) -> tuple[bytes, set[str]]:
    """The export's bytes, and the model modules the process had imported when it ended."""
    code = (
        "import sys\n"
        "from thingsjournal.cli.main import main\n"
        f"status = main(['--journal', {str(journal)!r}, 'export', '--all', '--format', {fmt!r},"
        " '--privacy', 'off', '-o', '-'])\n"
        "sys.stdout.flush()\n"
        f"print('\\nIMPORTED', *[name for name in {MODELS!r} if name in sys.modules], file=sys.stderr)\n"
        "raise SystemExit(status)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, env=os.environ.copy(), timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    imported = done.stderr.decode().rsplit("IMPORTED", 1)[1].split()
    return done.stdout, set(imported) if record_imports else set()


@pytest.mark.parametrize("fmt", ["markdown", "text", "html"])
def test_an_export_from_warm_caches_imports_no_models_and_is_the_same(journal: Path, fmt: str) -> None:
    cache = journal / ".thingsjournal"
    for name in ("index.cache", ENTRIES_FILE):
        (cache / name).unlink(missing_ok=True)
    cold, _ = _export(journal, fmt, record_imports=False)  # every entry read from its file
    assert (cache / "index.cache").is_file() and (cache / ENTRIES_FILE).is_file()
    warm, imported = _export(journal, fmt, record_imports=True)
    assert warm == cold
    assert b"listening" in warm and b"Confident now." in warm and b"First aid" in warm
    assert imported == set()


def _journal_of(folder: Path, count: int) -> list[str]:
    """`count` reflections of about 400 words each, of words in a varied order; their ids."""
    import random

    words = "children play trust families team reflect practice learning setting outcomes share".split()
    chosen = random.Random(7)
    entries = [
        reflection(number % 23 + 1, " ".join(chosen.choice(words) for _ in range(400)) + f" entry {number}.")
        for number in range(count)
    ]
    return [entry.id for entry in saved(folder, *entries)]


def test_a_portfolio_is_written_entry_by_entry(tmp_path: Path, isolated_dirs: Path) -> None:
    from thingsjournal.export.render import Period, choose_entries, export_chunks, render
    from thingsjournal.session import Session

    _journal_of(tmp_path / "journal", 30)
    view = Session.open(tmp_path / "journal").view
    summaries = choose_entries(view, [], [], True, Period())
    for fmt in ("markdown", "text"):
        pieces = list(export_chunks(view, summaries, fmt, Period(), True, {}))
        assert len(pieces) >= 30  # a piece for each entry, not one assembled document
        assert max(len(piece) for piece in pieces) < 8_000  # each about one entry's text
        assert b"".join(pieces).decode() == render(view, summaries, fmt, Period(), True, {})


def test_the_caches_on_disk_are_smaller_than_the_journal(tmp_path: Path, isolated_dirs: Path) -> None:
    from journal_helpers import indexed_store

    folder = tmp_path / "journal"
    ids = _journal_of(folder, 60)
    store = indexed_store(folder)
    assert set(cached_entries(store.listing(), store.app_dir / ENTRIES_FILE)) == set(ids)
    journal_bytes = sum(path.stat().st_size for path in folder.glob("*.toml"))
    cache_bytes = sum(path.stat().st_size for path in store.app_dir.iterdir() if path.name != "lock")
    assert (store.app_dir / ENTRIES_FILE).is_file() and (store.app_dir / "index.cache").is_file()
    assert cache_bytes < journal_bytes


def test_an_entry_lost_while_exporting_is_said_in_one_line(journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Its cached record damaged after the cache was opened, and its file gone: the export stops
    with a message that names the file (the command line's output file is then never made)."""
    from thingsjournal.cli.main import main
    from thingsjournal.session import Session

    assert main(["--journal", str(journal), "export", "--all", "--privacy", "off", "-o", "-"]) == 0  # the caches
    capsys.readouterr()
    session = Session.open(journal)
    data = session.view.entry_data  # the cache file, open
    cache = journal / ".thingsjournal" / ENTRIES_FILE
    with open(cache, "r+b") as handle:  # in place: the same file the export holds open
        handle.seek(len(MAGIC))
        handle.write(b"\0" * (cache.stat().st_size - len(MAGIC) - 100))
    first = session.listing.entries[0]
    (journal / first.file).unlink()
    from thingsjournal.errors import UserError
    from thingsjournal.export.render import Period, choose_entries, export_chunks

    summaries = choose_entries(session.view, [], [], True, Period())
    with pytest.raises(UserError, match=f"{first.file}: changed or removed while exporting"):
        b"".join(export_chunks(session.view, summaries, "markdown", Period(), True, {}))
    assert first.id in data


def test_a_very_long_block_is_a_piece_of_its_own() -> None:
    """A 50 MB statement is written as it is, never first copied into a document string."""
    from thingsjournal.export.markdown_document import LONG_PART, Writer

    class _NoView:
        index = None

    writer = Writer(_NoView())  # type: ignore[arg-type]
    long = "word " * (LONG_PART // 4)
    writer.heading(1, "Before")
    writer.user_text(long.strip())
    writer.heading(2, "After")
    pieces = writer.pieces()
    assert pieces == ["# Before\n\n", long.strip(), "\n\n## After\n"]
    writer.heading(1, "Short")
    writer.line("One line.")
    assert writer.pieces(last=False) == ["# Short\n\nOne line.\n\n"]
