"""`thingsjournal things`: the programme's Things, with the status and words of the entry for each."""

from __future__ import annotations

import sys

from thingsjournal.cli.common import EXIT_OK, PROG, add_json_option, warn_about_journal

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse

    from thingsjournal.cli.common import Parser
    from thingsjournal.session import Session


def add_arguments(parser: Parser) -> None:
    add_json_option(parser)
    parser.set_defaults(handler=things, reads_journal=True)


def things(session: Session, args: argparse.Namespace) -> int:
    from thingsjournal.journal.status import in_words
    from thingsjournal.text.control_chars import terminal_json

    rows = session.view.thing_rows()
    _warn_about_content(session)
    warn_about_journal(session)
    if args.json:
        print(terminal_json([row.as_json() for row in rows]))
        return EXIT_OK
    programme = session.programme
    print(programme.title)
    if programme.start_with:
        from thingsjournal.progress.programme import start_with

        print(f"{start_with(programme.start_with)}: they make a good foundation for the rest.")
    print()
    print(f"{'#':>3}  {'Status':<13} {'Words':>9}  Title")
    for row in rows:
        print(f"{row.thing.number:>3}  {in_words(row.status):<13} {row.words_of_minimum:>9}  {row.thing.title}")
    return EXIT_OK


def _warn_about_content(session: Session) -> None:
    problems = session.index.problems
    if problems:
        files = sorted({problem.file for problem in problems})
        print(
            f"{PROG}: {len(problems)} problem(s) in {', '.join(files)}; "
            f"what they hold was not loaded (run '{PROG} check' for details)",
            file=sys.stderr,
        )
