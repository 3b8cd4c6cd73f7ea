"""Snapshots of every screen at 80x24 and 120x40: Home and each part of the Thing workspace;
the journal, the learning-log form, settings, help and About in the default and the
high-contrast theme. The journal and settings live at fixed paths, which About shows.

Review every changed SVG before accepting it (`pytest --snapshot-update`, then look)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from journal_helpers import reflection, saved
from pilot_waits import export_state, until
from textual.widgets import TabbedContent

from thingsjournal.journal.entries import LearningRecord
from thingsjournal.paths import Locations
from thingsjournal.session import Session
from thingsjournal.settings import Settings, save_settings
from thingsjournal.tui.app import make_app

SIZES = [(80, 24), (120, 40)]
sizes = pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")


@pytest.fixture(autouse=True)
def dictionary_loaded() -> None:
    """The spelling dictionary loaded before the app starts (as by an earlier screen), so that
    each snapshot shows the Spelling tab's count, never whether the worker had finished."""
    from thingsjournal.spelling.dictionary import dictionary

    dictionary()


@pytest.fixture
def session(tmp_path: Path, isolated_dirs: Path) -> Session:
    """A journal in the test's own home folder: About shows its paths as "~/...", the same in every run."""
    locations = Locations(
        journal=isolated_dirs / "journal",
        config=isolated_dirs / ".config" / "thingsjournal",
        cache=tmp_path / "cache",
        logs=tmp_path / "logs",
    )
    saved(
        locations.journal,
        reflection(
            1,
            "word " * 120,
            status="complete",
            capabilities=("vision",),
            elements=("reflective-practice",),
            minutes=90,
            learning_date=date(2026, 9, 2),
        ),
        reflection(2, "word " * 210, learning_date=date(2026, 10, 7)),
        reflection(
            10,
            "A first paragraph about [bold]Lisa[/bold] and todo [x] done \\\n\nword " * 20,
            sub_capabilities=("influencing-people",),
            learning_date=date(2026, 11, 3),
        ),
        LearningRecord(
            title="First aid [refresher]",
            activity="Course",
            learned="CPR and [b]choking[/b]",
            practice="Practise drills termly.",
            learning_date=date(2026, 11, 20),
            minutes=120,
            elements=("protection", "wellbeing-and-support"),
        ),
    )
    result = Session(locations)
    result.today = date(2026, 11, 24)
    return result


def _tab(tab: str):
    async def run_before(pilot) -> None:
        screen = pilot.app.screen
        # Once the workspace has focused its first field (else that focus brings Prompts back).
        assert await until(pilot, lambda: screen.focused is not None)
        if screen.has_class("-narrow"):
            screen.remove_class("-guide")
        tabs = screen.query_one(TabbedContent)
        tabs.active = tab
        assert await until(pilot, lambda: tabs.active == tab and tabs.get_pane(tab).region.height > 0)

    return run_before


@sizes
@pytest.mark.parametrize("tab", ["tab-prompts", "tab-statement", "tab-logic", "tab-tags", "tab-details"])
def test_workspace_tabs(snap_compare, session: Session, size: tuple[int, int], tab: str) -> None:
    assert snap_compare(make_app(session=session, thing=10), terminal_size=size, run_before=_tab(tab))


@sizes
def test_statement_with_its_draft_beside(snap_compare, session: Session, size: tuple[int, int]) -> None:
    """F4 on a written statement: the draft from the answers shows beside it, in place of the points."""

    async def run_before(pilot) -> None:
        await _tab("tab-statement")(pilot)
        await pilot.press("f4")
        assert await until(pilot, lambda: pilot.app.screen.query_one("#criteria-panel").has_class("-draft"))

    assert snap_compare(make_app(session=session, thing=10), terminal_size=size, run_before=run_before)


themes = pytest.mark.parametrize("theme", ["default", "high-contrast"])


def _in_theme(session: Session, theme: str):
    """The app, started with `theme` remembered in the settings as a user would have it."""
    if theme != "default":
        save_settings(
            session.locations.settings, Settings(theme=theme, name="Ann Example", registration_number="1234567")
        )
    return make_app(session=session)


def _then(*keys: str, action: str | None = None):
    async def run_before(pilot) -> None:
        if action:
            getattr(pilot.app, action)()
        await pilot.press(*keys)
        await pilot.pause(0.3)
        screen = pilot.app.screen
        if hasattr(screen, "texts"):  # the journal: wait for its search texts
            assert await until(pilot, lambda: screen.texts is not None, 2.0)
        await pilot.pause()

    return run_before


@sizes
@themes
def test_learning_record(snap_compare, session: Session, size: tuple[int, int], theme: str) -> None:
    async def open_record(pilot) -> None:
        record = next(entry for entry in pilot.app.session.listing.entries if entry.kind == "learning")
        pilot.app.open_entry(record.id)
        await pilot.pause(0.3)

    assert snap_compare(_in_theme(session, theme), terminal_size=size, run_before=open_record)


@sizes
@themes
def test_settings(snap_compare, session: Session, size: tuple[int, int], theme: str) -> None:
    assert snap_compare(_in_theme(session, theme), terminal_size=size, run_before=_then("f2"))


@sizes
@themes
def test_help(snap_compare, session: Session, size: tuple[int, int], theme: str) -> None:
    assert snap_compare(_in_theme(session, theme), terminal_size=size, run_before=_then("f1"))


@sizes
@themes
def test_about(snap_compare, session: Session, size: tuple[int, int], theme: str) -> None:
    assert snap_compare(_in_theme(session, theme), terminal_size=size, run_before=_then(action="action_about"))


@sizes
def test_export(snap_compare, session: Session, size: tuple[int, int]) -> None:

    async def export_thing_10(pilot) -> None:
        await pilot.press("f3")
        assert await until(pilot, lambda: export_state(pilot.app).startswith(("Preview", "! ")))
        await pilot.pause()

    assert snap_compare(make_app(session=session, thing=10), terminal_size=size, run_before=export_thing_10)


@sizes
def test_export_html(snap_compare, session: Session, size: tuple[int, int]) -> None:
    """The HTML page's preview: the page formatted, and the Open in browser button and key."""
    from textual.widgets import Select

    async def export_thing_10_as_html(pilot) -> None:
        await pilot.press("f3")
        assert await until(pilot, lambda: export_state(pilot.app).startswith(("Preview", "! ")))
        pilot.app.screen.query_one("#how", Select).value = "html"
        formatted = pilot.app.screen.query_one("#formatted")
        assert await until(pilot, lambda: formatted.display and bool(formatted.lines))
        await pilot.pause()

    assert snap_compare(make_app(session=session, thing=10), terminal_size=size, run_before=export_thing_10_as_html)


def _open_saved(make_entry, tab: str):
    """Open an entry saved beforehand (so no save, and no clock, shows) at one of its tabs, with
    all of it mounted (a self-assessment mounts most of its elements after its first frame)."""

    async def run_before(pilot) -> None:
        from thingsjournal.journal.store import JournalStore

        app = pilot.app
        for entry in make_entry(app.session):
            saved = JournalStore(app.session.locations.journal).save(entry).entry
        app.session.refresh()
        app.open_entry(saved.id)
        await pilot.pause()
        assert await until(pilot, lambda: not getattr(app.screen, "unmounted", ()))
        app.screen.query_one(TabbedContent).active = tab
        await pilot.pause()

    return run_before


def _assessment(session: Session):
    from thingsjournal.journal.entries import Action, SelfAssessment, Standing

    framework = session.catalog.assessments()["derbyshire-leadership"]
    first, second = (element.id for element in framework.dimensions[0].elements[:2])
    yield SelfAssessment(
        framework=framework.id,
        level="front-line-worker",
        learning_date=date(2026, 11, 20),
        standings={
            first: Standing(standing="priority", evidence="I rarely ask for [feedback]."),
            second: Standing(standing="strength"),
        },
        actions=(
            Action(
                element=first,
                goal="Ask two colleagues for feedback.",
                support="Time in supervision.",
                target=date(2027, 1, 31),
            ),
        ),
    )


def _ratings(session: Session):
    from thingsjournal.journal.entries import CapabilityRating

    yield CapabilityRating(learning_date=date(2026, 10, 1), ratings={"vision": 2, "empowering": 3})
    yield CapabilityRating(
        learning_date=date(2026, 11, 1), ratings={"vision": 4, "empowering": 3}, notes="More confident."
    )


@sizes
def test_self_assessment(snap_compare, session: Session, size: tuple[int, int]) -> None:
    assert snap_compare(
        make_app(session=session), terminal_size=size, run_before=_open_saved(_assessment, "tab-standings")
    )


@sizes
def test_action_plan(snap_compare, session: Session, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(session=session), terminal_size=size, run_before=_open_saved(_assessment, "tab-plan"))


@sizes
def test_capability_chart(snap_compare, session: Session, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(session=session), terminal_size=size, run_before=_open_saved(_ratings, "tab-chart"))


looks = pytest.mark.parametrize("look", ["default", "high-contrast", "no-color"])


def _in_look(session: Session, look: str, monkeypatch: pytest.MonkeyPatch):
    """The app in a look: a theme remembered in the settings, or the default theme under NO_COLOR."""
    if look == "no-color":
        monkeypatch.setenv("NO_COLOR", "1")
    return _in_theme(session, "default" if look == "no-color" else look)


async def _thing_9(pilot) -> None:
    """A Thing with a long title and long steps, its guide beside the prompts (or first, at 80)."""
    pilot.app.open_thing(9)
    await pilot.pause()


FIRST_HOUR = {  # the screens a practitioner meets in their first hour
    "home": _then(),
    "thing": _thing_9,
    "ratings": _open_saved(_ratings, "tab-ratings"),
    "journal": _then("j"),
}


@sizes
@looks
@pytest.mark.parametrize("screen", FIRST_HOUR)
def test_first_hour_screens_in_each_look(
    snap_compare, session: Session, size: tuple[int, int], look: str, screen: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Home, a Thing's workspace, the capability ratings and the journal, in every look."""
    app = _in_look(session, look, monkeypatch)
    assert snap_compare(app, terminal_size=size, run_before=FIRST_HOUR[screen])


@sizes
@looks
def test_the_focused_field_in_each_look(
    snap_compare, session: Session, size: tuple[int, int], look: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The statement box with the cursor and the learning date field, in every look."""
    app = _in_look(session, look, monkeypatch)

    async def statement_then_date(pilot) -> None:
        pilot.app.open_thing(10)
        await pilot.pause()
        if pilot.app.screen.has_class("-narrow"):
            pilot.app.screen.remove_class("-guide")
        await pilot.press("ctrl+pagedown")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=statement_then_date)


@sizes
def test_home_with_a_notice(snap_compare, session: Session, size: tuple[int, int]) -> None:
    """Home's notice line: the first of two notices, cut with '…', and the key that shows both."""
    first = session.listing.entries[0].id
    saved(session.locations.journal, LearningRecord(title="Supervision notes", conflict_of=first))
    (session.locations.journal / "2026-01-01-broken.toml").write_text("x = [", encoding="utf-8")
    session.refresh()
    assert snap_compare(make_app(session=session), terminal_size=size)


def _sync_copy(*keys: str):
    """Thing 10's entry beside a copy Dropbox made of it with other words, then `keys`."""

    async def run_before(pilot) -> None:
        from thingsjournal.tui.screens.sync_copy import SyncCopyScreen

        app = pilot.app
        own = next(app.session.locations.journal.glob("*-thing-10-*.toml"))
        text = own.read_text().replace("A first paragraph", "A first paragraph, written at home,", 3)
        own.with_name(own.stem + " (Jo's conflicted copy 2026-12-02).toml").write_text(text)
        app.session.refresh()
        (entry_id, copies), *_ = app.session.listing.copies.items()
        await app.push_screen(SyncCopyScreen(app.session, entry_id, copies[0]))
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()

    return run_before


@sizes
@pytest.mark.parametrize("keys", [(), ("m", "down", "2")], ids=["beside", "merging"])
def test_a_sync_copy_beside_its_entry(snap_compare, session: Session, size: tuple[int, int], keys) -> None:
    assert snap_compare(make_app(session=session), terminal_size=size, run_before=_sync_copy(*keys))
