"""`thingsjournal open` (and no command at all): the app, at Home or at a Thing."""

from __future__ import annotations

import argparse
import sys

from thingsjournal.cli.common import EXIT_INTERNAL, EXIT_OK, PROG
from thingsjournal.errors import UserError

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    from thingsjournal.cli.common import Parser
    from thingsjournal.session import Session


def add_arguments(parser: Parser) -> None:
    parser.add_argument("thing", nargs="?", metavar="THING", help="a Thing's number or slug")
    parser.set_defaults(handler=open_app)


def open_app(session: Session, args: argparse.Namespace) -> int:
    from thingsjournal import collector
    from thingsjournal.crashlog import crash_report

    collector.pause()  # the app resumes it once Home (or the Thing) is drawn
    thing = session.thing(args.thing).number if getattr(args, "thing", None) else None
    session.programme  # noqa: B018 - an unknown programme is a usage error before the screen opens
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UserError(f"the app needs a terminal to open in; for a list, try '{PROG} things'")
    from thingsjournal.cli.progress_line import ProgressLine

    progress = ProgressLine(getattr(sys.stdout, "beneath", sys.stdout), "Reading your journal")
    try:
        session.read_journal(progress)
    finally:
        progress.finish()
    from thingsjournal.tui.app import make_app

    app = make_app(session=session, thing=thing)
    app.run()
    for line in app.emergency_lines:
        print(f"{PROG}: {line}", file=sys.stderr)
    if app.crash is not None:
        print(f"{PROG}: {crash_report(app.crash)}", file=sys.stderr)
        return EXIT_INTERNAL
    if app.edit_after is not None:  # an entry too large for the app, in the user's own editor
        from thingsjournal.cli.edit import edit

        return edit(session, argparse.Namespace(thing=None, entry=app.edit_after, prompt=None, new=False))
    return EXIT_OK
