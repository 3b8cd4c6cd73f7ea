"""The user's settings, kept in `settings.toml` in the config folder.

The registration date sets the CPL declaration year; the default programme is the one the
command line and Home show. A settings file with a problem is reported by `check` and otherwise
ignored (the defaults apply), and is never rewritten until the user saves new settings.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import tomli_w
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from thingsjournal.catalog.models import Slug
from thingsjournal.files.problems import Problem
from thingsjournal.files.safe import atomic_write, keep_copy, make_private_dir
from thingsjournal.files.tomlcheck import one_line, parse_and_validate
from thingsjournal.text.patterns import ONE_LINE, REGISTRATION_NUMBER

if TYPE_CHECKING:
    from pathlib import Path

# The SSSC publishes no form for its registration numbers that we could find (its pages on the
# Register and on applying name the number but not its length), so this bound is ours, not
# theirs: digits alone, and no more than ten.
RegistrationNumber = Annotated[str, StringConstraints(pattern=REGISTRATION_NUMBER)]
Line = Annotated[str, StringConstraints(max_length=120, pattern=ONE_LINE)]
Word = Annotated[str, StringConstraints(min_length=1, max_length=100, pattern=ONE_LINE)]
# The themes the app offers: its own and Textual's built-in ones (a test keeps this list true).
THEMES = (
    "high-contrast",
    *("ansi-dark", "ansi-light", "atom-one-dark", "atom-one-light", "catppuccin-frappe", "catppuccin-latte"),
    *("catppuccin-macchiato", "catppuccin-mocha", "dracula", "flexoki", "gruvbox", "monokai", "nord"),
    *("rose-pine", "rose-pine-dawn", "rose-pine-moon", "solarized-dark", "solarized-light", "textual-dark"),
    *("textual-light", "tokyo-night"),
)


def _offered(theme: str) -> str:
    if theme and theme not in THEMES:
        raise ValueError("not a theme the app offers (choose one in Settings, F2)")
    return theme


Theme = Annotated[str, AfterValidator(_offered)]
MOST_FINE_WORDS = 2000


class Settings(BaseModel):
    """Each field bounded: a name fits a line, a number is a number, a theme is one offered."""

    model_config = ConfigDict(extra="forbid")

    name: Line = ""
    registration_number: RegistrationNumber = Field(default="", description="SSSC registration number (digits)")
    register_part: Line = Field(default="", description="the part of the SSSC Register")
    registration_date: date | None = Field(default=None, description="sets the CPL declaration year")
    default_programme: Annotated[Slug, StringConstraints(max_length=64)] | None = None
    theme: Theme = ""
    fine_words: list[Word] = Field(
        default_factory=list, max_length=MOST_FINE_WORDS, description="words the privacy check should not flag"
    )
    my_words: list[Word] = Field(
        default_factory=list, max_length=MOST_FINE_WORDS, description="words the spelling check knows"
    )


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
        keep_copy(path)
    data = {**current.model_dump(), **changes}
    try:
        settings = Settings.model_validate(data)
    except ValidationError as error:
        raise ValueError(one_line(error, Settings)) from None
    save_settings(path, settings)
    return settings


def mark_fine(path: Path, text: str) -> None:
    """Remember `text` as fine for the privacy check (a public name, the user's own), once
    whatever its case; a ValueError if the settings cannot hold it."""
    _remember(path, "fine_words", text)


def add_my_word(path: Path, word: str) -> None:
    """Add `word` to "my words", which the spelling check knows, once whatever its case."""
    _remember(path, "my_words", word)


def _remember(path: Path, field: str, text: str) -> None:
    current: list[str] = getattr(load_settings(path)[0], field)
    if text.casefold() not in {word.casefold() for word in current}:
        update_settings(path, **{field: [*current, text]})


def checked(field: str, value: object) -> object:
    """`value`, if `field` may hold it; else a ValueError saying why, in one line (the settings
    screen refuses it at the field, as `check` would in the file)."""
    try:
        Settings.model_validate({field: value})
    except ValidationError as error:
        raise ValueError(one_line(error, Settings).split(": ", 1)[-1]) from None
    return value


def settings_that_validate(path: Path) -> Settings:
    """What a settings file with problems holds that is still valid, value by value."""
    from thingsjournal.files.toml_read import TOML_ERRORS, loads

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
