"""`thingsjournal export`: the evidence the journal is for, as Markdown, plain text or HTML, on
stdout or in a file readable by the user alone."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from thingsjournal.cli.common import add_entry_selector, add_period_options, date_option, warn_about_journal
from thingsjournal.cli.privacy import MODES, check_before_export

if TYPE_CHECKING:
    import argparse

    from thingsjournal.cli.common import Commands
    from thingsjournal.session import Session

FORMATS = ("markdown", "text", "html")  # export.FORMATS, named here so that other commands need not import it


def add_parser(commands: Commands) -> None:
    parser = commands.add_parser(
        "export",
        help="entries as Markdown, plain text or HTML: a badge statement, a post, a CPL portfolio",
        description="One Thing or entry exports on its own; several, --all or a date range make a portfolio.",
    )
    add_entry_selector(parser, "every entry (with --since/--until: those in the period)")
    add_period_options(parser)
    parser.add_argument("--format", choices=FORMATS, default="markdown", help="markdown (default), text or html")
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
    parser.set_defaults(handler=export)


def export(session: Session, args: argparse.Namespace) -> int:
    from thingsjournal.export.render import Period, choose_entries, render
    from thingsjournal.files.outputs import STDOUT, writing
    from thingsjournal.text.plural import counted

    warn_about_journal(session)
    period = Period(date_option(args.since, "--since"), date_option(args.until, "--until"))
    summaries = choose_entries(session.view, args.things, args.entry, args.all, period)
    if not check_before_export(session, summaries, args.privacy):
        return 1
    portfolio = args.all or bool(period.since or period.until) or len(summaries) > 1
    text = render(session.view, summaries, args.format, period, portfolio, session.settings)
    if not args.output or args.output == STDOUT:
        sys.stdout.write(text)
        return 0
    target = Path(args.output).expanduser()
    with writing(target, "export") as handle:
        handle.write(text.encode("utf-8"))
    print(f"Exported {counted(len(summaries), 'entry', 'entries')} to {target}", file=sys.stderr)
    return 0
