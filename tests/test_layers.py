"""The layers stay apart: the domain modules and the command line never import Textual, and a
`things` run with a current content cache does not even import pydantic."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pathlib import Path

# Every module outside the TUI, found afresh each run so that a new module cannot escape the test.
FIND_CORE_MODULES = """
import pkgutil, thingsjournal
print("\\n".join(
    module.name for module in pkgutil.walk_packages(thingsjournal.__path__, "thingsjournal.")
    if not module.name.startswith(("thingsjournal.tui", "thingsjournal.__main__"))
))
"""


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy(), timeout=60
    )


def test_no_module_outside_the_tui_imports_textual() -> None:
    found = _python(FIND_CORE_MODULES)
    assert found.returncode == 0, found.stderr
    modules = found.stdout.split()
    assert {"thingsjournal.journal.store", "thingsjournal.cli.main", "thingsjournal.session"} <= set(modules)
    # One process imports them one by one and names the first after which Textual is loaded.
    check = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "    if 'textual' in sys.modules:\n"
        "        sys.exit(name + ' imports Textual, itself or through what it imports')\n"
    )
    result = _python(check)
    assert result.returncode == 0, result.stderr


def test_commands_that_do_not_open_the_tui_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        "from thingsjournal.cli.main import main\n"
        "for args in (['things', '--json'], ['things'], ['entries'], ['check'], ['where'], ['--version']):\n"
        "    try:\n"
        "        main(args)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "assert 'textual' not in sys.modules\n"
    )
    result = _python(code)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("command", [["things", "--json"], ["compose", "1", "--print"]])
def test_a_command_with_current_caches_does_not_import_pydantic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    from journal_helpers import reflection, saved

    saved(tmp_path / "journal", reflection(1, "a few words", answers={"recognise-reward": "Cards"}), reflection(2))
    monkeypatch.setenv("THINGSJOURNAL_DIR", str(tmp_path / "journal"))
    code = f"import sys\nfrom thingsjournal.cli.main import main\nmain({command!r})\nprint('pydantic' in sys.modules)\n"
    first, second = _python(code), _python(code)
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert first.stdout.splitlines()[-1] == "True"  # the first run validates the packs and fills the cache
    assert second.stdout.splitlines()[-1] == "False"
