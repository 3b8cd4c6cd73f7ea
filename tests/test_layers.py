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
    "thingsjournal.catalog",
    "thingsjournal.packs",
    "thingsjournal.content_cache",
    "thingsjournal.content_sources",
    "thingsjournal.paths",
    "thingsjournal.problems",
    "thingsjournal.session",
    "thingsjournal.toml_locate",
    "thingsjournal.cli",
    "thingsjournal.cli_journal",
    "thingsjournal.wordcount",
    "thingsjournal.entries",
    "thingsjournal.journal",
    "thingsjournal.journal_index",
    "thingsjournal.safefiles",
    "thingsjournal.editor",
    "thingsjournal.backup",
    "thingsjournal.status",
    "thingsjournal.toml_writer",
    "thingsjournal.tomlcheck",
    "thingsjournal.patterns",
    "thingsjournal.settings",
    "thingsjournal.search",
    "thingsjournal.journal_filter",
    "thingsjournal.entry_cache",
    "thingsjournal.export",
    "thingsjournal.cli_export",
    "thingsjournal.markdown_text",
    "thingsjournal.privacy",
    "thingsjournal.privacy_words",
    "thingsjournal.cli_privacy",
    "thingsjournal.ratings",
    "thingsjournal.new_pack",
    "thingsjournal.progress",
    "thingsjournal.dates",
    "thingsjournal.textflow",
    "thingsjournal.crashlog",
    "thingsjournal.browser",
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
        "from thingsjournal.cli import main\n"
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
    code = (
        "import sys\nfrom thingsjournal.cli import main\nmain(['things', '--json'])\nprint('pydantic' in sys.modules)\n"
    )
    first, second = _python(code), _python(code)
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert first.stdout.splitlines()[-1] == "True"  # the first run validates the packs and fills the cache
    assert second.stdout.splitlines()[-1] == "False"
