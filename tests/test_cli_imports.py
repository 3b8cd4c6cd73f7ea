"""`--help` and `--version` load nothing of the app: each command's parser is declared beside its
handler, and the handler imports what it needs only when it runs."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pathlib import Path

SHOWN = {"thingsjournal.errors", "thingsjournal.text", "thingsjournal.text.control_chars"}
"""Beyond the command line's own modules: the error a usage mistake raises, and the stand-ins
for control characters that every line printed goes through (stdlib only)."""


HEAVY_STDLIB = {"typing", "pathlib", "dataclasses", "inspect", "json"}
"""Standard modules that would cost `--help` a tenth to a fifth of its time each (most of its
budget over Python's own start): the command modules import them only when a command runs."""


def _imported_by(option: str) -> set[str]:
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "from thingsjournal.cli.main import main\n"
        "try:\n"
        f"    main([{option!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted(set(sys.modules) - before)))\n"
    )
    return set(_python(code).splitlines()[-1].split())


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_help_and_version_import_only_the_command_line(option: str) -> None:
    imported = _imported_by(option)
    assert "thingsjournal.cli.main" in imported  # the check looked where the modules are
    assert not {name.split(".")[0] for name in imported} & {"pydantic", "textual", "rich", "platformdirs"}
    assert not imported & HEAVY_STDLIB
    ours = {name for name in imported if name.startswith("thingsjournal")}
    assert ours <= {"thingsjournal", "thingsjournal.cli", "thingsjournal.cli.main", "thingsjournal.cli.common"} | {
        "thingsjournal.cli.shown_stream",
        "thingsjournal.collector",  # pausing the garbage collector while it starts: `gc` alone
        *SHOWN,
    }  # no command's module: `--help` names them from the table in `cli.main`


def test_a_command_imports_its_own_module_and_no_other_commands() -> None:
    imported = _imported_by("where")
    commands = {name for name in imported if name.startswith("thingsjournal.cli.")}
    assert "thingsjournal.cli.where" in commands
    assert not commands & {"thingsjournal.cli.export", "thingsjournal.cli.badge", "thingsjournal.cli.history"}


def test_version_is_answered_before_the_command_line_is_built() -> None:
    imported = _imported_by("--version")
    assert {name for name in imported if name.startswith("thingsjournal")} == {
        "thingsjournal",
        "thingsjournal.cli",
        "thingsjournal.cli.main",
    }
    assert "argparse" not in imported


def test_the_app_opens_home_without_reading_the_privacy_word_lists() -> None:
    """They are read when a text is first checked, not at start-up (in a fresh interpreter, as
    another test may have read them in this one)."""
    code = (
        "import asyncio, tempfile\n"
        "from pathlib import Path\n"
        "from thingsjournal.tui.app import make_app\n"
        "from thingsjournal.privacy import lists\n"
        "async def home():\n"
        "    app = make_app(journal_dir=Path(tempfile.mkdtemp()) / 'journal')\n"
        "    async with app.run_test() as pilot:\n"
        "        await pilot.pause(0.3)\n"
        "asyncio.run(home())\n"
        "import sys\n"
        "print(lists.given_names.cache_info().currsize, lists.english_words.cache_info().currsize,\n"
        "      'spylls' in sys.modules)\n"
    )
    assert _python(code).split() == ["0", "0", "False"]  # nor the spelling dictionary


def test_the_app_starts_without_calendar_or_importlib_resources(tmp_path: Path) -> None:
    """Nearly two milliseconds of every start, for a month's length and the content's folder:
    neither is imported by the app's modules, its session or the content it loads first (the
    models, warmed up once Home is drawn, bring them later)."""
    code = (
        "import sys\n"
        "from thingsjournal.tui import app\n"
        "from thingsjournal.tui.screens import home\n"
        "from thingsjournal.session import Session\n"
        f"session = Session.open({str(tmp_path)!r})\n"
        "session.index, session.listing, session.programme\n"
        "print('calendar' in sys.modules, 'importlib.resources' in sys.modules)\n"
    )
    _python(code)  # fills the content cache, where it is new (reading the packs needs the models)
    assert _python(code).split() == ["False", "False"]


def _python(code: str) -> str:
    """What `code` prints, run in a fresh interpreter (which must not fail)."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy(), timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_reading_the_journal_and_its_caches_leaves_hashlib_and_openssl_unloaded(tmp_path: Path) -> None:
    """`things` (and the app's start, which reads the same caches) hash with `_blake2` alone:
    `hashlib` would load OpenSSL, two and a half milliseconds of every start."""
    from journal_helpers import reflection, saved

    saved(tmp_path, reflection(1, "Some words."))
    command = repr(["--journal", str(tmp_path), "things", "--json"])
    code = (
        "import sys\n"
        "from thingsjournal.cli.main import main\n"
        f"main({command})\n"
        "print('hashlib' in sys.modules, '_hashlib' in sys.modules)\n"
    )
    _python(code)  # writes the caches (reading the entry's file, which its models may need it for)
    assert _python(code).split()[-2:] == ["False", "False"]  # reads them
