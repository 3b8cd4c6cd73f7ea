"""Loading content packs into a Catalog, reporting every problem by file, line and field.

Frameworks load first, from every pack, so that Things can be checked against them. A
programme with any problem is left out whole (a half-loaded programme would silently miss
Things); every other programme, and the packaged content above all, still loads. Notes (a pack's
`notes/` folder) load last, each checked against the Thing it adds to, which is never changed.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING, Any, TypeVar

from thingsjournal.catalog.models import (
    FRAMEWORK_KINDS,
    AssessmentFramework,
    CapabilitiesFramework,
    Catalog,
    ElementsFramework,
    Framework,
    HeadingsFramework,
    Note,
    NotesFile,
    PlacedNote,
    Programme,
    ProgrammeInfo,
    Thing,
    VocabularyFramework,
    framework_adapter,
)
from thingsjournal.files.problems import Problem
from thingsjournal.files.toml_locate import line_of
from thingsjournal.files.tomlcheck import control_problems, dotted, model_of_kind, parse_and_validate
from thingsjournal.text.control_chars import controls_in, shown_data

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from importlib.resources.abc import Traversable

    from pydantic import BaseModel

    from thingsjournal.catalog.sources import ContentRoot

PROGRAMME_FILE = "programme.toml"
FRAMEWORKS_DIR = "frameworks"
NOTES_DIR = "notes"
Model = TypeVar("Model")


class _Report:
    """Collects problems while loading."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, file: Traversable, message: str, field: str = "", line: int | None = None) -> None:
        self.problems.append(Problem(str(file), message, field, line))


def load_catalog(roots: Iterable[ContentRoot]) -> tuple[Catalog, list[Problem]]:
    """Load every pack under `roots`; return what loaded cleanly and every problem found."""
    roots = tuple(roots)
    report = _Report()
    frameworks = _load_frameworks(roots, report)
    context = {
        "headings": {h.id for f in frameworks if isinstance(f, HeadingsFramework) for h in f.headings},
        "capabilities": {c.id for f in frameworks if isinstance(f, CapabilitiesFramework) for c in f.capabilities},
    }
    programmes: dict[str, tuple[Programme, Traversable]] = {}
    for root in roots:
        for folder in _children(root.path):
            if folder.is_file():
                if folder.name.endswith(".toml"):
                    report.add(
                        folder, "expected in a programme folder or in frameworks/, not at the top of a content folder"
                    )
                continue
            if folder.name in (FRAMEWORKS_DIR, NOTES_DIR) or folder.name.startswith((".", "_")):
                continue
            programme = _load_programme(folder, context, report)
            if programme is None:
                continue
            if programme.id in programmes:
                first = programmes[programme.id][1]
                info_file = folder / PROGRAMME_FILE
                report.add(
                    info_file,
                    f"programme id '{programme.id}' is already used by {first}; this one is not loaded",
                    "id",
                    _line(info_file, ("id",)),
                )
                continue
            programmes[programme.id] = (programme, folder)
    loaded = {programme.id: programme for programme, _ in programmes.values()}
    catalog = Catalog(
        programmes=tuple(loaded.values()),
        frameworks=tuple(frameworks),
        notes=tuple(_load_notes(roots, loaded, report)),
    )
    return catalog, report.problems


def _load_notes(roots: tuple[ContentRoot, ...], programmes: dict[str, Programme], report: _Report) -> list[PlacedNote]:
    """Every note of every pack whose Thing exists; a file with any problem adds none."""
    placed = []
    for root in roots:
        for file in _toml_files(root.path / NOTES_DIR):
            notes = _validate_file(file, NotesFile.model_validate, report, lambda data: NotesFile)
            if notes is None:
                continue
            problems = [_missing_thing(file, index, note, programmes) for index, note in enumerate(notes.notes)]
            if any(problems):
                for problem in problems:
                    if problem:
                        report.problems.append(problem)
                continue
            placed += [PlacedNote(**dict(note), source=notes.source, file=str(file)) for note in notes.notes]
    return placed


def _missing_thing(file: Traversable, index: int, note: Note, programmes: dict[str, Programme]) -> Problem | None:
    """Why a note cannot be placed: its programme or its Thing does not exist."""
    programme = programmes.get(note.programme)
    if programme is None:
        known = ", ".join(sorted(programmes)) or "none"
        return Problem(
            str(file),
            f"no programme '{note.programme}' (known: {known})",
            dotted(("notes", index, "programme")),
            _line(file, ("notes", index, "programme")),
        )
    if programme.thing(note.thing) is None:
        numbers = [thing.number for thing in programme.things]
        span = f"{numbers[0]}-{numbers[-1]}" if numbers else "none"
        message = f"{programme.short_title or programme.title} has no Thing {note.thing} (its Things are {span})"
        return Problem(str(file), message, dotted(("notes", index, "thing")), _line(file, ("notes", index, "thing")))
    return None


def _load_frameworks(roots: tuple[ContentRoot, ...], report: _Report) -> list[Framework]:
    loaded: dict[str, tuple[Framework, Traversable]] = {}
    for root in roots:
        folder = root.path / FRAMEWORKS_DIR
        if not folder.is_dir():
            continue
        for file in _toml_files(folder):
            framework = _validate_file(file, _validate_framework, report, _framework_model)
            if framework is None:
                continue
            if framework.id in loaded:
                report.add(
                    file,
                    f"framework id '{framework.id}' is already used by {loaded[framework.id][1]}; this one is not loaded",
                    "id",
                    _line(file, ("id",)),
                )
                continue
            loaded[framework.id] = (framework, file)
    return [framework for framework, _ in loaded.values()]


def _load_programme(folder: Traversable, context: dict[str, set[str]], report: _Report) -> Programme | None:
    before = len(report.problems)
    info_file = folder / PROGRAMME_FILE
    if not info_file.is_file():
        report.add(folder, f"not a programme folder: it has no {PROGRAMME_FILE}")
        return None
    info = _validate_file(info_file, ProgrammeInfo.model_validate, report, lambda data: ProgrammeInfo)
    things: dict[int, tuple[Thing, Traversable]] = {}
    for file in _toml_files(folder):
        if file.name == PROGRAMME_FILE:
            continue
        thing = _validate_file(
            file, lambda data: Thing.model_validate(data, context=context), report, lambda data: Thing
        )
        if thing is None:
            continue
        if thing.number in things:
            report.add(
                file,
                f"Thing {thing.number} is already defined in {things[thing.number][1]}",
                "number",
                _line(file, ("number",)),
            )
            continue
        things[thing.number] = (thing, file)
    if info is None or len(report.problems) > before:
        return None
    return Programme(**dict(info), things=tuple(things[n][0] for n in sorted(things)))


def _validate_framework(data: dict[str, Any]) -> Framework:
    return framework_adapter.validate_python(data)


_framework_model = model_of_kind(
    {
        "headings": HeadingsFramework,
        "capabilities": CapabilitiesFramework,
        "elements": ElementsFramework,
        "self-assessment": AssessmentFramework,
        "vocabulary": VocabularyFramework,
    }
)


def _validate_file(
    file: Traversable,
    validate: Callable[[dict[str, Any]], Model],
    report: _Report,
    model_for: Callable[[dict[str, Any]], type[BaseModel] | None],
) -> Model | None:
    """Parse and validate one TOML file, reporting its problems; None if it has any."""
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        report.add(file, f"cannot be read: {error}")
        return None
    value, problems = parse_and_validate(
        str(file), text, lambda data: _shown_after(validate, data), model_for, FRAMEWORK_KINDS
    )
    report.problems.extend(problems)
    return value


def _shown_after(validate: Callable[[dict[str, Any]], Model], data: dict[str, Any]) -> Model:
    """Validated as written (an id or a link holding a control character is refused), then kept
    with every control character shown as its stand-in: no screen, command or export can then
    send one to a terminal. `check` names the file (`pack_control_problems`)."""
    value = validate(data)
    return validate(shown_data(data)) if next(controls_in(data), None) else value


def pack_control_problems(roots: Iterable[ContentRoot]) -> list[Problem]:
    """Each place in a pack's files that holds a control character, by file, line and field."""
    problems = []
    for root in roots:
        for file in _all_toml_files(root.path):
            with suppress(OSError, UnicodeDecodeError):  # load_catalog names a file that cannot be read
                problems += control_problems(str(file), file.read_text(encoding="utf-8"))
    return problems


def _all_toml_files(folder: Traversable) -> Iterator[Traversable]:
    for child in _children(folder):
        if child.is_dir() and not child.name.startswith((".", "_")):
            yield from _all_toml_files(child)
        elif child.is_file() and child.name.endswith(".toml"):
            yield child


def _line(file: Traversable, loc: tuple[str | int, ...]) -> int | None:
    return line_of(file.read_text(encoding="utf-8"), loc)


def _children(folder: Traversable) -> list[Traversable]:
    return sorted(folder.iterdir(), key=lambda child: child.name) if folder.is_dir() else []


def _toml_files(folder: Traversable) -> list[Traversable]:
    return [child for child in _children(folder) if child.is_file() and child.name.endswith(".toml")]
