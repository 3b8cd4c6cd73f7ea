"""The garbage collector is paused only while the app starts: every command runs with it
collecting (after reading the journal's listing, if it lists the journal), and the app collects
again once its first screen is drawn."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

import pytest

from thingsjournal import collector
from thingsjournal.cli.main import main

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture(autouse=True)
def _collecting_after() -> Iterator[None]:
    yield
    collector.resume()
    gc.enable()


def test_pause_and_resume_leave_a_collector_turned_off_elsewhere_off() -> None:
    collector.pause()
    assert not gc.isenabled()
    collector.resume()
    assert gc.isenabled()
    gc.disable()  # as the journal's scan does while it runs
    collector.pause()
    collector.resume()
    assert not gc.isenabled()


def test_a_command_runs_collecting_and_main_leaves_it_collecting(
    journal: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from thingsjournal.cli import things

    seen: list[bool] = []
    original = things.things

    def watched(*args: object) -> int:
        seen.append(gc.isenabled())
        return original(*args)  # type: ignore[arg-type]  # the session and arguments, passed on

    monkeypatch.setattr(things, "things", watched)
    assert main(["things", "--json"]) == 0
    assert seen == [True]
    assert gc.isenabled()
    assert main(["things", "--nonsense"]) == 2  # a usage mistake ends before any command runs
    assert gc.isenabled()
    capsys.readouterr()


@pytest.mark.parametrize("command", [["things", "--json"], ["entries"], ["export", "--all", "--privacy", "off"]])
def test_a_command_that_lists_the_journal_reads_it_paused_and_keeps_it_frozen(
    journal: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """The listing lives as long as the command: it is read before the collector comes back,
    and frozen then, so no collection during the command looks through it."""
    from thingsjournal.cli.main import COMMANDS
    from thingsjournal.journal.entries import Reflection
    from thingsjournal.journal.store import JournalStore

    JournalStore(journal).save(Reflection(programme="sssc-23-things-elc", thing=1, statement="A first try."))
    handler_module = __import__(f"thingsjournal.cli.{COMMANDS[command[0]][0]}", fromlist=["_"])
    listed: list[tuple[bool, object]] = []
    collecting_in_command: list[bool] = []
    original_listing = JournalStore.listing

    def watched_listing(self: JournalStore, *args: object, **kwargs: object) -> object:
        found = original_listing(self, *args, **kwargs)  # type: ignore[arg-type]  # passed on
        listed.append((gc.isenabled(), found))
        return found

    monkeypatch.setattr(JournalStore, "listing", watched_listing)
    original_handler = getattr(handler_module, command[0])

    def watched_handler(*args: object) -> int:
        collecting_in_command.append(gc.isenabled())
        [(_, listing)] = listed
        assert not any(found is listing for found in gc.get_objects())  # frozen: out of every generation
        return original_handler(*args)

    monkeypatch.setattr(handler_module, command[0], watched_handler)
    assert main(command) == 0
    capsys.readouterr()
    assert [paused for paused, _ in listed] == [False]
    assert collecting_in_command == [True]


def test_what_a_command_leaves_is_frozen_for_the_way_out(
    journal: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Python's last collection, as the process ends, need not look through what the command
    made (a listing of every entry): it is frozen, out of every generation the collector walks."""
    from thingsjournal.cli import things

    left: list[list[str]] = []
    original = things.things

    def leaving(*args: object) -> int:
        left.append(["made by the command, after start-up was frozen"])
        return original(*args)  # type: ignore[arg-type]  # the session and arguments, passed on

    monkeypatch.setattr(things, "things", leaving)
    assert main(["things", "--json"]) == 0
    capsys.readouterr()
    [made] = left
    assert not any(found is made for found in gc.get_objects())
    assert gc.isenabled()


async def test_the_app_collects_again_once_its_first_screen_is_drawn(journal: Path) -> None:
    from thingsjournal.tui.app import make_app
    from thingsjournal.tui.screens.home import HomeScreen

    collector.pause()  # as `main` leaves it for the app
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert gc.isenabled()
