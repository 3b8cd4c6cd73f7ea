"""Settings: kept privately as TOML, checked, and used for the CPL year and the default programme."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

import pytest
from packs import write_pack

from thingsjournal.cli.main import main
from thingsjournal.progress.programme import overview
from thingsjournal.session import Session
from thingsjournal.settings import Settings, load_settings, save_settings

if TYPE_CHECKING:
    from pathlib import Path


def _settings_file(home: Path) -> Path:
    return home / ".config" / "thingsjournal" / "settings.toml"


def test_settings_round_trip_privately(isolated_dirs: Path) -> None:
    path = _settings_file(isolated_dirs)
    chosen = Settings(
        name="Alex", registration_number="1234567", register_part="Practitioner", registration_date=date(2019, 6, 10)
    )
    save_settings(path, chosen)
    assert load_settings(path) == (chosen, [])
    assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    "text, field, message",
    [
        ('registration_date = "last June"\n', "registration_date", "Input should be a valid date"),
        ('registration_number = "AB12"\n', "registration_number", "expected digits alone (at most 10), got 'AB12'"),
        ('colour = "blue"\n', "colour", "unknown key"),
        ("name = \n", "", "invalid TOML"),
        (f'name = "{"A" * 5_000_000}"\n', "name", "String should have at most 120 characters, got 'AAAA"),
        (f'registration_number = "{"1" * 100_000}"\n', "registration_number", "expected digits alone (at most 10)"),
        ('name = "Two\\nlines"\n', "name", "expected one line"),
        ('theme = "neon"\n', "theme", "not a theme the app offers"),
        (
            "fine_words = [" + ", ".join(['"word"'] * 200_000) + "]\n",
            "fine_words",
            "at most 2000 items after validation, not 200000\n",
        ),
    ],
    ids=["date", "number", "key", "toml", "long-name", "long-number", "two-lines", "theme", "fine-words"],
)
def test_check_names_bad_settings(
    isolated_dirs: Path, capsys: pytest.CaptureFixture[str], text: str, field: str, message: str
) -> None:
    path = _settings_file(isolated_dirs)
    path.parent.mkdir(parents=True)
    path.write_text(text)
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert str(path) in out and message in out and (f": {field}: " in out if field else True)
    assert max(len(line) for line in out.splitlines()) < 400  # one short line, whatever the file holds
    assert main(["things", "--json"]) == 0  # bad settings never stop the journal working
    assert path.read_text() == text  # the user's file is kept as it is


def test_registration_date_sets_the_cpl_year(isolated_dirs: Path, tmp_path: Path) -> None:
    save_settings(_settings_file(isolated_dirs), Settings(registration_date=date(2019, 6, 10)))
    session = Session.open(tmp_path / "journal")
    session.today = date(2026, 11, 24)
    year = overview(session.view, session.current_date(), session.registration_date).year
    assert (year.start, year.end, year.registered) == (date(2026, 6, 10), date(2027, 6, 10), True)


def test_default_programme_from_settings(isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_pack(isolated_dirs / ".config" / "thingsjournal" / "content")
    save_settings(_settings_file(isolated_dirs), Settings(default_programme="org-induction"))
    assert main(["things", "--json"]) == 0
    assert [thing["programme"] for thing in json.loads(capsys.readouterr().out)] == ["org-induction"]
    assert main(["--programme", "sssc-23-things-elc", "things", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 23


def test_a_stale_default_programme_falls_back(isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_settings(_settings_file(isolated_dirs), Settings(default_programme="gone-away"))
    assert main(["things", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 23


def test_the_themes_allowed_are_those_the_app_offers() -> None:
    from textual.theme import BUILTIN_THEMES

    from thingsjournal.settings import THEMES
    from thingsjournal.tui.themes import HIGH_CONTRAST

    assert set(THEMES) == set(BUILTIN_THEMES) | {HIGH_CONTRAST.name}


def test_the_settings_screen_refuses_a_value_past_its_bound_in_one_line() -> None:
    from thingsjournal.settings import checked

    assert checked("name", "Ann Example") == "Ann Example"
    with pytest.raises(ValueError, match=r"^String should have at most 120 characters, got 'AAA") as refused:
        checked("name", "A" * 10_000)
    assert len(str(refused.value)) < 100
