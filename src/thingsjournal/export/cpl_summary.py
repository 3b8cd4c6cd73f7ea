"""The verifier's summary of one CPL year, on a page: who, the period, then per core learning
element the entries that evidence it, each with its date, title, time and one line on what was
learned; the learning expected of everyone; the total time; the attribution.

The line is the entry's own summary where the user wrote one, else the first sentence they wrote
(`text.first_sentence`): a verifier reads a minute's worth, and the full portfolio holds the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from thingsjournal.text.dates import show_date, show_minutes
from thingsjournal.text.first_sentence import first_sentence
from thingsjournal.text.plural import counted

if TYPE_CHECKING:
    from collections.abc import Mapping

    from thingsjournal.export.markdown_document import Writer
    from thingsjournal.journal.entry_cache import Data
    from thingsjournal.progress.cpl import Coverage, Covered

TITLE = "CPL declaration summary"


def learned_line(entry: Data) -> str:
    """The user's one-line summary, else the first sentence of what they wrote."""
    from thingsjournal.journal.entry_cache import entry_texts
    from thingsjournal.text.sections import heading_of

    summary = entry.get("summary", "")
    if summary.strip():
        return " ".join(summary.split())
    if entry["kind"] == "reflection":
        statement = entry.get("statement", "")
        texts = ["\n".join(line for line in statement.split("\n") if heading_of(line) is None)]
        texts += list(entry.get("answers", {}).values())
    elif entry["kind"] == "learning":
        texts = [entry.get("learned", ""), entry.get("practice", "")]
    else:
        texts = [text for _, text in entry_texts(entry)]
    return next((line for text in texts if (line := first_sentence(text))), "")


def cpl_summary_document(
    writer: Writer, found: Coverage, entries: Mapping[str, Data], settings: Mapping[str, object]
) -> str:
    """The one-page summary of `found`'s year, as `writer` writes it; `entries` are the year's
    full entries by id."""
    writer.heading(1, TITLE)
    year = found.year
    due = f" (the declaration is due around {show_date(year.due)})" if year.registered else " (the calendar year)"
    cover = [
        ("Name", settings.get("name")),
        ("SSSC registration number", settings.get("registration_number")),
        ("Register part", settings.get("register_part")),
        ("CPL year", f"{year.shown()}{due}"),
    ]
    writer.facts([f"{label}: {value}" for label, value in cover if value])
    writer.heading(2, "Core learning elements")
    if found.element_set is None:
        part = found.register_part or "this Register part"
        writer.line(f"The core learning elements of {part} are not packaged in thingsjournal yet.")
    else:
        writer.frameworks.add("elements")
        covered = len(found.elements) - len(found.uncovered)
        writer.line(f"{covered} of {len(found.elements)} covered in this year.")
        _items(writer, found.elements, entries)
    if found.topics:
        writer.heading(2, "Learning expected of everyone")
        _items(writer, found.topics, entries)
    writer.heading(2, "Time spent")
    writer.line(f"{show_minutes(found.minutes) or '0m'} in {counted(len(found.entries), 'entry', 'entries')}.")
    writer.programmes.update(e.entry.programme for e in found.entries if e.entry.programme)
    writer.footer()
    return writer.take()


def _items(writer: Writer, items: tuple[Covered, ...], entries: Mapping[str, Data]) -> None:
    for item in items:
        writer.heading(3, item.name)
        if not item.evidence:
            writer.line("Not covered in this year.")
            continue
        lines = []
        for evidence in item.evidence:
            time = f" ({show_minutes(evidence.minutes)})" if evidence.minutes else ""
            entry = entries.get(evidence.entry.id)
            learned = learned_line(entry) if entry else ""
            lines.append(f"{show_date(evidence.day)}: {evidence.title}{time}" + (f": {learned}" if learned else ""))
        writer.bullets(lines)
