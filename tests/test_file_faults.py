"""Files a real machine or a stranger hands the app: one bad file is named and left as it is, and
every command goes on with the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from journal_helpers import reflection, saved
from packs import write_pack

from thingsjournal.cli import main
from thingsjournal.paths import locate

NESTED = "a = " + "[" * 500 + "]" * 500 + "\n"  # a kilobyte tomllib cannot parse without recursing 500 deep


@pytest.mark.parametrize("where", ["journal", "settings", "pack"])
def test_a_deeply_nested_file_is_one_bad_file_not_a_crash(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal"
    saved(journal, reflection(5, "Still here."))
    pack = write_pack(tmp_path / "pack")
    target = {
        "journal": journal / "2026-11-24-thing-05-deepnest.toml",
        "settings": locate().settings,
        "pack": pack / "org-induction" / "thing-01.toml",
    }[where]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(NESTED, encoding="utf-8")
    base = ["--journal", str(journal), "--content", str(pack)]
    assert main([*base, "entries", "--json"]) == 0
    assert '"thing": 5' in capsys.readouterr().out
    assert main([*base, "things"]) == 0
    capsys.readouterr()
    assert main([*base, "check"]) == 1
    said = capsys.readouterr()
    assert "internal error" not in said.out + said.err
    assert "nested too deeply" in said.out + said.err and target.name in said.out + said.err
    assert target.read_text(encoding="utf-8") == NESTED  # left untouched
