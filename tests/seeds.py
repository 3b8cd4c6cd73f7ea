"""The source documents the packs are checked against (`shared/seeds`, beside the clone).

Where they are, the tests that read them run; on a developer's machine without them they skip,
saying why; in CI (`CI` set) a missing seeds folder fails, so the checks cannot quietly stop."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def seeds_folder() -> Path | None:
    """THINGSJOURNAL_SEEDS, else `shared/seeds` beside the clone or beside any folder above it."""
    named = os.environ.get("THINGSJOURNAL_SEEDS")
    candidates = [Path(named)] if named else [folder / "shared" / "seeds" for folder in ROOT.parents]
    return next((folder for folder in candidates if folder.is_dir()), None)


def seed(name: str) -> Path:
    """The seed file `name`; a skip where the seeds are absent, a failure in CI."""
    folder = seeds_folder()
    if folder is not None and (folder / name).is_file():
        return folder / name
    where = os.environ.get("THINGSJOURNAL_SEEDS") or f"shared/seeds beside {ROOT} or above it"
    why = f"the source document {name} is not here (looked in {where})"
    if os.environ.get("CI"):
        pytest.fail(f"{why}; CI must have the seeds (or set THINGSJOURNAL_SEEDS)")
    pytest.skip(why)
