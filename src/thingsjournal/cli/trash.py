"""`thingsjournal delete` and `restore`: an entry into the journal's trash, and back."""

from __future__ import annotations

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse

    from thingsjournal.cli.common import Parser
    from thingsjournal.session import Session


def add_delete_arguments(parser: Parser) -> None:
    parser.add_argument("--entry", metavar="ID", required=True, help="the entry's id (a unique start will do)")
    parser.set_defaults(handler=delete)


def delete(session: Session, args: argparse.Namespace) -> int:
    summary = session.journal.delete(args.entry)
    print(
        f"Moved entry {summary.id} ({session.view.title_of(summary)}) to the trash; 'restore --entry {summary.id}' brings it back."
    )
    return 0


def add_restore_arguments(parser: Parser) -> None:
    parser.add_argument("--entry", metavar="ID", required=True, help="the entry's id (a unique start will do)")
    parser.set_defaults(handler=restore)


def restore(session: Session, args: argparse.Namespace) -> int:
    summary = session.journal.restore(args.entry)
    print(f"Restored entry {summary.id} ({session.view.title_of(summary)}).")
    return 0
