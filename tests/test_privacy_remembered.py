"""The privacy findings remembered between runs are always the findings a fresh check makes: after
an entry's words change, after the people or the fine words change, after an entry goes, and
whatever is done to the cache file, including a copy from another computer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from journal_helpers import reflection, saved

from thingsjournal.files.caches import SECRET_FILE, _digest
from thingsjournal.journal.store import JournalStore
from thingsjournal.privacy import remembered
from thingsjournal.privacy.check import check_entry, vocabulary_for
from thingsjournal.privacy.remembered import FINDINGS_FILE, check_entries
from thingsjournal.session import Session

if TYPE_CHECKING:
    from thingsjournal.journal.entries import Reflection
    from thingsjournal.privacy.findings import Finding

PIECES = [
    "Ruby",
    "Mrs Patel",
    "07700 900123",
    "ruby@example.com",
    "3 March 2024",
    "Hillview Primary School",
    "EH1 1YZ",
    "\x1b[2J",
    "she is four",
    "We talked about play.",
    "Leadership",
    "Amara",
    "\n",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=8).map(" ".join)
STEP = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), TEXT),
    st.tuples(st.just("people"), st.lists(st.sampled_from(["Ruby", "Amara", "Mrs Patel"]), unique=True)),
    st.tuples(st.just("fine"), st.sampled_from(["Ruby", "Hillview Primary School", "Amara"])),
    st.tuples(st.just("delete"), st.integers(0, 2)),
)


def _checked(journal: Path) -> tuple[list[Finding], list[Finding]]:
    """The remembered check and a fresh one, each by a session of its own (as two runs)."""
    session = Session.open(journal)
    summaries = session.listing.entries
    found = check_entries(session.view, session.settings, summaries, session.people, session.machine_secret)
    fresh = Session.open(journal)
    vocabulary = vocabulary_for(fresh.index, fresh.settings, fresh.people)
    data = fresh.view.entry_data
    return found, [finding for summary in summaries for finding in check_entry(data[summary.id], vocabulary)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(TEXT, min_size=3, max_size=3), st.lists(STEP, max_size=6))
def test_remembered_findings_are_what_a_fresh_check_finds(texts: list[str], steps: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        journal = Path(folder) / "journal"
        entries = saved(journal, *(reflection(number + 1, text) for number, text in enumerate(texts)))
        deleted: set[int] = set()
        found, fresh = _checked(journal)
        assert found == fresh
        for step in steps:
            session = Session.open(journal)
            if step[0] == "edit" and step[1] not in deleted:
                store = JournalStore(journal)
                entry = store.load(entries[step[1]].id)  # read first, as the app does: else a conflict copy
                store.save(entry.model_copy(update={"statement": step[2]}))
            elif step[0] == "people":
                session.save_people(step[1])
            elif step[0] == "fine":
                session.mark_fine(step[1])
            elif step[0] == "delete" and step[1] not in deleted:
                JournalStore(journal).delete(entries[step[1]].id)
                deleted.add(step[1])
            found, fresh = _checked(journal)
            assert found == fresh
            assert found == _checked(journal)[0]  # and again, now all from the cache


def _journal_with_a_name(journal: Path) -> Reflection:
    """The entry that names two children (and one that names none)."""
    return saved(journal, reflection(1, "Today Ruby painted with Amara."), reflection(2, "We talked about play."))[0]


def _check(journal: Path) -> list[Finding]:
    session = Session.open(journal)
    return check_entries(
        session.view, session.settings, session.listing.entries, session.people, session.machine_secret
    )


def _count_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from thingsjournal.privacy import check

    checked: list[str] = []
    original = check.check_entry

    def counted(entry: dict, vocabulary: object) -> list[Finding]:
        checked.append(entry["id"])
        return original(entry, vocabulary)  # type: ignore[arg-type]  # the vocabulary passed through

    monkeypatch.setattr(check, "check_entry", counted)
    return checked


def test_an_entry_is_checked_again_only_when_its_words_change(journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    named = _journal_with_a_name(journal)
    checked = _count_checks(monkeypatch)
    first = _check(journal)
    assert {finding.text for finding in first} >= {"Ruby", "Amara"}
    assert len(checked) == 2
    assert _check(journal) == first
    assert len(checked) == 2  # nothing checked: every finding remembered
    store = JournalStore(journal)
    store.save(store.load(named.id).model_copy(update={"statement": "Today ruby painted with amara."}))
    assert [finding for finding in _check(journal) if finding.entry == named.id] == []  # the same length
    store.save(store.load(named.id).model_copy(update={"statement": "We met Amara again."}))
    assert [finding.text for finding in _check(journal) if finding.entry == named.id] == ["Amara"]
    assert checked[2:] == [named.id, named.id]


def test_a_new_version_of_the_check_checks_everything_again(journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _journal_with_a_name(journal)
    _check(journal)
    checked = _count_checks(monkeypatch)
    monkeypatch.setattr(remembered, "checker_digest", lambda: "another version")
    _check(journal)
    assert len(checked) == 2


def test_a_cache_edited_or_from_another_computer_is_never_read(journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Someone who can write in the journal folder (a synced folder, a copy) cannot make the
    check forget a name: the cache's digest is keyed with this computer's secret."""
    _journal_with_a_name(journal)
    first = _check(journal)
    cache_file = JournalStore(journal).app_dir / FINDINGS_FILE
    header, _, payload = cache_file.read_bytes().partition(b"\n")
    forged = json.loads(payload)
    for record in forged.values():
        record[1] = []  # "nothing found here"
    forged_payload = json.dumps(forged).encode()
    key = json.loads(header)["key"]
    for secret in (b"", b"another computer's secret 32 by."):  # unsigned, and signed elsewhere
        cache_file.write_bytes(
            json.dumps({"key": key, "blake2b": _digest(forged_payload, secret)}).encode() + b"\n" + forged_payload
        )
        assert _check(journal) == first
    secret_file = Path(os.environ["XDG_CACHE_HOME"]) / "thingsjournal" / SECRET_FILE
    assert secret_file.stat().st_mode & 0o077 == 0 and len(secret_file.read_bytes()) == 32


def test_the_findings_of_an_entry_that_is_gone_are_forgotten(journal: Path) -> None:
    gone = _journal_with_a_name(journal).id
    _check(journal)
    JournalStore(journal).delete(gone)
    _check(journal)
    payload = (JournalStore(journal).app_dir / FINDINGS_FILE).read_bytes().partition(b"\n")[2]
    assert gone not in json.loads(payload)
    assert b"Ruby" not in payload


def test_an_export_whose_findings_are_remembered_never_loads_the_check(journal: Path) -> None:
    """The check's patterns take 17 ms to compile: an export that finds every entry remembered
    does without them."""
    _journal_with_a_name(journal)
    code = (
        "import sys\n"
        "from thingsjournal.cli.main import main\n"
        f"code = main(['--journal', {str(journal)!r}, 'export', '--all', '-o', {str(journal.parent / 'out.md')!r}])\n"
        "print('thingsjournal.privacy.check' in sys.modules, code)\n"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ)
        for _ in range(2)
    ]
    assert [run.stdout.split()[-2:] for run in runs] == [["True", "0"], ["False", "0"]]
    assert "Amara" in runs[1].stderr  # the findings are still told


def test_the_digest_of_the_check_covers_every_module_it_runs() -> None:
    """A change to any code the check runs must check every entry again. What it imports beyond
    the entry's texts (`entry_texts`, whose fields are in each entry's own digest) and the shape
    of a finding is this package and the text helpers the digest names."""
    code = (
        "import sys\n"
        "import thingsjournal.journal.entry_cache, thingsjournal.privacy.findings\n"
        "before = set(sys.modules)\n"
        "import thingsjournal.privacy.check\n"
        "print(' '.join(sorted(name for name in set(sys.modules) - before if name.startswith('thingsjournal'))))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules = set(run.stdout.split())
    assert "thingsjournal.privacy.check" in modules
    helpers = {"thingsjournal.text"} | {
        f"thingsjournal.text.{name.removesuffix('.py')}" for name in remembered.TEXT_HELPERS if name != "__init__.py"
    }
    assert {name for name in modules if not name.startswith("thingsjournal.privacy.")} <= helpers
