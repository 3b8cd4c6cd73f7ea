"""An export's words, whatever its format: a Word document is not text, so it goes to a file
(never to a captured standard output, which it would leave undecodable for the tests after it)
and is read back with python-docx."""

from __future__ import annotations

from typing import TYPE_CHECKING

from thingsjournal.cli.main import main

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def exported(capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str, *command: str) -> str:
    """Run `thingsjournal COMMAND --format FMT --privacy off` and return what it exported."""
    target = ["-o", str(tmp_path / "export.docx")] if fmt == "docx" else []
    assert main([*command, "--format", fmt, "--privacy", "off", *target]) == 0
    if fmt != "docx":
        return capsys.readouterr().out
    from docx import Document

    return "\n".join(paragraph.text for paragraph in Document(target[1]).paragraphs)
