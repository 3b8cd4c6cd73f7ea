"""`thingsjournal cpl`: the CPL declaration year, when it is due, and what its entries cover."""

from __future__ import annotations

import sys

from thingsjournal.cli.common import add_json_option, warn_about_journal

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse

    from thingsjournal.cli.common import Parser
    from thingsjournal.session import Session


def add_arguments(parser: Parser) -> None:
    parser.description = (
        "Each core learning element of your Register part with the year's entries that evidence it, "
        "and the learning on trauma and on protection expected of everyone. Exit 0 when all are covered, 1 not."
    )
    parser.add_argument(
        "--year",
        default="this",
        metavar="YEAR",
        help="the calendar year the CPL year starts in, or this (default) or last",
    )
    add_json_option(parser)
    parser.set_defaults(handler=cpl, reads_journal=True)


def cpl(session: Session, args: argparse.Namespace) -> int:
    from thingsjournal.progress.cpl import as_json, chosen_year, coverage, report, verdict
    from thingsjournal.text.control_chars import shown, terminal_json

    warn_about_journal(session)
    today = session.current_date()
    found = coverage(session.view, chosen_year(args.year, today, session.registration_date), session.register_part)
    if args.json:
        print(terminal_json(as_json(found, today)))
    else:
        print(shown("\n".join(report(found, today))))
        print(shown(verdict(found)), file=sys.stderr)
    return 0 if found.ready else 1
