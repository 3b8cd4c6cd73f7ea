"""The user's settings, kept in `settings.toml` in the config folder.

The registration date sets the CPL declaration year; the default programme is the one the
command line and Home show. A settings file with a problem is reported by `check` and otherwise
ignored (the defaults apply), and is never rewritten until the user saves new settings.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from thingsjournal.catalog import Slug
from thingsjournal.problems import Problem
from thingsjournal.safefiles import atomic_write, make_private_dir
from thingsjournal.tomlcheck import parse_and_validate

if TYPE_CHECKING:
    from pathlib import Path

RegistrationNumber = Annotated[str, StringConstraints(pattern=r"^\d*$")]


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = ""
    registration_number: RegistrationNumber = Field(default="", description="SSSC registration number (digits)")
    register_part: str = Field(default="", description="the part of the SSSC Register")
    registration_date: date | None = Field(default=None, description="sets the CPL declaration year")
    default_programme: Slug | None = None
    theme: str = ""
    fine_words: list[str] = Field(default_factory=list, description="words the privacy check should not flag")


def load_settings(path: Path) -> tuple[Settings, list[Problem]]:
    """The settings in `path`, or the defaults and the problems that stopped them loading."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings(), []
    except (OSError, UnicodeDecodeError) as error:
        return Settings(), [Problem(str(path), f"cannot be read: {error}")]
    settings, problems = parse_and_validate(str(path), text, Settings.model_validate, lambda data: Settings)
    return settings or Settings(), problems


def save_settings(path: Path, settings: Settings) -> None:
    """Write the settings atomically, readable by the user alone; empty values are left out."""
    make_private_dir(path.parent)
    data = {key: value for key, value in settings.model_dump().items() if value not in ("", None, [])}
    atomic_write(path, tomli_w.dumps(data).encode("utf-8"))


def update_settings(path: Path, **changes: object) -> Settings:
    """Change some settings and save them all; a ValueError naming the field if a value is not
    valid (nothing is written then). A settings file with problems keeps what still validates,
    and the file as it was is copied beside it first, so nothing the user wrote is lost."""
    current, problems = load_settings(path)
    if problems and path.is_file():
        current = settings_that_validate(path)
        _keep_copy(path)
    data = {**current.model_dump(), **changes}
    try:
        settings = Settings.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        raise ValueError(f"{field}: {first['msg']}") from None
    save_settings(path, settings)
    return settings


def settings_that_validate(path: Path) -> Settings:
    """What a settings file with problems holds that is still valid, value by value."""
    from thingsjournal.toml_read import TOML_ERRORS, loads

    try:
        data = loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, *TOML_ERRORS):
        return Settings()
    kept = {}
    for key, value in data.items():
        try:
            Settings.model_validate({key: value})
        except ValidationError:
            continue
        kept[key] = value
    return Settings.model_validate(kept)


def _keep_copy(path: Path) -> Path:
    copy = path.with_name(f"{path.stem}.before-{datetime.now():%Y%m%d-%H%M%S}{path.suffix}.bak")
    atomic_write(copy, path.read_bytes())
    return copy
