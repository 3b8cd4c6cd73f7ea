"""Home lists every Thing with its status, by keyboard and mouse, at 80x24 and larger."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal_helpers import reflection, saved
from textual.widgets import OptionList, Select

from thingsjournal.tui.app import make_app
from thingsjournal.tui.screens.thing import ThingScreen

if TYPE_CHECKING:
    from pathlib import Path


def _lines(app) -> list[str]:
    things = app.screen.query_one("#things", OptionList)
    return [str(things.get_option_at_index(i).prompt) for i in range(things.option_count)]


async def test_home_lists_every_thing_and_quits_with_q() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        lines = _lines(app)
        assert len(lines) == 23
        assert app.focused is app.screen.query_one("#things")
        assert lines[0].split() == [
            "1",
            "○",
            "not",
            "started",
            "0/200",
            "Why",
            "is",
            "everyday",
            "leadership",
            "important?",
        ]
        assert "0/400" in lines[20]
        assert all(len(row) <= 78 for line in lines for row in line.splitlines())  # fitted to 80 columns
        await pilot.press("q")
    assert app.return_code == 0


async def test_open_thing_starts_in_its_workspace_with_home_beneath() -> None:
    app = make_app(thing=5)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, ThingScreen) and app.screen.thing.number == 5
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#things", OptionList).highlighted == 4


async def test_arrow_keys_and_enter_open_a_thing() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ThingScreen) and app.screen.thing.number == 3


async def test_a_click_opens_a_thing() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#things", offset=(10, 3))
        await pilot.pause()
        assert isinstance(app.screen, ThingScreen) and app.screen.thing.number == 4


async def test_user_text_in_titles_is_not_markup(tmp_path: Path) -> None:
    from packs import THING, write_pack

    pack = write_pack(
        tmp_path / "pack", {"thing-01.toml": THING.format(number=1).replace("Welcome 1", "[b]Bold[/b] [/ oops")}
    )
    app = make_app(content_dirs=(pack,), programme="org-induction")
    async with app.run_test(size=(80, 24)):
        assert _lines(app)[0].endswith("[b]Bold[/b] [/ oops")


async def test_filters_by_status_and_capability(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(2, "word " * 200), reflection(3, "some words", capabilities=("vision",)))
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.query_one("#status-filter", Select).value = "ready"
        await pilot.pause()
        assert [line.split()[0] for line in _lines(app)] == ["2"]
        app.screen.query_one("#status-filter", Select).clear()
        app.screen.query_one("#capability-filter", Select).value = "vision"
        await pilot.pause()
        numbers = [line.split()[0] for line in _lines(app)]
        assert "3" in numbers and "5" in numbers and "1" not in numbers  # 5 is about vision; 3 is tagged
        assert "1 ready · 1 draft" in str(app.screen.query_one("#progress-text").render())


async def test_keys_alone_reach_the_filters() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        assert isinstance(app.focused, Select) and app.focused.id == "status-filter"
        await pilot.press("c")
        assert app.focused.id == "capability-filter"


async def test_bad_journal_files_are_named_and_the_rest_works(tmp_path: Path, monkeypatch) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(6, "fine words"))
    (journal / "broken.toml").write_text("schema = ")
    notes: list[str] = []
    app = make_app(journal_dir=journal)
    monkeypatch.setattr(app, "notify", lambda message, **kwargs: notes.append(message))
    async with app.run_test(size=(80, 24)) as pilot:
        assert "◐ draft" in _lines(app)[5]
        app.open_thing(6)
        await pilot.pause()
        assert isinstance(app.screen, ThingScreen)
    assert notes == [
        "1 journal file has problems and was left untouched: broken.toml. Run 'thingsjournal check' for details."
    ]
    assert (journal / "broken.toml").read_text() == "schema = "


async def test_an_entry_broken_on_disk_meanwhile_is_reported_not_a_crash(tmp_path: Path, monkeypatch) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(6, "fine words"))
    notes: list[str] = []
    app = make_app(journal_dir=journal)
    monkeypatch.setattr(app, "notify", lambda message, **kwargs: notes.append(message))
    async with app.run_test(size=(80, 24)) as pilot:
        for path in journal.glob("*.toml"):
            path.write_text("schema = 1\nkind = 'reflection'\nid = 'bad'\n")
        app.open_thing(6)
        await pilot.pause()
        assert not isinstance(app.screen, ThingScreen)
    assert len(notes) == 1 and notes[0].startswith("no entry ")


async def test_the_journal_is_scanned_once_at_start_up(tmp_path: Path, monkeypatch) -> None:
    """Every file of a journal of 2,000 entries is looked at by a scan: start-up does it once."""
    from thingsjournal.journal import store

    journal = tmp_path / "journal"
    saved(journal, reflection(thing=3, statement="Started."))
    scans: list[Path] = []
    real_scan = store.scan

    def counted_scan(folder: Path, *args, **kwargs):
        scans.append(folder)
        return real_scan(folder, *args, **kwargs)

    monkeypatch.setattr(store, "scan", counted_scan)
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "1/200" in _lines(app)[2]  # Home shows the entry
        assert scans == [journal]
        await pilot.press("enter")  # a Thing opened and left: Home reads the journal again
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert len(scans) >= 2


async def test_the_things_are_listed_once_at_start_up_and_again_for_a_new_width(monkeypatch) -> None:
    """Filling the list (23 lines fitted to the width) is part of Home's first frame: the first
    resize, at the width it was filled for, keeps it."""
    from thingsjournal.tui.screens.home import HomeScreen

    fills: list[int] = []
    real_fill = HomeScreen._fill_table

    def counted_fill(self: HomeScreen) -> None:
        fills.append(self.app.size.width)
        real_fill(self)

    monkeypatch.setattr(HomeScreen, "_fill_table", counted_fill)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert fills == [80]
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert fills == [80, 120]
        assert "Why is everyday leadership important?" in "\n".join(_lines(app))
