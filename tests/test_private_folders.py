"""Readable by the user alone, as promised: `check` says when the journal is open to others and
how to close it, and every folder the app makes is 0700 whatever the umask."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

from journal_helpers import reflection, saved

from thingsjournal.cli.main import main

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def test_check_says_when_others_can_read_the_journal_and_how_to_stop_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection())
    assert main(["--journal", str(journal), "check"]) == 0
    assert "can be read by other users" not in capsys.readouterr().out
    journal.chmod(0o755)
    for entry in journal.glob("*.toml"):
        entry.chmod(0o644)
    assert main(["--journal", str(journal), "check"]) == 0  # a warning, as DESIGN.md says
    out = capsys.readouterr().out
    assert "warning: 2 of the journal's files and folders can be read by other users" in out
    assert f"chmod -R go= {journal}" in out


def test_every_folder_the_app_makes_is_private_under_umask_000(tmp_path: Path) -> None:
    home = tmp_path / "a-new-home"
    home.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update(HOME=str(home), EDITOR="true")
    script = (
        "import os, sys; os.umask(0)\n"
        "from thingsjournal.cli.main import main\n"
        "from thingsjournal.crashlog import crash_report\n"
        "for command in (['things'], ['edit', '1'], ['export', '--all', '-o', sys.argv[1] + '/out.md']):\n"
        "    main(command)\n"
        "crash_report(ValueError('a bug'))\n"
    )
    subprocess.run([sys.executable, "-c", script, str(tmp_path)], env=env, check=True, capture_output=True)
    made = [path for path in home.rglob("*") if path.is_dir()]
    assert any(path.name == "log" for path in made)  # the crash log's folder, in the state folder
    assert {
        str(path.relative_to(home)): oct(path.stat().st_mode & 0o777) for path in made if path.stat().st_mode & 0o077
    } == {}
