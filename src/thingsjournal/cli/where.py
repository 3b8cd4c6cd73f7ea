"""`thingsjournal where`: where the journal, settings, content packs and cache are."""

from __future__ import annotations

from thingsjournal.cli.common import EXIT_OK

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse

    from thingsjournal.cli.common import Parser
    from thingsjournal.session import Session


def add_arguments(parser: Parser) -> None:
    parser.set_defaults(handler=where)


def where(session: Session, args: argparse.Namespace) -> int:
    from pathlib import Path

    places = session.locations
    rows = [
        ("journal", places.journal),
        ("settings", places.settings),
        ("packs", places.extra_content),
        *(("pack", Path(str(root.path))) for root in session.roots[1:] if root.path != places.extra_content),
        ("packaged", Path(str(session.roots[0].path))),
        ("cache", places.cache),
    ]
    for label, path in rows:
        print(f"{label:<9} {path}")
    return EXIT_OK
