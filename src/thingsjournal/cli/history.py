"""`thingsjournal history`: an entry's earlier versions, one shown or compared with the entry
now, one brought back, or all of them forgotten (`journal.history`)."""

from __future__ import annotations

import sys

from thingsjournal.cli.common import EXIT_OK, add_json_option
from thingsjournal.errors import UserError

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse
    from typing import Any

    from thingsjournal.cli.common import Parser
    from thingsjournal.journal.history import FieldChange, Past
    from thingsjournal.session import Session


def add_arguments(parser: Parser) -> None:
    parser.description = (
        "Every save keeps the text it replaced, thinned as it ages. Versions are numbered from the "
        "newest: 1 is the text your last save replaced."
    )
    parser.add_argument("--entry", metavar="ID", required=True, help="the entry's id (a unique start will do)")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--show", metavar="N", type=int, help="print version N's text")
    what.add_argument("--diff", metavar="N", type=int, help="the words changed since version N")
    what.add_argument("--restore", metavar="N", type=int, help="bring version N back (the text now is kept)")
    what.add_argument("--forget", action="store_true", help="remove every earlier version, after asking")
    parser.add_argument("--yes", action="store_true", help="with --forget: do not ask (needed off a terminal)")
    add_json_option(parser)
    parser.set_defaults(handler=history_command)


def history_command(session: Session, args: argparse.Namespace) -> int:
    from thingsjournal.journal import history

    store = session.journal
    summary = store.resolve(args.entry)
    title = session.view.title_of(summary)
    if args.show is not None:
        _print_texts(history.version_data(history.chosen(store, summary.id, args.show)))
    elif args.diff is not None:
        _print_diff(history.changes(history.chosen(store, summary.id, args.diff), session.view.entry_data[summary.id]))
    elif args.restore is not None:
        result = history.restore_version(store, summary.id, args.restore)
        print(
            f"Brought back version {args.restore} of {title} ({summary.id}); the text it replaced is now "
            f"version 1, so 'history --entry {summary.id} --restore 1' undoes this."
            if not result.conflict_with
            else result.message()
        )
    elif args.forget:
        return _forget(session, summary.id, title, args.yes)
    else:
        _print_list(history.history(store, summary.id), summary.id, title, args.json)
    return EXIT_OK


def _print_list(pasts: list[Past], entry_id: str, title: str, as_json: bool) -> None:
    from thingsjournal.text.control_chars import terminal_json
    from thingsjournal.text.plural import counted

    if as_json:
        print(terminal_json([past.as_json() for past in pasts]))
        return
    if not pasts:
        print(f"{title} ({entry_id}) has no earlier versions yet: each save that changes it keeps one.")
        return
    print(f"{title} ({entry_id}) has {counted(len(pasts), 'earlier version')}, newest first:")
    for past in pasts:
        print(f"  {past.number:>3}  {past.saved.astimezone():%Y-%m-%d %H:%M:%S}  {counted(past.words, 'word')}")
    print(f"'history --entry {entry_id} --show N' prints one; --diff N compares it; --restore N brings it back.")


def _print_texts(data: dict[str, Any]) -> None:
    from thingsjournal.journal.entry_cache import entry_texts

    written = [(field, text) for field, text in entry_texts(data) if text]
    for field, text in written:
        if len(written) > 1:
            print(f"## {field}\n")
        print(text.rstrip("\n") + "\n")


def _print_diff(found: list[FieldChange]) -> None:
    from thingsjournal.text.word_diff import marked

    if not found:
        print("No words differ: that version's text is the entry's now.")
        return
    for change in found:
        print(
            f"## {change.field}: {change.removed} words taken out [-like this-], {change.added} put in {{+like this+}}\n"
        )
        print(marked(change.pieces).rstrip("\n") + "\n")


def _forget(session: Session, entry_id: str, title: str, yes: bool) -> int:
    from thingsjournal.journal.history import forget_warning, history
    from thingsjournal.text.plural import counted

    many = len(history(session.journal, entry_id))
    if not yes:
        if not sys.stdin.isatty():
            raise UserError("history --forget removes every earlier version for good: add --yes to do it")
        print(f"{title} ({entry_id}): {forget_warning(many)} [y/N] ", end="", flush=True)  # shown as all output is
        answer = input()
        if answer.strip().lower() not in {"y", "yes"}:
            print("Nothing was forgotten.")
            return EXIT_OK
    gone = session.journal.forget_history(entry_id)
    print(f"Forgot {counted(gone, 'earlier version')} of {title} ({entry_id}); the entry itself is as it was.")
    return EXIT_OK
