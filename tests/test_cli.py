"""The command-line contract: exit codes, one-line errors, `things`, `where`, `--version`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import thingsjournal
from thingsjournal.cli.main import main


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "thingsjournal", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
    )


def test_version_from_python_dash_m() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"thingsjournal {thingsjournal.__version__}"


def test_console_script_is_installed() -> None:
    script = shutil.which("thingsjournal", path=str(Path(sys.executable).parent))
    assert script, "the thingsjournal console script is not installed beside this Python"
    result = subprocess.run([script, "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for command in ("open", "things", "check", "where", "--journal", "--content", "--programme"):
        assert command in result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["frobnicate"], "thingsjournal: unknown command 'frobnicate'"),
        (["things", "--jsn"], "thingsjournal: unrecognized arguments: --jsn"),
        (
            ["--programme", "nope", "things"],
            "thingsjournal: unknown programme 'nope' (known programmes: collaborative-impact-leadership, sssc-23-things-elc)",
        ),
        (["--content", "/no/such/folder", "things"], "thingsjournal: --content /no/such/folder: no such folder"),
        (["open", "99"], "thingsjournal: unknown Thing '99' in 23 Things ELC: give a number (1-23)"),
        (["open", "leadership"], "thingsjournal: unknown Thing 'leadership' in 23 Things ELC"),
    ],
)
def test_mistakes_are_one_line_and_exit_2(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(message)
    assert "Traceback" not in result.stderr and "usage:" not in result.stderr


def test_things_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["things", "--json"]) == 0
    things = json.loads(capsys.readouterr().out)
    assert len(things) == 23
    for number, thing in enumerate(things, start=1):
        assert set(thing) == {
            "programme",
            "number",
            "slug",
            "title",
            "min_words",
            "steps",
            "prompts",
            "status",
            "words",
        }
        assert thing["programme"] == "sssc-23-things-elc"
        assert thing["number"] == number
        assert thing["min_words"] == (400 if number in (21, 22) else 200)
        assert thing["status"] == "not-started" and thing["words"] == 0


def test_things_table_lists_every_thing_and_the_advice(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["things"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "23 Things ELC Leadership in early learning and childcare services"
    assert out[1] == "Start with Things 1-4: they make a good foundation for the rest."
    rows = out[4:]
    assert len(rows) == 23
    assert rows[0].split()[:4] == ["1", "not", "started", "0/200"]
    assert rows[20].split()[:4] == ["21", "not", "started", "0/400"]
    assert rows[0].endswith("Why is everyday leadership important?")


def test_where_prints_the_chosen_journal(tmp_path: Path) -> None:
    result = run("--journal", str(tmp_path / "mine"), "where")
    assert result.returncode == 0
    lines = dict(line.split(maxsplit=1) for line in result.stdout.splitlines())
    assert lines["journal"] == str(tmp_path / "mine")
    assert lines["settings"].endswith("thingsjournal/settings.toml")
    assert lines["packs"].endswith("thingsjournal/content")
    assert Path(lines["packaged"], "sssc-23-things-elc", "programme.toml").is_file()


def test_journal_from_the_environment(tmp_path: Path) -> None:
    result = run("where", THINGSJOURNAL_DIR=str(tmp_path / "env-journal"))
    assert f"journal   {tmp_path / 'env-journal'}" in result.stdout.splitlines()


def test_journal_option_beats_the_environment(tmp_path: Path) -> None:
    result = run("--journal", str(tmp_path / "a"), "where", THINGSJOURNAL_DIR=str(tmp_path / "b"))
    assert f"journal   {tmp_path / 'a'}" in result.stdout.splitlines()


def test_extra_content_in_the_config_folder_is_loaded(isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from packs import write_pack

    write_pack(isolated_dirs / ".config" / "thingsjournal" / "content")
    assert main(["--programme", "org-induction", "things", "--json"]) == 0
    assert [thing["title"] for thing in json.loads(capsys.readouterr().out)] == ["Welcome 1"]


def test_a_closed_pipe_is_not_an_error() -> None:
    command = f"{sys.executable} -m thingsjournal things | head -n 1"
    result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "23 Things ELC Leadership in early learning and childcare services"
    assert "Traceback" not in result.stderr and "Error" not in result.stderr


def test_an_unexpected_failure_is_one_line_and_logged(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], isolated_dirs: Path
) -> None:
    from thingsjournal.journal import view

    def explode(self: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(view.JournalView, "thing_rows", explode)
    assert main(["things"]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("thingsjournal: internal error: RuntimeError: disk on fire; details in ")
    log = Path(err.rsplit(" ", 1)[-1].strip())
    assert "Traceback" in log.read_text() and log.stat().st_mode & 0o777 == 0o600


def test_the_app_without_a_terminal_says_so() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "thingsjournal"], capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60
    )
    assert result.returncode == 2
    assert (
        result.stderr == "thingsjournal: the app needs a terminal to open in; for a list, try 'thingsjournal things'\n"
    )
