"""Exports: which entries, then an entry or a portfolio of entries as Markdown
(`markdown_document`) or HTML (`html_document`), and the plain statements.

Every export is made from the entries' data in the cache of entries, read one entry at a time;
a portfolio in Markdown or plain text is written as it is made (`export_chunks`), so the memory
an export takes does not grow with the journal.

The plain-text export is the user's words alone, exactly (control characters aside: every export
shows their stand-ins), its headings as lines of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING

from thingsjournal.errors import UserError
from thingsjournal.export.markdown_document import Writer, entries_document, portfolio_chunks, title_of_entry
from thingsjournal.journal.filter import entry_date
from thingsjournal.text.control_chars import shown
from thingsjournal.text.dates import show_date

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from datetime import date

    from thingsjournal.journal.entry_cache import Data
    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.journal.view import JournalView
    from thingsjournal.progress.cpl import Coverage

FORMATS = ("markdown", "text", "html", "docx")


@dataclass(frozen=True)
class Period:
    """The dates an export covers: those asked for, else those of its entries."""

    since: date | None = None
    until: date | None = None

    def shown(self, entries: list[EntrySummary]) -> str:
        dates = sorted(entry_date(entry) for entry in entries)
        first = self.since or (dates[0] if dates else None)
        last = self.until or (dates[-1] if dates else None)
        if first and last:
            return f"{show_date(first)} to {show_date(last)}"
        if first or last:
            return f"from {show_date(first)}" if first else f"until {show_date(last)}"
        return "no entries"


def choose_entries(
    view: JournalView,
    things: list[str],
    entry_ids: list[str],
    everything: bool,
    period: Period,
    command: str = "export",
) -> list[EntrySummary]:
    """The entries a selector names, in the learning period: reflections in Thing order, then
    learning-log records by date. A UserError says what to give when nothing is named."""
    if not (things or entry_ids or everything):
        raise UserError(f"{command} needs a selector: Things ({command} 5 7), entries (--entry ID) or --all")
    listing = view.listing
    chosen: dict[str, EntrySummary] = {}
    if everything:
        chosen = {entry.id: entry for entry in listing.entries}
    for name in things:
        thing = view.programme.named(name)
        entry = view.entry_for_thing(thing.programme, thing.number)
        if entry is None:
            raise UserError(f"Thing {thing.number} ({thing.title}) has no entry yet: nothing to export")
        chosen[entry.id] = entry
    for entry_id in entry_ids:
        entry = view.store.resolve(entry_id, listing)
        chosen[entry.id] = entry
    selected = [
        entry
        for entry in chosen.values()
        if (period.since is None or entry_date(entry) >= period.since)
        and (period.until is None or entry_date(entry) <= period.until)
    ]
    selected.sort(
        key=lambda entry: (
            entry.kind != "reflection",
            entry.programme or "",
            entry.thing or 0,
            entry_date(entry),
            entry.id,
        )
    )
    return selected


def load_entries(view: JournalView, summaries: list[EntrySummary]) -> Iterator[Data]:
    """Each entry's data, read from the cache of entries as it is asked for (a file changed
    since was read again). Every entry is known to be there before the first is given."""
    found = view.entry_data
    missing = [summary for summary in summaries if summary.id not in found]
    if missing:
        raise _gone(view, missing[0])
    return _each(view, found, summaries)


def _each(view: JournalView, found: Mapping[str, Data], summaries: list[EntrySummary]) -> Iterator[Data]:
    for summary in summaries:
        try:
            yield found[summary.id]
        except KeyError:  # its cached record was damaged meanwhile, and its file is gone
            raise _gone(view, summary) from None


def _gone(view: JournalView, summary: EntrySummary) -> UserError:
    return UserError(f"{view.listing.folder / summary.file}: changed or removed while exporting; nothing was exported")


# Plain text


def plain_chunks(view: JournalView, entries: Iterator[Data], several: bool) -> Iterator[str]:
    """One entry's statement alone, exactly as written, ready to paste into a form; several,
    each under its title line, one at a time."""
    from thingsjournal.journal.entry_cache import entry_texts
    from thingsjournal.text.sections import plain_statement

    def words(entry: Data) -> str:
        if entry["kind"] == "reflection":
            return plain_statement(entry.get("statement", ""))
        if entry["kind"] == "learning":
            texts = [entry.get("learned", ""), entry.get("practice", "")]
        else:
            texts = [text for _, text in entry_texts(entry)]
        return "\n\n".join(text for text in texts if text)

    if not several:
        yield words(next(entries)) + "\n"
        return
    for number, entry in enumerate(entries):
        yield ("\n\n" if number else "") + f"{title_of_entry(view, entry)}\n\n{words(entry)}"
    yield "\n"


# HTML

PAGE_HEAD = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title>
<style>
body { font-family: Georgia, serif; max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 1.5; overflow-wrap: anywhere; }
h1, h2, h3, h4 { font-family: Helvetica, Arial, sans-serif; line-height: 1.2; }
hr { margin-top: 3em; }
@page { margin: 2cm; }
@media print { body { margin: 0; max-width: none; } h1, h2, h3 { break-after: avoid; } }
</style>
</head>
<body>
"""
PAGE_TAIL = "</body>\n</html>\n"


def page_head(title: str) -> str:
    """A printable page, up to its body. The page loads nothing (its policy allows its own style
    alone), so opening it in a browser never reaches the network; no tag anyone typed reaches
    it: it shows as text (`html_document`)."""
    from html import escape

    return PAGE_HEAD.replace("{title}", escape(title))


def render(
    view: JournalView,
    summaries: list[EntrySummary],
    fmt: str,
    period: Period,
    portfolio: bool,
    settings: Mapping[str, object],
) -> str:
    """The export the command line and the export screen both make: a portfolio (its cover from
    `settings`, as read), or the entries alone (one Thing's evidence for a badge application, or
    a post). Control characters show as their stand-ins, so no export can drive the terminal or
    program that shows it."""
    if fmt not in FORMATS or fmt == "docx":
        raise UserError(f"unknown format '{fmt}': use one of {', '.join(FORMATS[:-1])}")
    return "".join(_chunks(view, summaries, fmt, period, portfolio, settings))


def export_chunks(
    view: JournalView,
    summaries: list[EntrySummary],
    fmt: str,
    period: Period,
    portfolio: bool,
    settings: Mapping[str, object],
) -> Iterator[bytes]:
    """The export as its file holds it, in any format, a piece at a time: Markdown, plain text
    and an HTML page entry by entry; a Word document (made from the Markdown) in one piece.
    Any error (nothing to export, an entry gone) is raised by this call, before any piece."""
    if fmt != "docx":
        return (chunk.encode("utf-8") for chunk in _chunks(view, summaries, fmt, period, portfolio, settings))
    pieces, title = _document(Writer(view), summaries, _entries(view, summaries, period), period, portfolio, settings)
    return iter([word_document(shown("".join(pieces)), title)])


def summary_document(view: JournalView, found: Coverage, settings: Mapping[str, object], html: bool = False) -> str:
    """The verifier's one-page summary of a CPL year (`export.cpl_summary`), as Markdown, or as
    the HTML of its page's body."""
    from thingsjournal.export.cpl_summary import cpl_summary_document
    from thingsjournal.export.html_document import HtmlWriter

    entries = load_entries(view, [evidence.entry for evidence in found.entries])
    writer = HtmlWriter(view) if html else Writer(view)
    return shown(cpl_summary_document(writer, found, {entry["id"]: entry for entry in entries}, settings))


def render_summary(view: JournalView, found: Coverage, fmt: str, settings: Mapping[str, object]) -> bytes:
    """The summary as its file holds it; as plain text it is its Markdown, which reads as it is."""
    from thingsjournal.export.cpl_summary import TITLE

    if fmt == "html":
        return (page_head(TITLE) + summary_document(view, found, settings, html=True) + PAGE_TAIL).encode("utf-8")
    markdown = summary_document(view, found, settings)
    return word_document(markdown, TITLE) if fmt == "docx" else markdown.encode("utf-8")


def word_document(markdown: str, title: str) -> bytes:
    from thingsjournal.export.docx import markdown_docx

    return markdown_docx(markdown, title)


def render_page(
    view: JournalView, summaries: list[EntrySummary], period: Period, portfolio: bool, settings: Mapping[str, object]
) -> tuple[str, str]:
    """The HTML page and the Markdown it is made from: the export screen saves the page and
    previews the Markdown formatted."""
    return (
        render(view, summaries, "html", period, portfolio, settings),
        render(view, summaries, "markdown", period, portfolio, settings),
    )


def _chunks(
    view: JournalView,
    summaries: list[EntrySummary],
    fmt: str,
    period: Period,
    portfolio: bool,
    settings: Mapping[str, object],
) -> Iterator[str]:
    """The Markdown, plain-text or HTML export, entry by entry, control characters shown."""
    entries = _entries(view, summaries, period)
    if fmt == "text":
        pieces = plain_chunks(view, entries, len(summaries) > 1)
    elif fmt == "html":
        from thingsjournal.export.html_document import HtmlWriter

        body, title = _document(HtmlWriter(view), summaries, entries, period, portfolio, settings)
        pieces = chain([page_head(title)], body, [PAGE_TAIL])
    else:
        pieces, _ = _document(Writer(view), summaries, entries, period, portfolio, settings)
    return (shown(piece) for piece in pieces)


def _entries(view: JournalView, summaries: list[EntrySummary], period: Period) -> Iterator[Data]:
    if not summaries:
        raise UserError(
            "nothing to export: no entries match" + (f" ({period.shown([])})" if period.since or period.until else "")
        )
    return load_entries(view, summaries)


def _document(
    writer: Writer,
    summaries: list[EntrySummary],
    entries: Iterator[Data],
    period: Period,
    portfolio: bool,
    settings: Mapping[str, object],
) -> tuple[Iterator[str], str]:
    """The export's pieces, as `writer` writes them, and the title its page has."""
    if portfolio:
        return portfolio_chunks(writer, summaries, entries, period, settings), "Portfolio of learning"
    if len(summaries) == 1:
        entry = next(entries)
        return iter([entries_document(writer, [entry])]), title_of_entry(writer.view, entry)
    return iter([entries_document(writer, entries)]), "thingsjournal export"
