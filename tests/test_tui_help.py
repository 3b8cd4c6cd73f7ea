"""Help lists every key where it works, read from the code; About credits the SSSC and shows
where the user's files are, all at 80x24."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from pilot_waits import until
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Static

from thingsjournal.tui import keys
from thingsjournal.tui.app import make_app
from thingsjournal.tui.screens import about
from thingsjournal.tui.screens.about import AboutScreen
from thingsjournal.tui.screens.help import HelpScreen
from thingsjournal.tui.screens.home import HomeScreen
from thingsjournal.tui.screens.thing import ThingScreen

if TYPE_CHECKING:
    from pathlib import Path


def _shown_sections(screen: HelpScreen) -> dict[str, list[tuple[str, str]]]:
    """The help as shown: each section's rows of (keys, what they do)."""
    sections: dict[str, list[tuple[str, str]]] = {}
    for widget in screen.query_one("#help-box").children:
        if widget.has_class("section"):
            rows = sections.setdefault(str(widget.render()), [])
        elif isinstance(widget, Horizontal):
            rows.append(
                (str(widget.query_one(".key", Static).render()), str(widget.query_one(".what", Static).render()))
            )
    return sections


def _text(screen: AboutScreen) -> str:
    return "\n".join(str(widget.render()) for widget in screen.query(Static))


async def test_f1_opens_help_from_home_and_escape_closes_it() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        box = app.screen.query_one("#help-box")
        assert app.focused is box and box.max_scroll_y > 0  # scrolls by keyboard at 80x24
        await pilot.press("end")  # the scroll is animated: wait for it to arrive, not a set time
        assert await until(pilot, lambda: box.scroll_y == box.max_scroll_y), (box.scroll_y, box.max_scroll_y)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("q")
        assert isinstance(app.screen, HomeScreen)
    assert app.return_code is None  # q closed the help, it did not quit


async def test_f1_opens_help_from_a_things_workspace_and_escape_goes_back_to_it() -> None:
    app = make_app(thing=5)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ThingScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, ThingScreen) and app.screen.thing.number == 5


async def test_every_binding_in_the_registry_is_in_the_help() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        shown = _shown_sections(app.screen)  # type: ignore[arg-type]
        for title, classes in keys.SECTIONS:
            for cls in classes:
                bindings = list(Binding.make_bindings(vars(cls).get("BINDINGS", [])))
                for binding in bindings:
                    found = [what for names, what in shown[title] if keys.key_name(binding.key) in names.split(", ")]
                    meanings = {
                        other.tooltip or other.description for other in bindings if other.action == binding.action
                    }
                    assert any(what in meanings for what in found), f"{cls.__name__}: {binding.key} is not in the help"
        assert ("Ctrl+Q, q", "Save and leave thingsjournal") in shown["Everywhere"]
        assert ("Ctrl+E", "Write this field in your own editor") in shown["A Thing's workspace"]
        assert "Writing in a text field" in shown and "Moving around" in shown


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("ctrl+q", "Ctrl+Q"),
        ("question_mark", "?"),
        ("f1", "F1"),
        ("escape", "Esc"),
        ("q", "q"),
        ("ctrl+pagedown", "Ctrl+Page Down"),
    ],
)
def test_keys_are_named_as_on_the_keyboard(key: str, name: str) -> None:
    assert keys.key_name(key) == name


async def test_a_on_help_opens_about_which_credits_the_sssc_and_shows_the_journal(tmp_path: Path) -> None:
    journal = tmp_path / "j"
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1", "a")
        await pilot.pause()
        assert isinstance(app.screen, AboutScreen)
        text = _text(app.screen)
        assert "Scottish Social Services Council" in text and "CC BY 4.0" in text and "adapted" in text
        assert str(journal.absolute()) in text
        assert "~/.config/thingsjournal/settings.toml" in text  # under the home folder, as people write it
        assert "Nothing leaves it unless you export it" in text
        assert app.screen.query_one("#about-box").max_scroll_y > 0
        await pilot.press("escape")
        assert isinstance(app.screen, HelpScreen)


async def test_about_shows_notice_and_paths_as_written_never_as_markup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = tmp_path / "[b]my[/b] journal [/ oops"
    monkeypatch.setattr(about, "notice_text", lambda: "Credit: [bold]SSSC[/bold] and [link=x]y[/link] [/ oops\n")
    app = make_app(journal_dir=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_about()
        await pilot.pause()
        text = _text(app.screen)  # type: ignore[arg-type]
        assert "Credit: [bold]SSSC[/bold] and [link=x]y[/link] [/ oops" in text
        assert str(journal.absolute()) in text
