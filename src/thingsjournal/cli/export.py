"""`thingsjournal export`: the evidence the journal is for, as Markdown, plain text, HTML or a Word
document, on stdout or in a file readable by the user alone; a CPL year as its portfolio or as the
verifier's one-page summary."""

from __future__ import annotations

import sys

from thingsjournal.cli.common import add_entry_selector, add_period_options, date_option, warn_about_journal
from thingsjournal.cli.privacy import MODES, check_before_export

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse

    from thingsjournal.cli.common import Parser
    from thingsjournal.session import Session

FORMATS = ("markdown", "text", "html", "docx")  # export.FORMATS, named here so that other commands need not import it


def add_arguments(parser: Parser) -> None:
    parser.description = (
        "One Thing or entry exports on its own; several, --all, a date range or --cpl-year make a portfolio. "
        "--cpl-year YEAR --summary makes the one-page summary for the person who verifies your declaration."
    )
    add_entry_selector(parser, "every entry (with --since/--until: those in the period)")
    parser.add_argument(
        "--cpl-year",
        metavar="YEAR",
        help="the CPL year that starts in YEAR (or this, last): its entries, as a portfolio",
    )
    parser.add_argument("--summary", action="store_true", help="with --cpl-year: the verifier's one-page summary")
    add_period_options(parser)
    parser.add_argument(
        "--format", choices=FORMATS, default="markdown", help="markdown (default), text, html or docx (Word)"
    )
    parser.add_argument(
        "--privacy",
        choices=MODES,
        default="warn",
        help="warn (default): what could identify someone is listed first; strict: refuse while any; off: no check",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (readable by you alone; a link is followed, a device or pipe written to) instead of the screen",
    )
    parser.set_defaults(handler=export, reads_journal=True)


def export(session: Session, args: argparse.Namespace) -> int:
    from pathlib import Path

    from thingsjournal.errors import UserError
    from thingsjournal.export.render import Period, choose_entries, export_chunks, render_summary
    from thingsjournal.files.outputs import STDOUT, writing
    from thingsjournal.text.plural import counted

    warn_about_journal(session)
    to_stdout = not args.output or args.output == STDOUT
    if args.format == "docx" and to_stdout and sys.stdout.isatty():
        raise UserError("a Word document cannot be shown on the screen: give -o FILE.docx")
    if args.summary and not args.cpl_year:
        raise UserError("--summary goes with --cpl-year YEAR: the summary is of one CPL year")
    period = Period(date_option(args.since, "--since"), date_option(args.until, "--until"))
    if args.cpl_year:
        from thingsjournal.progress.cpl import chosen_year, coverage

        if args.things or args.entry or args.all or period.since or period.until:
            raise UserError("--cpl-year chooses the entries itself: give it without Things, --entry, --all or dates")
        year = chosen_year(args.cpl_year, session.current_date(), session.registration_date)
        found = coverage(session.view, year, session.register_part)
        summaries = [evidence.entry for evidence in found.entries]
        period = Period(year.start, year.last)
    else:
        summaries = choose_entries(session.view, args.things, args.entry, args.all, period)
    if not check_before_export(session, summaries, args.privacy):
        return 1
    if args.summary:
        chunks = iter([render_summary(session.view, found, args.format, session.settings)])
    else:
        portfolio = args.all or bool(args.cpl_year or period.since or period.until) or len(summaries) > 1
        chunks = export_chunks(session.view, summaries, args.format, period, portfolio, session.settings)
    if to_stdout:
        sys.stdout.flush()
        for chunk in chunks:
            sys.stdout.buffer.write(chunk)
        sys.stdout.buffer.flush()
        return 0
    target = Path(args.output).expanduser()
    with writing(target, "export") as handle:
        for chunk in chunks:
            handle.write(chunk)
    what = "the CPL summary" if args.summary else counted(len(summaries), "entry", "entries")
    print(f"Exported {what} to {target}", file=sys.stderr)
    return 0
