"""`thingsjournal badge`: record what happened to a Thing's Open Badge application, take back the
last event recorded by mistake, or list every application with where it stands."""

from __future__ import annotations

import sys

from thingsjournal.cli.common import EXIT_OK, PROG, add_json_option, chosen_reflection, date_option
from thingsjournal.errors import UserError

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse

    from thingsjournal.cli.common import Parser
    from thingsjournal.journal.entries import Badge, Reflection
    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.session import Session

EVENT_HELP = "submitted, declined, resubmitted, awarded, endorsement-requested or endorsed"


def add_arguments(parser: Parser) -> None:
    parser.description = (
        f"badge THING EVENT records an event ({EVENT_HELP}) on today's date or --date; "
        "badge THING --undo takes back the last one; badge --list shows every application. "
        "A decision is due 28 days after a submission; an endorsement three months after an award."
    )
    parser.add_argument("words", nargs="*", metavar="THING EVENT", help="a Thing's number or slug, then the event")
    parser.add_argument("--entry", metavar="ID", help="an entry by id instead of a Thing (then just EVENT)")
    parser.add_argument(
        "--date", metavar="DATE", help="when it happened (2026-11-23, 23/11/2026, today); today if left out"
    )
    parser.add_argument(
        "--feedback", metavar="TEXT", default="", help="the assessor's feedback, with declined or awarded"
    )
    parser.add_argument("--link", metavar="URL", help="the awarded badge's page, with awarded")
    parser.add_argument("--undo", action="store_true", help="take back the last event recorded")
    parser.add_argument("--list", action="store_true", help="every application, with its state and dates")
    add_json_option(parser)
    parser.set_defaults(handler=badge)


def badge(session: Session, args: argparse.Namespace) -> int:
    from typing import cast

    from thingsjournal.text.dates import show_date

    if args.list:
        if args.words or args.entry or args.undo:
            raise UserError("badge --list lists every application: give it no Thing, entry or --undo")
        return _list(session, args.json)
    thing, event = _thing_and_event(args)
    summary = chosen_reflection(session, thing, args.entry, "badge")
    entry = cast("Reflection", session.journal.load(summary.id))  # chosen_reflection found a reflection
    before = entry.badge
    if args.undo:
        from thingsjournal.badges.record import undone

        after, taken = undone(before)
        said = f"took back '{taken.event}' ({show_date(taken.on)})"
    else:
        from thingsjournal.badges.record import recorded

        today = session.current_date()
        on = date_option(args.date, "--date", today) or today
        after = recorded(before, event or "", on, today, args.feedback, args.link)
        said = f"recorded '{event}' on {show_date(on)}"
    return _save(session, summary, entry, after, said)


def _thing_and_event(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """THING EVENT, or EVENT alone after --entry; with --undo, no EVENT."""
    wanted = (0 if args.entry else 1) + (0 if args.undo else 1)
    if len(args.words) != wanted:
        shape = "badge --entry ID" if args.entry else "badge THING"
        shape += " --undo" if args.undo else f" EVENT ({EVENT_HELP})"
        raise UserError(f"expected {shape}, got {' '.join(args.words) or 'nothing'}")
    if args.undo and (args.date or args.feedback or args.link):
        raise UserError("--undo takes back the last event: give it no --date, --feedback or --link")
    words = list(args.words)
    thing = None if args.entry else words.pop(0)
    return thing, (words[0] if words else None)


def _save(session: Session, summary: EntrySummary, entry: Reflection, after: Badge, said: str) -> int:
    """Write the entry with its application changed, and say where the application stands now."""
    from thingsjournal.journal.store import JournalError
    from thingsjournal.text.control_chars import shown

    try:
        result = session.journal.save(entry.model_copy(update={"badge": None if after.blank else after}))
    except JournalError as error:
        raise UserError(str(error)) from error
    if result.conflict_with:
        print(f"{PROG}: {result.message()}", file=sys.stderr)
    state = after.application().said(session.current_date())
    print(shown(f"{session.view.title_of(summary)}: {said}. Now {state}."))
    return EXIT_OK


def _list(session: Session, as_json: bool) -> int:
    from thingsjournal.badges.applications import applications
    from thingsjournal.text.control_chars import shown, terminal_json

    today = session.current_date()
    found = applications(session.view)
    if as_json:
        data = session.view.entry_data
        print(terminal_json([listed.as_json(today, data.get(listed.entry.id, {})) for listed in found]))
        return EXIT_OK
    if not found:
        print(f"No badge application is recorded yet: '{PROG} badge THING submitted' records one.")
    for listed in found:
        name = f" ({listed.badge})" if listed.badge else ""
        print(shown(f"{listed.title}{name}, entry {listed.entry.id}: {listed.application.said(today)}"))
    return EXIT_OK
