"""The command line: argparse subcommands over the same functions the TUI uses.

Each command is declared in its own module, its parser beside its handler, and the handler
imports what it needs when it runs: `--version` alone is answered before anything else is
imported, `--help` loads only the command line and argparse (no `typing`, `pathlib` or
`dataclasses` at import time in any command module), and commands that do not open the TUI never
import Textual (or pydantic, when the content cache is current), so they start fast. A mistake the user can fix is one line on stderr and exit 2; an
unexpected failure is one line too, with the details written to a log file.
"""

from __future__ import annotations

import sys

from thingsjournal import __version__
from thingsjournal.cli import PROG

TYPE_CHECKING = False  # not `typing`'s: importing typing costs `--help` a tenth of its time
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from thingsjournal.cli.common import Handler


def build_parser() -> argparse.ArgumentParser:
    from thingsjournal.cli import (
        backup,
        badge,
        check,
        compose,
        cpl,
        edit,
        entries,
        export,
        history,
        new_pack,
        notices,
        open_app,
        privacy,
        ready,
        spelling,
        things,
        trash,
        where,
    )
    from thingsjournal.cli.common import Parser

    parser = Parser(
        prog=PROG,
        description="A private journal for the SSSC 23 Things ELC Leadership programme.",
        epilog="With no command, the app opens. Exit codes: 0 done, 1 problems found, 2 bad usage or input.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--journal", metavar="DIR", help="the journal folder to use (also THINGSJOURNAL_DIR)")
    parser.add_argument(
        "--content", metavar="DIR", action="append", default=[], help="add a content pack folder (repeatable)"
    )
    parser.add_argument("--programme", metavar="ID", help="the programme to work with (default: the 23 Things ELC)")
    parser.set_defaults(handler=open_app.open_app)  # with no command, the app opens
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for add_parser in (
        open_app.add_parser,
        things.add_parser,
        entries.add_parser,
        edit.add_parser,
        compose.add_parser,
        export.add_parser,
        privacy.add_parser,
        spelling.add_parser,
        ready.add_parser,
        badge.add_parser,
        history.add_parser,
        cpl.add_parser,
        new_pack.add_parser,
        trash.add_delete_parser,
        trash.add_restore_parser,
        backup.add_parser,
        notices.add_parser,
        check.add_parser,
        where.add_parser,
    ):  # in the order `--help` lists them
        add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if (sys.argv[1:] if argv is None else list(argv)) == ["--version"]:
        print(f"{PROG} {__version__}")  # before anything else is imported
        return 0
    from thingsjournal.cli.shown_stream import shown_output

    with shown_output():
        return _run(argv)


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = build_parser().parse_args(argv)
        from thingsjournal.session import Session

        session = Session.open(args.journal, args.content, args.programme)
        handler: Handler = args.handler
        return handler(session, args)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback for users
        return _failed(error)


def _failed(error: Exception) -> int:
    """The exit code for a command that raised `error`, after one line on stderr (if any)."""
    from thingsjournal.cli.common import EXIT_INTERNAL, EXIT_OK, EXIT_USAGE
    from thingsjournal.errors import UserError
    from thingsjournal.journal.store import JournalError

    if isinstance(error, UserError | JournalError):
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(error, BrokenPipeError):
        _silence_stdout()
        return EXIT_OK
    from thingsjournal.crashlog import crash_report

    print(f"{PROG}: {crash_report(error)}", file=sys.stderr)
    return EXIT_INTERNAL


def _silence_stdout() -> None:
    """After a closed pipe (`things | head`), stop Python complaining while it flushes stdout."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
