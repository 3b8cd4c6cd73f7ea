"""The command line: argparse subcommands over the same functions the TUI uses.

Each command's arguments are declared in its own module beside its handler, which imports what
it needs when it runs; `COMMANDS` names them. Only the module of the command given is imported
and only its parser built: `--version` alone is answered before anything else is imported,
`--help` reads no command module, and no command module imports `typing`, `pathlib` or
`dataclasses` until its command runs. Commands that do not open the TUI never import Textual (or
pydantic, when the content cache is current). A mistake the user can fix is one line on stderr
and exit 2; an unexpected failure is one line too, with the details written to a log file.
"""

from __future__ import annotations

import sys

from thingsjournal import __version__
from thingsjournal.cli import PROG

TYPE_CHECKING = False  # not `typing`'s: importing typing costs `--help` a tenth of its time
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from thingsjournal.cli.common import Handler, Parser
    from thingsjournal.session import Session


# Each command: the module that declares its arguments and handles it, the function adding its
# arguments, and the line `--help` gives it, in the order `--help` lists them.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "open": ("open_app", "add_arguments", "open the app, at Home or at a Thing"),
    "things": ("things", "add_arguments", "the programme's Things, with status and words written"),
    "entries": ("entries", "add_arguments", "every entry in the journal"),
    "edit": ("edit", "add_arguments", "write a Thing's statement (or a prompt's answer) in your editor"),
    "compose": (
        "compose",
        "add_arguments",
        "draft a Thing's statement from your answers, a heading for each criterion",
    ),
    "export": (
        "export",
        "add_arguments",
        "entries as Markdown, text, HTML or Word: a badge statement, a post, a CPL portfolio or summary",
    ),
    "privacy": ("privacy", "add_arguments", "find what could identify a child, a family, a colleague or the setting"),
    "spelling": ("spelling", "add_arguments", "find words the British English dictionary does not know"),
    "ready": ("ready", "add_arguments", "is a Thing's entry ready to apply for its Open Badge?"),
    "badge": (
        "badge",
        "add_arguments",
        "record a badge application's events (submitted, declined, awarded ...), or list them",
    ),
    "history": (
        "history",
        "add_arguments",
        "an entry's earlier versions: list, show, compare, bring one back, or forget them",
    ),
    "cpl": (
        "cpl",
        "add_arguments",
        "the CPL declaration year: due date, what is covered and what is not (exit 1: gaps)",
    ),
    "new-pack": ("new_pack", "add_arguments", "write a commented starter content pack into DIR"),
    "conflicts": (
        "conflicts",
        "add_arguments",
        "copies a sync tool made of entries changed on two devices: list, compare, keep one or both",
    ),
    "delete": ("trash", "add_delete_arguments", "move an entry to the journal's trash"),
    "restore": ("trash", "add_restore_arguments", "bring an entry back from the trash"),
    "backup": ("backup", "add_arguments", "save the whole journal as a dated zip"),
    "notices": ("notices", "add_arguments", "what waits for you (Home's notice line, every notice)"),
    "check": ("check", "add_arguments", "check content packs, settings and journal files; exit 1 if anything is wrong"),
    "where": ("where", "add_arguments", "print where the journal, settings and content packs are"),
}
GLOBAL_OPTIONS_WITH_VALUES = ("--journal", "--content", "--programme")


def build_parser(command: str | None = None, every: bool = False) -> argparse.ArgumentParser:
    """The parser: with `command`, that command's alone, its module imported and its arguments
    added; with `every`, every command's; else every command named with its line for `--help`,
    none of their modules read."""
    import importlib

    from thingsjournal.cli.common import Parser

    parser = Parser(
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
    parser.set_defaults(handler=_open_app, reads_journal=False)  # with no command, the app opens
    named_only = command is None and not every
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_named_only() if named_only else Parser
    )
    for name, (module, add_arguments, line) in COMMANDS.items():
        if named_only:
            commands.add_parser(name, help=line)
        elif every or name == command:
            getattr(importlib.import_module(f"thingsjournal.cli.{module}"), add_arguments)(
                commands.add_parser(name, help=line)
            )
    return parser


def _named_only() -> type[Parser]:
    """A command as `--help` lists it, its name and line only: `parser_for` asks for these only
    where no command is given or `--help` comes first (argparse answers it before any command), so
    none is ever parsed with. Making 19 real parsers would cost `--help` a sixth of its time."""
    from thingsjournal.cli.common import Parser

    class NamedOnly(Parser):
        def __init__(self, **_: object) -> None:  # not a parser's: nothing to parse with
            pass

    return NamedOnly


def parser_for(argv: Sequence[str]) -> argparse.ArgumentParser:
    """The parser `argv` needs: the command it names alone, read as argparse will read it (a
    unique start of a long option is that option); every command named where `--help` comes
    first; and every command whole where the reading is unsure."""
    value_next = False
    for token in argv:
        if value_next:
            value_next = False
        elif token == "-h" or (len(token) > 2 and "--help".startswith(token)):
            return build_parser()
        elif token == "--":
            break
        elif token.startswith("-"):
            long_start = token.startswith("--") and "=" not in token and len(token) > 2
            value_next = long_start and any(option.startswith(token) for option in GLOBAL_OPTIONS_WITH_VALUES)
        else:
            return build_parser(token) if token in COMMANDS else build_parser(every=True)
    return build_parser(every=any(token in COMMANDS for token in argv))


def _open_app(session: Session, args: argparse.Namespace) -> int:
    from thingsjournal.cli.open_app import open_app

    return open_app(session, args)


def main(argv: Sequence[str] | None = None) -> int:
    if (sys.argv[1:] if argv is None else list(argv)) == ["--version"]:
        print(f"{PROG} {__version__}")  # before anything else is imported
        return 0
    from thingsjournal import collector

    collector.pause()  # until the command runs, or the app's first screen is drawn
    try:
        from thingsjournal.cli.shown_stream import shown_output

        with shown_output():
            return _run(argv)
    finally:
        collector.resume()
        collector.finish()


def _run(argv: Sequence[str] | None) -> int:
    try:
        arguments = list(sys.argv[1:] if argv is None else argv)
        args = parser_for(arguments).parse_args(arguments)
        from thingsjournal.session import Session

        session = Session.open(args.journal, args.content, args.programme)
        handler: Handler = args.handler
        from thingsjournal import collector

        if args.reads_journal:
            # A command that lists the journal reads it with the collector still paused, and
            # the listing is frozen with start-up's objects: it lives as long as the command,
            # and a collection that looked through it (tens of thousands of tuples, a third of a
            # millisecond per 1,000 entries) would find nothing to free.
            session.listing  # noqa: B018 - read now, kept by the session for the command
        collector.resume()  # the command's own objects are collected as usual (`open_app` pauses again)
        return handler(session, args)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback for users
        return _failed(error)


def _failed(error: Exception) -> int:
    """The exit code for a command that raised `error`, after one line on stderr (if any)."""
    from thingsjournal.cli.common import EXIT_INTERNAL, EXIT_OK, EXIT_USAGE
    from thingsjournal.errors import UserError
    from thingsjournal.journal.store import JournalError

    if isinstance(error, UserError | JournalError):
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(error, BrokenPipeError):
        _silence_stdout()
        return EXIT_OK
    from thingsjournal.crashlog import crash_report

    print(f"{PROG}: {crash_report(error)}", file=sys.stderr)
    return EXIT_INTERNAL


def _silence_stdout() -> None:
    """After a closed pipe (`things | head`), stop Python complaining while it flushes stdout."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
