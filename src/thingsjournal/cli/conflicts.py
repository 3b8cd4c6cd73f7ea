"""`thingsjournal conflicts`: the copies sync tools made of entries changed on two devices at
once (`journal.sync_copies`): list them, compare one with its entry, and keep the entry, the
copy, or both."""

from __future__ import annotations

from thingsjournal.cli.common import EXIT_OK, add_json_option

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse
    from typing import Any

    from thingsjournal.cli.common import Parser
    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.journal.sync_copies import SyncCopy
    from thingsjournal.session import Session


def add_arguments(parser: Parser) -> None:
    from thingsjournal.journal.sync_copies import KEEP

    parser.add_argument("--entry", metavar="ID", help="the entry whose copy to compare or settle")
    parser.add_argument("--copy", metavar="FILE", help="which copy, by its file name, where the entry has several")
    parser.add_argument(
        "--keep",
        choices=KEEP,
        help="entry: the copy's text becomes a version of the entry; copy: its text becomes the entry's, "
        "the entry's a version; both: the copy becomes a new entry. Then the copy's file is removed",
    )
    add_json_option(parser)
    parser.set_defaults(handler=conflicts)


def conflicts(session: Session, args: argparse.Namespace) -> int:
    from thingsjournal.errors import UserError
    from thingsjournal.text.control_chars import terminal_json

    if args.entry is None:
        if args.keep or args.copy:
            raise UserError("--keep and --copy need --entry ID: which entry's copy")
        found: list[dict[str, Any]] = [
            {
                "entry": summary.id,
                "title": session.view.title_of(summary),
                "file": summary.file,
                "copies": [{"file": copy.file, "tool": copy.tool} for copy in session.listing.copies[summary.id]],
            }
            for summary in session.listing.entries
            if summary.id in session.listing.copies
        ]
        if args.json:
            print(terminal_json(found))
        for item in found if not args.json else ():
            for listed in item["copies"]:
                print(f"{item['entry']}  {item['title']}: a copy {listed['tool']} made, {listed['file']}")
        if not found and not args.json:
            print("No sync tool has made a copy of any entry.")
        return EXIT_OK
    summary, copy = _chosen(session, args.entry, args.copy)
    if args.keep:
        said = session.journal.settle_copy(copy, args.keep)
        print(said[0].upper() + said[1:] + ".")
        return EXIT_OK
    _compare(session, summary, copy, args.json)
    return EXIT_OK


def _chosen(session: Session, entry_id: str, file: str | None) -> tuple[EntrySummary, SyncCopy]:
    from thingsjournal.errors import UserError

    summary = session.journal.resolve(entry_id, session.listing)
    copies = session.listing.copies.get(summary.id, [])
    if not copies:
        raise UserError(f"entry {summary.id} has no copy made by a sync tool")
    if file is None and len(copies) == 1:
        return summary, copies[0]
    named = [copy for copy in copies if copy.file == file]
    if not named:
        names = "; ".join(copy.file for copy in copies)
        ask = "choose one with --copy FILE" if file is None else f"no copy '{file}'"
        raise UserError(f"entry {summary.id} has {len(copies)} copies ({names}): {ask}")
    return summary, named[0]


def _compare(session: Session, summary: EntrySummary, copy: SyncCopy, as_json: bool) -> None:
    """The words by which the copy differs from the entry: the entry's own [-like this-], the
    copy's {+like this+}."""
    from thingsjournal.journal.history import text_changes
    from thingsjournal.journal.sync_compare import copy_data
    from thingsjournal.text.control_chars import terminal_json
    from thingsjournal.text.plural import counted
    from thingsjournal.text.word_diff import marked

    found = text_changes(session.view.entry_data[summary.id], copy_data(session.journal.folder, copy))
    if as_json:
        print(terminal_json([{"field": c.field, "only_in_entry": c.removed, "only_in_copy": c.added} for c in found]))
        return
    print(f"{copy.file}: a copy {copy.tool} made of {copy.of}")
    if not found:
        print("No words differ: keep either (--keep entry removes the copy, keeping its text as a version).")
        return
    for change in found:
        only_entry, only_copy = counted(change.removed, "word"), counted(change.added, "word")
        print(
            f"\n## {change.field}: {only_entry} only in the entry [-like this-], {only_copy} only in the copy {{+like this+}}\n"
        )
        print(marked(change.pieces).rstrip("\n"))
    print(f"\nKeep one or both: thingsjournal conflicts --entry {summary.id} --keep entry|copy|both")
