"""Every key lands where the cursor is, in order, however fast: typed through a real terminal in
bursts of 50 keys a second, with pauses just past the autosave pause (so a save and a privacy
check run while keys keep coming), Backspaces straight after each pause (in one write, as key
repeat sends them), and keys sent in the same write as each tab switch. The saved file must hold exactly what was sent.

Three rounds a field in the suite; the soak (`tests/soak`) runs twenty."""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from journal_helpers import load_as
from pty_helpers import Terminal, app_in_pty, wait_for_exit

from thingsjournal.journal.entries import Reflection, SelfAssessment
from thingsjournal.journal.store import JournalStore
from thingsjournal.tui.screens.autosaving import PAUSE

pytestmark = pytest.mark.xdist_group("timing")

KEY_GAP = 0.02  # 50 keys a second
BACKSPACE, CTRL_PAGE_DOWN, CTRL_Q, CTRL_A = "\x7f", "\x1b[6;5~", "\x11", "\x01"


def _rounds_of_words(terminal: Terminal, name: str, rounds: int) -> str:
    """Type `rounds` bursts into the focused field, each followed by a pause past the autosave
    and three Backspaces and new letters; what the field should then hold."""
    expected = ""
    for number in range(1, rounds + 1):
        burst = f"{name} round {number}: the quick brown fox jumps over the lazy dog"
        terminal.type(burst)
        time.sleep(PAUSE + 0.2)
        terminal.burst([BACKSPACE] * 3 + list("cat"))
        terminal.type(". ")
        expected += burst[:-3] + "cat. "
    return expected.rstrip()


def test_bursts_around_the_autosave_and_tab_switches_keep_every_key(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    rounds = 20 if request.config.getoption("soak") else 3
    journal = tmp_path / "journal"
    with app_in_pty(["open", "1"], {"THINGSJOURNAL_DIR": str(journal)}, size=(120, 40)) as app:
        terminal = Terminal(app.master)
        terminal.wait_for("0 words")  # the first prompt's field has the cursor
        answer = _rounds_of_words(terminal, "prompt", rounds)
        terminal.burst([CTRL_PAGE_DOWN, *"statement "])  # to the Statement tab, typing at once
        statement = "statement " + _rounds_of_words(terminal, "statement", rounds)
        terminal.burst([CTRL_PAGE_DOWN] * 3)  # Logic model, Tags, Details: its first field is the date
        terminal.burst([CTRL_A])  # it starts as today's date: typed over
        dates = []
        for number in range(1, rounds + 1):
            learned = date(2026, 11, 1) + timedelta(days=number)
            typed = f"{learned.day} Nov 2026"
            terminal.type(typed)
            time.sleep(PAUSE + 0.2)
            terminal.burst([BACKSPACE] * len(typed))
            dates.append(learned)
        terminal.type(f"{dates[-1].day} Nov 2026")
        time.sleep(0.2)
        terminal.type([CTRL_Q])
        assert wait_for_exit(app.pid, None) is not None, "the app did not quit"
    store = JournalStore(journal)
    [summary] = store.listing().entries
    entry = load_as(store, summary.id, Reflection)
    assert entry.answers == {"recognise-reward": answer}
    assert entry.statement == statement
    assert entry.learning_date == dates[-1]


def test_keys_typed_while_the_app_opens_land_in_the_first_field(tmp_path: Path) -> None:
    """Typed before the screen is even drawn: the Thing screen focuses its field a moment after
    it first draws, and no key may go to whatever had the focus on the way."""
    journal = tmp_path / "journal"
    with app_in_pty(["open", "1"], {"THINGSJOURNAL_DIR": str(journal)}, size=(120, 40)) as app:
        terminal = Terminal(app.master)
        terminal.burst(list("early words"))
        terminal.wait_for("2 words")
        terminal.burst([CTRL_Q])
        assert wait_for_exit(app.pid, None) is not None
    store = JournalStore(journal)
    [entry] = store.listing().entries
    assert load_as(store, entry.id, Reflection).answers == {"recognise-reward": "early words"}


def test_keys_typed_as_a_self_assessment_opens_reach_every_element_in_order(tmp_path: Path) -> None:
    """Typed in one write with the `a` that opens it, while most of the screen is still being
    mounted: Tab past the first element's evidence to the last element's lands there, not
    back at the top, and Ctrl+Q saves both."""
    from thingsjournal.session import Session

    journal = tmp_path / "journal"
    framework = Session.open(journal).catalog.assessments()["derbyshire-leadership"]
    shown = [
        element.id for dimension in framework.dimensions_for(framework.levels[0].id) for element in dimension.elements
    ]
    with app_in_pty([], {"THINGSJOURNAL_DIR": str(journal)}) as app:
        terminal = Terminal(app.master)
        terminal.wait_for("Start with Things")
        # The level, the date, the first element's standing; then its evidence.
        terminal.burst(["a", *"\t\t\t", *"first words", *["\t"] * (2 * len(shown) - 2), *"last words"])
        terminal.wait_for("last words")
        terminal.burst([CTRL_Q])
        assert wait_for_exit(app.pid, None) is not None, "the app did not quit"
    store = JournalStore(journal)
    [summary] = store.listing().entries
    standings = load_as(store, summary.id, SelfAssessment).standings
    assert {key: value.evidence for key, value in standings.items()} == {
        shown[0]: "first words",
        shown[-1]: "last words",
    }
