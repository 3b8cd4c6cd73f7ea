"""`thingsjournal new-pack DIR`: a commented starter content pack that loads and passes `check`
as it is, for an organisation to make its own."""

from __future__ import annotations

from importlib.resources import files
from typing import TYPE_CHECKING

from thingsjournal.errors import UserError
from thingsjournal.files.safe import make_private_dir

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable
    from pathlib import Path

STARTER = "starter_pack"


def write_starter_pack(target: Path) -> list[Path]:
    """Copy the starter pack into `target`, which must be new or empty; the files written."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UserError(f"{target} already exists and is not an empty folder: choose a new folder for the pack")
    written: list[Path] = []
    try:
        _copy(files("thingsjournal") / STARTER, target, written)
    except OSError as error:
        raise UserError(f"could not write the pack in {target}: {error.strerror or error}") from None
    return written


def _copy(source: Traversable, target: Path, written: list[Path]) -> None:
    make_private_dir(target)
    for item in sorted(source.iterdir(), key=lambda item: item.name):
        if item.name.startswith(("_", ".")):
            continue
        if item.is_dir():
            _copy(item, target / item.name, written)
        else:
            (target / item.name).write_bytes(item.read_bytes())
            written.append(target / item.name)
