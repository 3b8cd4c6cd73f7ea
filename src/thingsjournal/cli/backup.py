"""`thingsjournal backup`: the whole journal as a dated zip."""

from __future__ import annotations

import sys

from thingsjournal.cli.common import PROG

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse

    from thingsjournal.cli.common import Parser
    from thingsjournal.session import Session


def add_arguments(parser: Parser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="the zip file or folder to write, or - for standard output (default: here)",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE even if it is not a thingsjournal backup")
    parser.set_defaults(handler=backup)


def backup(session: Session, args: argparse.Namespace) -> int:
    from pathlib import Path

    from thingsjournal.files.outputs import STDOUT
    from thingsjournal.journal.backup import backup_journal, links_note

    output = args.output if args.output in (None, STDOUT) else Path(args.output).expanduser()
    made = backup_journal(session.locations.journal, output, force=args.force)
    print(f"Backed up the journal to {made.where}.", file=sys.stderr if output == STDOUT else sys.stdout)
    if made.links_left_out:
        print(f"{PROG}: {links_note(made.links_left_out)}", file=sys.stderr)
    return 0
