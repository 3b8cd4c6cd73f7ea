"""`thingsjournal new-pack`: a commented starter content pack to make one's own from."""

from __future__ import annotations

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse

    from thingsjournal.cli.common import Parser
    from thingsjournal.session import Session


def add_arguments(parser: Parser) -> None:
    parser.add_argument("folder", metavar="DIR", help="a new (or empty) folder for the pack")
    parser.set_defaults(handler=new_pack)


def new_pack(session: Session, args: argparse.Namespace) -> int:
    from pathlib import Path

    from thingsjournal.catalog.new_pack import write_starter_pack

    target = Path(args.folder).expanduser()
    written = write_starter_pack(target)
    print(f"Wrote a starter pack of {len(written)} files in {target}.")
    print(
        f"Try it: thingsjournal --content {target} check, then thingsjournal --content {target} --programme our-programme"
    )
    return 0
