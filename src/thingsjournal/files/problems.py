"""A problem found in a file, reported as one line that says where and what.

Kept free of heavy imports: the command line prints problems read back from the content cache.
"""

from __future__ import annotations

from typing import NamedTuple


class Problem(NamedTuple):
    """What is wrong (`message`), in which file, at which line and field when known."""

    file: str
    message: str
    field: str = ""
    line: int | None = None

    def __str__(self) -> str:
        place = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{place}: {self.field}: {self.message}" if self.field else f"{place}: {self.message}"

    def as_json(self) -> list[object]:
        return [self.file, self.message, self.field, self.line]

    @classmethod
    def from_json(cls, data: list[object]) -> Problem:
        file, message, field, line = data
        return cls(str(file), str(message), str(field), line if isinstance(line, int) else None)


def file_names(problems: list[Problem] | tuple[Problem, ...]) -> list[str]:
    """The names of the files with problems, each once, for a one-line warning."""
    return sorted({problem.file.rsplit("/", 1)[-1] for problem in problems})
