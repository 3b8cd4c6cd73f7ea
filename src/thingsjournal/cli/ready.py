"""`thingsjournal ready`: whether a Thing's entry is ready to apply for its Open Badge, item by item."""

from __future__ import annotations

import sys

from thingsjournal.cli.common import add_json_option, chosen_reflection, warn_about_journal
from thingsjournal.errors import UserError

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse

    from thingsjournal.cli.common import Parser
    from thingsjournal.session import Session


def add_arguments(parser: Parser) -> None:
    parser.description = (
        "The minimum words, each point ticked as covered, nothing that could identify someone, the "
        "steps done; then the badge's exact name and the programme's advice. Exit 0 ready, 1 not."
    )
    parser.add_argument("thing", nargs="?", metavar="THING", help="a Thing's number or slug: its entry")
    parser.add_argument("--entry", metavar="ID", help="an entry by id instead (a unique start of it will do)")
    add_json_option(parser)
    parser.set_defaults(handler=ready)


def ready(session: Session, args: argparse.Namespace) -> int:
    from thingsjournal.badges.ready import readiness, statuses_first
    from thingsjournal.privacy.check import check_entry, vocabulary_for
    from thingsjournal.text.control_chars import terminal_json

    warn_about_journal(session)
    summary = chosen_reflection(session, args.thing, args.entry, "ready")
    programme = session.catalog.programme(summary.programme or "")
    thing = programme.thing(summary.thing or 0) if programme else None
    if programme is None or thing is None:
        raise UserError(f"entry {summary.id} is for a Thing of {summary.programme}, which is not loaded")
    data = session.view.entry_data.get(summary.id)
    if data is None:
        raise UserError(f"entry {summary.id} could not be read: 'thingsjournal check' says why")
    findings = check_entry(data, vocabulary_for(session.index, session.settings, session.people))
    result = readiness(thing, data, findings, statuses_first(session.view, programme.id, thing))
    if args.json:
        print(terminal_json(result.as_json()))
    else:
        for item in result.items:
            mark = ("✓" if item.ok else "✗") if item.checked else "•"
            print(f"{mark} {item.name}: {item.detail}")
        left = sum(1 for item in result.items if item.checked and not item.ok)
        said = "Ready to apply." if result.ready else f"Not ready yet: {left} of the items above to put right."
        print(f"Thing {thing.number} (entry {summary.id}): {said}", file=sys.stderr)
    return 0 if result.ready else 1
