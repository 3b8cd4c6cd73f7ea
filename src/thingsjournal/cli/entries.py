"""`thingsjournal entries`: every entry in the journal, or those a search or period finds."""

from __future__ import annotations

from thingsjournal.cli.common import add_json_option, add_period_options, date_option, warn_about_journal

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse

    from thingsjournal.cli.common import Parser
    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.session import Session


def add_arguments(parser: Parser) -> None:
    add_json_option(parser)
    parser.add_argument("--search", metavar="WORDS", default="", help="only entries holding every one of these words")
    add_period_options(parser)
    parser.set_defaults(handler=entries, reads_journal=True)


def entries(session: Session, args: argparse.Namespace) -> int:
    from thingsjournal.journal.entry_cache import ENTRIES_FILE
    from thingsjournal.journal.filter import EntryFilter, haystacks, select
    from thingsjournal.journal.kinds import KIND_NAMES
    from thingsjournal.journal.search import load_texts
    from thingsjournal.journal.status import in_words
    from thingsjournal.text.control_chars import terminal_json

    warn_about_journal(session)
    listed = session.listing.entries
    if args.search or args.since or args.until:  # as the journal screen finds them: newest first
        chosen = EntryFilter(
            text=args.search, since=date_option(args.since, "--since"), until=date_option(args.until, "--until")
        )
        texts = load_texts(session.listing, session.journal.app_dir / ENTRIES_FILE) if args.search else {}
        listed = select(session.view, listed, haystacks(session.view, listed, texts), chosen)
    if args.json:
        print(terminal_json([_as_json(session, entry) for entry in listed]))
        return 0
    if not listed:
        print(
            "No entries match."
            if listed is not session.listing.entries
            else f"No entries yet in {session.locations.journal}."
        )
        return 0
    print(f"{'Id':<8}  {'Created':<10}  {'Status':<13} {'Words':>5}  Title")
    for entry in listed:
        status = session.view.status(entry)
        said = in_words(status) if status else KIND_NAMES.get(entry.kind, entry.kind)
        print(f"{entry.id:<8}  {entry.created[:10]:<10}  {said:<13} {entry.words:>5}  {session.view.title_of(entry)}")
    return 0


def _as_json(session: Session, entry: EntrySummary) -> dict[str, object]:
    return {
        "id": entry.id,
        "kind": entry.kind,
        "programme": entry.programme,
        "thing": entry.thing,
        "title": session.view.title_of(entry),
        "learning_date": entry.learning_date,
        "created": entry.created,
        "updated": entry.updated,
        "status": session.view.status(entry),
        "words": entry.words,
    }
