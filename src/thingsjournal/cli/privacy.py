"""`thingsjournal privacy`, and the check `export` makes before anything leaves the journal."""

from __future__ import annotations

import sys

from thingsjournal.cli.common import PROG, add_entry_selector, add_json_option, read_checked_file, warn_about_journal
from thingsjournal.errors import UserError

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse

    from thingsjournal.cli.common import Parser
    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.privacy.findings import Finding
    from thingsjournal.session import Session

MODES = ("warn", "strict", "off")


def add_arguments(parser: Parser) -> None:
    parser.description = "Names, ages, dates, settings, addresses, postcodes, phone numbers and emails. Exit 1 if any."
    add_entry_selector(parser)
    parser.add_argument("--file", metavar="PATH", help="a file instead of entries (an export, a draft)")
    parser.add_argument(
        "--versions",
        action="store_true",
        help="with --entry: check the entry's earlier versions too (they keep what you deleted)",
    )
    add_json_option(parser)
    parser.set_defaults(handler=privacy)


def privacy(session: Session, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from thingsjournal.privacy.check import check_text, vocabulary_for
    from thingsjournal.privacy.findings import describe, tally
    from thingsjournal.text.control_chars import terminal_json

    if args.file:
        path, text = read_checked_file(args, "privacy")
        findings = [
            replace(finding, file=path)
            for finding in check_text(text, vocabulary_for(session.index, session.settings, session.people))
        ]
    else:
        findings = entry_findings(session, args.things, args.entry, args.all)
        if args.versions:
            findings += version_findings(session, args.entry)
    if args.json:
        print(terminal_json([finding.as_json() for finding in findings]))
    else:
        titles = _titles(session)
        for finding in findings:
            print(describe(finding, titles.get(finding.entry or "", "")))
        print(
            f"{tally(findings).capitalize()} found." if findings else "Nothing found that could identify someone.",
            file=sys.stderr,
        )
    return 1 if findings else 0


def entry_findings(session: Session, things: list[str], entry_ids: list[str], everything: bool) -> list[Finding]:
    from thingsjournal.export.render import Period, choose_entries
    from thingsjournal.privacy.remembered import check_entries

    warn_about_journal(session)
    summaries = choose_entries(session.view, things, entry_ids, everything, Period(), command="privacy")
    return check_entries(session.view, session.settings, summaries, session.people, session.machine_secret)


def version_findings(session: Session, entry_ids: list[str]) -> list[Finding]:
    """Findings in the earlier versions of the entries named, each field named as
    `version.N.FIELD` (N as `history` numbers them)."""
    from dataclasses import replace

    from thingsjournal.journal.history import history, version_data
    from thingsjournal.privacy.check import check_entry, vocabulary_for

    if not entry_ids:
        raise UserError("privacy --versions checks the versions of the entries given with --entry ID")
    vocabulary = vocabulary_for(session.index, session.settings, session.people)
    return [
        replace(finding, field=f"version.{past.number}.{finding.field}")
        for entry_id in entry_ids
        for past in history(session.journal, entry_id)
        for finding in check_entry(version_data(past), vocabulary)
    ]


def check_before_export(session: Session, summaries: list[EntrySummary], mode: str) -> bool:
    """The check `export` makes: findings go to stderr (`warn`); `strict` refuses while any remain.
    Whether the export may go ahead."""
    if mode == "off":
        return True
    from thingsjournal.privacy.findings import describe, tally
    from thingsjournal.privacy.remembered import check_entries

    findings = check_entries(session.view, session.settings, summaries, session.people, session.machine_secret)
    titles = _titles(session)
    for finding in findings:
        print(f"{PROG}: privacy: {describe(finding, titles.get(finding.entry or '', ''))}", file=sys.stderr)
    if findings and mode == "strict":
        print(
            f"{PROG}: export refused: {tally(findings)} found. "
            "Change them, mark them as fine in the app, or export with --privacy warn.",
            file=sys.stderr,
        )
        return False
    return True


def _titles(session: Session) -> dict[str, str]:
    """Each entry's title by its id, so a finding names the entry a person knows."""
    return {entry.id: session.view.title_of(entry) for entry in session.listing.entries}
