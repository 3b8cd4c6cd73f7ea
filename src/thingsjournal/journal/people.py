"""The people the user works with (children, families, colleagues): names the privacy check
always catches, in any case, with or without accents, with a possessive, and as initials. It is
identifying data, so it lives in the journal's own folder (`.thingsjournal/people.toml`): in every
backup, readable by the user alone, and never in an export."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from thingsjournal.journal.store import APP_DIR
from thingsjournal.text.patterns import PLAIN_LINE

if TYPE_CHECKING:
    from pathlib import Path

    from thingsjournal.files.problems import Problem

PEOPLE_FILE = "people.toml"
MOST_PEOPLE = 1000
LONGEST_NAME = 100
_PLAIN_LINE = re.compile(PLAIN_LINE)


def people_path(journal: Path) -> Path:
    return journal / APP_DIR / PEOPLE_FILE


def read_people(journal: Path) -> tuple[list[str], list[Problem]]:
    """The names listed, and the problems that stopped the file loading (then no names)."""
    path = people_path(journal)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return [], []
    except (OSError, UnicodeDecodeError) as error:
        from thingsjournal.files.problems import Problem

        return [], [Problem(str(path), f"cannot be read: {error}")]
    names = _plainly_valid(text)
    if names is not None:
        return names, []
    from thingsjournal.files.tomlcheck import parse_and_validate
    from thingsjournal.journal.people_model import People

    people, problems = parse_and_validate(str(path), text, People.model_validate, lambda data: People)
    return (people.people if people else []), problems


def _plainly_valid(text: str) -> list[str] | None:
    """The names, where the file is a plain list of valid ones (as `People` would take them,
    stripped), read without the model (pydantic takes longer to import than a whole export
    takes to check); None for anything else, which the model reads and explains."""
    from thingsjournal.files.toml_read import TOML_ERRORS, loads

    try:
        data = loads(text)
    except TOML_ERRORS:
        return None
    listed = data.get("people", [])
    if set(data) - {"people"} or not isinstance(listed, list) or len(listed) > MOST_PEOPLE:
        return None
    names = [name.strip() if isinstance(name, str) else "" for name in listed]
    if all(0 < len(name) <= LONGEST_NAME and _PLAIN_LINE.match(name) for name in names):
        return names
    return None


def save_people(journal: Path, names: list[str]) -> list[str]:
    """Write the list (each name once, whatever its case, in the order given) atomically, readable
    by the user alone; what was saved. A ValueError saying which name is not valid. A file that
    does not load is copied beside itself first, so no name the user wrote is lost."""
    import tomli_w
    from pydantic import ValidationError

    from thingsjournal.files.safe import atomic_write, keep_copy, make_private_dir
    from thingsjournal.files.tomlcheck import one_line
    from thingsjournal.journal.people_model import People

    kept: dict[str, str] = {}
    for name in names:
        if name.strip():
            kept.setdefault(name.strip().casefold(), name.strip())
    try:
        people = People(people=list(kept.values()))
    except ValidationError as error:
        raise ValueError(one_line(error, People)) from None
    path = people_path(journal)
    make_private_dir(path.parent)
    if path.is_file() and read_people(journal)[1]:
        keep_copy(path)
    header = b"# People I work with: names the privacy check always catches. Private: never exported.\n"
    atomic_write(path, header + tomli_w.dumps(people.model_dump()).encode("utf-8"))
    return people.people


def name_problem(name: str) -> str | None:
    """Why `name` cannot be on the list ("expected one line without control characters, got
    'Bo\\x1bb'"), or None: what a screen says beside the line it was typed on."""
    from pydantic import ValidationError

    from thingsjournal.files.tomlcheck import one_line
    from thingsjournal.journal.people_model import People

    try:
        People(people=[name])
    except ValidationError as error:
        return one_line(error, People).partition(": ")[2]  # without "people[1]"
    return None


def add_person(journal: Path, name: str) -> list[str]:
    """Add `name` to the list, once whatever its case."""
    return save_people(journal, [*read_people(journal)[0], name])
