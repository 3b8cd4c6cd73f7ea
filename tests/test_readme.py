"""The README's first block has the two commands a fresh machine needs, and CI runs the second."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command_exactly() -> None:
    block = re.search(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert block is not None
    open_app, run_tests = block.group(1).strip().splitlines()
    assert open_app.endswith("&& .venv/bin/thingsjournal")
    assert "pytest" in run_tests
    ci = [
        line
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert run_tests in ci
