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

CORE_MODULES = [
    "thingsjournal.catalog.models",
    "thingsjournal.catalog.packs",
    "thingsjournal.catalog.cache",
    "thingsjournal.catalog.sources",
    "thingsjournal.paths",
    "thingsjournal.files.problems",
    "thingsjournal.session",
    "thingsjournal.files.toml_locate",
    "thingsjournal.cli.main",
    "thingsjournal.cli.edit",
    "thingsjournal.cli.entries",
    "thingsjournal.cli.check",
    "thingsjournal.text.wordcount",
    "thingsjournal.journal.entries",
    "thingsjournal.journal.store",
    "thingsjournal.journal.index",
    "thingsjournal.files.safe",
    "thingsjournal.journal.editor",
    "thingsjournal.journal.backup",
    "thingsjournal.journal.status",
    "thingsjournal.journal.kinds",
    "thingsjournal.catalog.logic_model",
    "thingsjournal.files.toml_writer",
    "thingsjournal.files.tomlcheck",
    "thingsjournal.text.patterns",
    "thingsjournal.settings",
    "thingsjournal.journal.search",
    "thingsjournal.journal.filter",
    "thingsjournal.journal.entry_cache",
    "thingsjournal.export.render",
    "thingsjournal.cli.export",
    "thingsjournal.text.markdown",
    "thingsjournal.privacy.check",
    "thingsjournal.privacy.words",
    "thingsjournal.cli.privacy",
    "thingsjournal.progress.ratings",
    "thingsjournal.catalog.new_pack",
    "thingsjournal.progress.programme",
    "thingsjournal.text.dates",
    "thingsjournal.text.reflow",
    "thingsjournal.crashlog",
    "thingsjournal.export.browser",
]


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy(), timeout=60
    )


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_does_not_import_textual(module: str) -> None:
    result = _python(
        f"import {module}, sys; assert 'textual' not in sys.modules, sorted(m for m in sys.modules if 'textual' in m)"
    )
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


def test_things_with_a_current_cache_does_not_import_pydantic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from journal_helpers import reflection, saved

    saved(tmp_path / "journal", reflection(1, "a few words"), reflection(2, "and more"))
    monkeypatch.setenv("THINGSJOURNAL_DIR", str(tmp_path / "journal"))
    code = "import sys\nfrom thingsjournal.cli.main import main\nmain(['things', '--json'])\nprint('pydantic' in sys.modules)\n"
    first, second = _python(code), _python(code)
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert first.stdout.splitlines()[-1] == "True"  # the first run validates the packs and fills the cache
    assert second.stdout.splitlines()[-1] == "False"
