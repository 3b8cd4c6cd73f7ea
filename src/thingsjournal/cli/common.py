"""What several commands share: the program's name and exit codes, the parser that makes a
mistake one line, the options that pick entries or a period, and the warning about journal files
that could not be read. Light to import: every parser is built from it before `--help` or
`--version` answers, and nothing else of the app is loaded by then."""

from __future__ import annotations

import argparse
import sys

from thingsjournal.cli import PROG
from thingsjournal.errors import UserError

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date
    from typing import NoReturn

    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.session import Session

    Commands = argparse._SubParsersAction["Parser"]
    Handler = Callable[[Session, argparse.Namespace], int]

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70


class Parser(argparse.ArgumentParser):
    """An argument parser whose mistakes are one line, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        message = message.replace("argument COMMAND: invalid choice:", "unknown command")
        raise UserError(f"{message} (see '{PROG} --help')")


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def add_entry_selector(parser: argparse.ArgumentParser, everything: str = "every entry") -> None:
    """THING ..., --entry ID ... and --all, as `export` and `privacy` take them."""
    parser.add_argument("things", nargs="*", metavar="THING", help="Things by number or slug: the entry for each")
    parser.add_argument("--entry", action="append", default=[], metavar="ID", help="an entry by id (repeatable)")
    parser.add_argument("--all", action="store_true", help=everything)


def add_period_options(parser: argparse.ArgumentParser) -> None:
    """--since DATE and --until DATE, as `entries` and `export` take them."""
    parser.add_argument(
        "--since", metavar="DATE", help="only entries learned on or after DATE (2026-11-23, 23/11/2026 or today)"
    )
    parser.add_argument("--until", metavar="DATE", help="only entries learned on or before DATE")


def date_option(text: str | None, option: str, today: date | None = None) -> date | None:
    """A date given with an option such as --since; a UserError naming the option if it is not one."""
    from thingsjournal.text.dates import parse_date

    if text is None:
        return None
    try:
        return parse_date(text, today)
    except ValueError as problem:
        raise UserError(f"{option} {text}: {problem}") from None


def warn_about_journal(session: Session) -> None:
    """Bad journal files never stop a command; they are named on stderr."""
    from thingsjournal.files.problems import file_names
    from thingsjournal.text.plural import counted

    problems = session.listing.problems
    if problems:
        files = file_names(problems)
        print(
            f"{PROG}: {counted(len(files), 'journal file')} could not be read: {', '.join(files)} "
            f"(left untouched; run '{PROG} check' for details)",
            file=sys.stderr,
        )


def chosen_reflection(session: Session, thing: str | None, entry: str | None, command: str) -> EntrySummary:
    """The entry THING or --entry ID names, for commands about one Thing's entry (`ready`,
    `badge`); a UserError when both, neither or a record of another kind is named."""
    if bool(thing) == bool(entry):
        given = "not both" if thing else "and none was given"
        raise UserError(f"{command} needs a Thing ({command} 5) or an entry ({command} --entry ID), {given}")
    if entry:
        summary = session.journal.resolve(entry, session.listing)
        if summary.kind != "reflection":
            raise UserError(f"entry {summary.id} is a {summary.kind} record: only a Thing's entry has a badge")
        return summary
    found_thing = session.thing(thing or "")
    found = session.view.entry_for_thing(found_thing.programme, found_thing.number)
    if found is None:
        raise UserError(f"Thing {found_thing.number} ({found_thing.title}) has no entry yet: nothing to apply with")
    return found


def read_checked_file(args: argparse.Namespace, command: str) -> tuple[str, str]:
    """The path `--file` names and its text, for `privacy` and `spelling`; a UserError if entries
    are named too, or if it cannot be read as UTF-8 (a byte-order mark is allowed)."""
    from pathlib import Path

    if args.things or args.entry or args.all:
        raise UserError(f"{command} checks either a --file or entries, not both")
    path = Path(args.file).expanduser()
    try:
        return str(path), path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"--file {path}: cannot be read: {error}") from None
