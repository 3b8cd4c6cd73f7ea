"""A finding of the privacy check, and the lines that tell a person of findings.

Kept apart from the check (`check`), whose patterns take about 17 ms to compile: an export whose
findings are all remembered (`remembered`) reports them without ever compiling them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Finding:
    kind: str
    text: str
    line: int
    column: int
    why: str
    start: int  # offset in the text checked
    entry: str | None = None
    field: str | None = None
    file: str | None = None

    def as_json(self) -> dict[str, Any]:
        """As `privacy --json` gives it (DESIGN.md), with the reason too."""
        where = place_json(self.file, self.entry, self.field)
        return {
            "kind": self.kind,
            "text": self.text,
            "line": self.line,
            "column": self.column,
            **where,
            "why": self.why,
        }


def counts(findings: list[Finding]) -> tuple[int, int]:
    """How many findings could identify someone, and how many are control characters."""
    controls = sum(finding.kind == "control" for finding in findings)
    return len(findings) - controls, controls


def tally(findings: list[Finding]) -> str:
    """A summary line: "2 places that could identify someone and 1 control character"."""
    from thingsjournal.text.plural import counted

    identifying, controls = counts(findings)
    parts = [f"{counted(identifying, 'place')} that could identify someone"] if identifying else []
    parts += [counted(controls, "control character")] if controls else []
    return " and ".join(parts) or "nothing that could identify someone"


def describe(finding: Finding, title: str = "") -> str:
    """One line for a person: where (the entry by its title too, when given), what and why."""
    where = place(finding.file, finding.entry, finding.field, title)
    return f"{where}:{finding.line}:{finding.column}: {finding.kind}: {finding.text!r} ({finding.why})"


def place(file: str | None, entry: str | None, field: str | None, title: str = "") -> str:
    """Where words were found, as a line of the command line names it: the file, or the entry
    (by its title too, when given) and its field. The spelling check names places so too."""
    if file is not None:
        return file
    return f"{title} (entry {entry}) {field}" if title else f"entry {entry} {field}"


def place_json(file: str | None, entry: str | None, field: str | None) -> dict[str, Any]:
    """Where words were found, as `privacy --json` and `spelling --json` give it."""
    return {"file": file} if file is not None else {"entry": entry, "field": field}
