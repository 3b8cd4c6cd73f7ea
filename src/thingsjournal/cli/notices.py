"""`thingsjournal notices`: what waits for the user, as Home's notice line tells it."""

from __future__ import annotations

from thingsjournal.cli.common import EXIT_OK, add_json_option

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse

    from thingsjournal.cli.common import Parser
    from thingsjournal.session import Session


def add_arguments(parser: Parser) -> None:
    add_json_option(parser)
    parser.set_defaults(handler=notices)


def notices(session: Session, args: argparse.Namespace) -> int:
    from thingsjournal.notices import notices as found_notices
    from thingsjournal.text.control_chars import terminal_json

    found = found_notices(session)
    if args.json:
        print(terminal_json([notice._asdict() for notice in found]))
    else:
        print("\n".join(notice.line() for notice in found) or "Nothing waits for you.")
    return EXIT_OK
