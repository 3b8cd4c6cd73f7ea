"""Reading a TOML file written by a person and validating it, with every problem as one line that
names the file, the line and the field, and says what was expected."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, TypeVar, get_args

from pydantic import BaseModel, ValidationError

from thingsjournal.files.problems import Problem
from thingsjournal.files.toml_locate import line_of
from thingsjournal.files.toml_read import TOML_ERRORS, NestedTooDeeply, loads
from thingsjournal.text.control_chars import controls_in, describe
from thingsjournal.text.patterns import EXPECTED

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

Value = TypeVar("Value")


def model_of_kind(models: Mapping[str, type[BaseModel]]) -> Callable[[dict[str, Any]], type[BaseModel] | None]:
    """A `model_for` that picks the model by the data's `kind`; None where `kind` names none
    (it may be any TOML value: a list, a table)."""

    def model_for(data: dict[str, Any]) -> type[BaseModel] | None:
        kind = data.get("kind") if isinstance(data, dict) else None
        return models.get(kind) if isinstance(kind, str) else None

    return model_for


def parse_and_validate(
    label: str,
    text: str,
    validate: Callable[[dict[str, Any]], Value],
    model_for: Callable[[dict[str, Any]], type[BaseModel] | None],
    kinds: tuple[str, ...] = (),
) -> tuple[Value | None, list[Problem]]:
    """Parse `text` and validate it; the value, or None and the problems found.

    `model_for` picks the model that applies (for listing the keys expected); `kinds` are the
    values a `kind` key may take where the model is chosen by it.
    """
    try:
        data = loads(text)
    except TOML_ERRORS as error:
        return None, [toml_problem(label, error, text)]
    return validate_data(label, text, data, validate, model_for, kinds)


def control_problems(label: str, text: str) -> list[Problem]:
    """Each string in a TOML file that holds a control character, by line and field (none if
    the file does not parse: that is a problem of its own)."""
    try:
        data = loads(text)
    except TOML_ERRORS:
        return []
    return [
        Problem(label, f"holds {describe(character)}", dotted(loc), line_of(text, loc))
        for loc, character in controls_in(data)
    ]


def validate_data(
    label: str,
    text: str,
    data: dict[str, Any],
    validate: Callable[[dict[str, Any]], Value],
    model_for: Callable[[dict[str, Any]], type[BaseModel] | None],
    kinds: tuple[str, ...] = (),
) -> tuple[Value | None, list[Problem]]:
    """Validate parsed `data` (read from `text`), as `parse_and_validate` does."""
    try:
        return validate(data), []
    except ValidationError as error:
        model = model_for(data)
        problems = []
        for detail in error.errors(include_url=False):
            loc = tuple(detail["loc"])
            if loc and loc[0] == data.get("kind"):
                loc = loc[1:]  # pydantic puts the chosen kind first; people never wrote it there
            problems.append(Problem(label, _describe(detail, model, loc, kinds), dotted(loc), line_of(text, loc)))
        return None, problems


def toml_problem(label: str, error: ValueError, text: str) -> Problem:
    """tomllib's message, with its "(at line L, column C)" turned into the problem's line."""
    if isinstance(error, NestedTooDeeply):
        return Problem(label, f"invalid TOML: {error}; left untouched")
    found = re.search(r"\s*\(at line (\d+), column (\d+)\)$", str(error))
    if not found:
        if str(error).endswith(" (at end of document)"):
            reason = str(error).removesuffix(" (at end of document)")
            return Problem(label, f"invalid TOML: {reason} at the end of the file", line=len(text.splitlines()) or None)
        return Problem(label, f"invalid TOML: {error}")
    reason = str(error)[: found.start()]
    return Problem(label, f"invalid TOML at column {found.group(2)}: {reason}", line=int(found.group(1)))


def one_line(error: ValidationError, model: type[BaseModel]) -> str:
    """The first problem pydantic found, as a field and what was expected."""
    detail = error.errors(include_url=False)[0]
    loc = tuple(detail["loc"])
    return f"{dotted(loc)}: {_describe(detail, model, loc, ())}"


def _describe(detail: Any, model: type[BaseModel] | None, loc: tuple[str | int, ...], kinds: tuple[str, ...]) -> str:
    kind = detail["type"]
    if kind == "missing":
        return "missing: this field is required"
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, loc[:-1])
        return "unknown key" + (f" (expected one of: {', '.join(allowed)})" if allowed else "")
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return f"kind: expected one of: {', '.join(kinds)}"
    if kind == "string_pattern_mismatch" and detail.get("ctx", {}).get("pattern") in EXPECTED:
        return f"{EXPECTED[detail['ctx']['pattern']]}, got {_got(detail['input'])}"
    message = str(detail["msg"]).removeprefix("Value error, ")
    if kind not in ("value_error", "assertion_error") and not isinstance(detail.get("input", []), list | dict):
        message += f", got {_got(detail['input'])}"  # a list's or a table's count is in the message
    return message


def _got(value: object) -> str:
    """What was written, in a few characters: a message stays one short line, whatever the file
    holds (a 5 MB name, a 100,000-digit number)."""
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _allowed_keys(model: type[BaseModel] | None, loc: tuple[str | int, ...]) -> list[str]:
    """The keys the model at `loc` accepts, following nested models through lists and options."""
    for part in loc:
        if model is None:
            return []
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        model = _nested_model(field.annotation) if field else None
    return [field.alias or name for name, field in model.model_fields.items()] if model else []


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _nested_model(arg)
        if found:
            return found
    return None


def dotted(loc: tuple[str | int, ...]) -> str:
    """A field's place as people count: `notes[2].thing` for the second note's Thing."""
    text = ""
    for part in loc:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
