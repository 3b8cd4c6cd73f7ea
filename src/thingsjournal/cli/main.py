"""The command line: argparse subcommands over the same functions the TUI uses.

Commands that do not open the TUI never import Textual (or pydantic, when the content cache is
current), so they start fast. A mistake the user can fix is one line on stderr and exit 2; an
unexpected failure is one line too, with the details written to a log file.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from contextlib import suppress
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from thingsjournal import __version__
from thingsjournal.cli import export as cli_export
from thingsjournal.cli import journal as cli_journal
from thingsjournal.cli import privacy as cli_privacy
from thingsjournal.cli.shown_stream import shown_output
from thingsjournal.crashlog import crash_report
from thingsjournal.errors import UserError
from thingsjournal.journal.store import JournalError
from thingsjournal.session import Session
from thingsjournal.text.control_chars import terminal_json

if TYPE_CHECKING:
    from collections.abc import Sequence

    from thingsjournal.catalog.models import Catalog
    from thingsjournal.files.problems import Problem

PROG = "thingsjournal"
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70


class _Parser(argparse.ArgumentParser):
    """An argument parser whose mistakes are one line, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        message = message.replace("argument COMMAND: invalid choice:", "unknown command")
        raise UserError(f"{message} (see '{PROG} --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="A private journal for the SSSC 23 Things ELC Leadership programme.",
        epilog="With no command, the app opens. Exit codes: 0 done, 1 problems found, 2 bad usage or input.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--journal", metavar="DIR", help="the journal folder to use (also THINGSJOURNAL_DIR)")
    parser.add_argument(
        "--content", metavar="DIR", action="append", default=[], help="add a content pack folder (repeatable)"
    )
    parser.add_argument("--programme", metavar="ID", help="the programme to work with (default: the 23 Things ELC)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    open_ = commands.add_parser("open", help="open the app, at Home or at a Thing")
    open_.add_argument("thing", nargs="?", metavar="THING", help="a Thing's number or slug")
    things = commands.add_parser("things", help="the programme's Things, with status and words written")
    things.add_argument("--json", action="store_true", help="print JSON for scripts")
    entries = commands.add_parser("entries", help="every entry in the journal")
    entries.add_argument("--json", action="store_true", help="print JSON for scripts")
    entries.add_argument("--search", metavar="WORDS", default="", help="only entries holding every one of these words")
    entries.add_argument(
        "--since", metavar="DATE", help="only entries learned on or after DATE (2026-11-23, 23/11/2026 or today)"
    )
    entries.add_argument("--until", metavar="DATE", help="only entries learned on or before DATE")
    edit = commands.add_parser(
        "edit",
        help="write a Thing's statement (or a prompt's answer) in your editor",
        description="Opens $VISUAL, else $EDITOR, else nano or vi; the text is saved when the editor exits.",
    )
    edit.add_argument("thing", nargs="?", metavar="THING", help="a Thing's number or slug: edits the entry for it")
    edit.add_argument("--entry", metavar="ID", help="edit this entry instead (a unique start of its id will do)")
    edit.add_argument("--prompt", metavar="ID", help="edit this prompt's answer instead of the statement")
    edit.add_argument("--new", action="store_true", help="start a new entry for the Thing")
    cli_export.add_parser(commands)
    cli_privacy.add_parser(commands)
    new_pack = commands.add_parser("new-pack", help="write a commented starter content pack into DIR")
    new_pack.add_argument("folder", metavar="DIR", help="a new (or empty) folder for the pack")
    delete = commands.add_parser("delete", help="move an entry to the journal's trash")
    delete.add_argument("--entry", metavar="ID", required=True, help="the entry's id (a unique start will do)")
    restore = commands.add_parser("restore", help="bring an entry back from the trash")
    restore.add_argument("--entry", metavar="ID", required=True, help="the entry's id (a unique start will do)")
    backup = commands.add_parser("backup", help="save the whole journal as a dated zip")
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="the zip file or folder to write, or - for standard output (default: here)",
    )
    backup.add_argument("--force", action="store_true", help="replace FILE even if it is not a thingsjournal backup")
    notices = commands.add_parser("notices", help="what waits for you (Home's notice line, every notice)")
    notices.add_argument("--json", action="store_true", help="print JSON for scripts")
    commands.add_parser("check", help="check content packs, settings and journal files; exit 1 if anything is wrong")
    commands.add_parser("where", help="print where the journal, settings and content packs are")
    return parser


def _new_pack(session: Session, args: argparse.Namespace) -> int:
    from thingsjournal.catalog.new_pack import write_starter_pack

    target = Path(args.folder).expanduser()
    written = write_starter_pack(target)
    print(f"Wrote a starter pack of {len(written)} files in {target}.")
    print(
        f"Try it: thingsjournal --content {target} check, then thingsjournal --content {target} --programme our-programme"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    with shown_output():
        return _run(argv)


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = build_parser().parse_args(argv)
        session = Session.open(args.journal, args.content, args.programme)
        handler = {
            "things": _things,
            "notices": _notices,
            "check": _check,
            "where": _where,
            "entries": cli_journal.entries,
            "export": cli_export.export,
            "privacy": cli_privacy.privacy,
            "new-pack": _new_pack,
            "edit": cli_journal.edit,
            "delete": cli_journal.delete,
            "restore": cli_journal.restore,
            "backup": cli_journal.backup,
        }.get(args.command, _open)
        return handler(session, args)
    except (UserError, JournalError) as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback for users
        print(f"{PROG}: {crash_report(error)}", file=sys.stderr)
        return EXIT_INTERNAL


def _open(session: Session, args: argparse.Namespace) -> int:
    thing = session.thing(args.thing).number if getattr(args, "thing", None) else None
    session.programme  # noqa: B018 - an unknown programme is a usage error before the screen opens
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UserError(f"the app needs a terminal to open in; for a list, try '{PROG} things'")
    from thingsjournal.tui.app import make_app

    app = make_app(session=session, thing=thing)
    app.run()
    for line in app.emergency_lines:
        print(f"{PROG}: {line}", file=sys.stderr)
    if app.crash is not None:
        print(f"{PROG}: {crash_report(app.crash)}", file=sys.stderr)
        return EXIT_INTERNAL
    if app.edit_after is not None:  # an entry too large for the app, in the user's own editor
        return cli_journal.edit(session, argparse.Namespace(thing=None, entry=app.edit_after, prompt=None, new=False))
    return EXIT_OK


def _things(session: Session, args: argparse.Namespace) -> int:
    rows = session.view.thing_rows()
    _warn_about_content(session)
    cli_journal.warn_about_journal(session)
    if args.json:
        print(terminal_json([row.as_json() for row in rows]))
        return EXIT_OK
    programme = session.programme
    print(programme.title)
    if programme.start_with:
        from thingsjournal.progress.programme import start_with

        print(f"{start_with(programme.start_with)}: they make a good foundation for the rest.")
    print()
    print(f"{'#':>3}  {'Status':<13} {'Words':>9}  Title")
    for row in rows:
        print(f"{row.thing.number:>3}  {row.status.replace('-', ' '):<13} {row.words_of_minimum:>9}  {row.thing.title}")
    return EXIT_OK


def _notices(session: Session, args: argparse.Namespace) -> int:
    from thingsjournal.notices import notices

    found = notices(session)
    if args.json:
        print(terminal_json([asdict(notice) for notice in found]))
    else:
        print("\n".join(notice.line() for notice in found) or "Nothing waits for you.")
    return EXIT_OK


def _check(session: Session, args: argparse.Namespace) -> int:
    from thingsjournal.catalog.packs import load_catalog, pack_control_problems
    from thingsjournal.files.problems import Problem
    from thingsjournal.journal.emergency import copies as emergency_copies
    from thingsjournal.settings import load_settings

    catalog, problems = load_catalog(session.roots)
    problems += pack_control_problems(session.roots)
    problems += load_settings(session.locations.settings)[1]
    problems += session.listing.problems + session.journal.trash().problems + session.journal.leftovers()
    problems += [
        Problem(
            str(path), "an emergency copy of text that could not be saved: open the app to put it back or discard it"
        )
        for path in emergency_copies()
    ]
    for problem in problems:
        print(problem)
    for warning in _own_controls(session):
        print(f"warning: {warning} (your own words, kept as written; shown as its stand-in)")
    for warning in _unknown_steps(session, catalog):
        print(f"warning: {warning} (the entry still loads)")
    open_to_others = session.journal.open_to_others()
    if open_to_others:
        print(
            f"warning: {len(open_to_others)} of the journal's files and folders can be read by other users; "
            f"to keep them private: chmod -R go= {shlex.quote(str(session.journal.folder))}"
        )
    things = sum(len(programme.things) for programme in catalog.programmes)
    loaded = (
        f"{len(catalog.programmes)} programme(s) with {things} Things, "
        f"{len(catalog.frameworks)} framework(s), {len(catalog.notes)} note(s) and {len(session.listing.entries)} journal entries loaded"
    )
    if problems:
        print(f"{len(problems)} problem(s) found; {loaded}.", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"No problems: {loaded}.")
    return EXIT_OK


def _unknown_steps(session: Session, catalog: Catalog) -> list[Problem]:
    """Reflections whose `steps_done` names a step their Thing does not have: a warning, since
    the entry is the user's and loads as it is (a step may have been renamed in a pack)."""
    from thingsjournal.files.problems import Problem

    steps = {
        (programme.id, thing.number): {step.id for step in thing.steps}
        for programme in catalog.programmes
        for thing in programme.things
    }
    data = session.view.entry_data
    found = []
    for entry in session.listing.entries:
        known = steps.get((entry.programme or "", entry.thing or 0))
        if entry.kind != "reflection" or known is None:
            continue  # a Thing the content does not have is not this check's to judge
        done = data.get(entry.id, {}).get("steps_done", ())
        unknown = [step for step in done if isinstance(step, str) and step not in known]
        found += [
            Problem(
                str(session.listing.path_of(entry)),
                f"names '{step}', which is not a step of Thing {entry.thing} of {entry.programme}",
                "steps_done",
            )
            for step in unknown
        ]
    return found


def _own_controls(session: Session) -> list[Problem]:
    """Control characters in the user's own entries and settings: a warning, as a paste can
    carry them. Only the files whose cached data holds one are read again, for the line."""
    from thingsjournal.files.tomlcheck import control_problems
    from thingsjournal.text.control_chars import controls_in

    data = session.view.entry_data
    paths = [
        session.listing.path_of(entry)
        for entry in session.listing.entries
        if next(controls_in(data.get(entry.id, {})), None)
    ]
    found = []
    for path in [*paths, session.locations.settings]:
        with suppress(OSError, UnicodeDecodeError):  # gone, or never written: nothing to warn of
            found += control_problems(str(path), path.read_text(encoding="utf-8"))
    return found


def _where(session: Session, args: argparse.Namespace) -> int:
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


def _warn_about_content(session: Session) -> None:
    problems = session.index.problems
    if problems:
        files = sorted({problem.file for problem in problems})
        print(
            f"{PROG}: {len(problems)} problem(s) in {', '.join(files)}; "
            f"what they hold was not loaded (run '{PROG} check' for details)",
            file=sys.stderr,
        )


def _silence_stdout() -> None:
    """After a closed pipe (`things | head`), stop Python complaining while it flushes stdout."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
