"""`thingsjournal spelling`: the words the British English dictionary does not know, in entries or
a file, with the dictionary's suggestions for each."""

from __future__ import annotations

import sys

from thingsjournal.cli.common import add_entry_selector, add_json_option, read_checked_file, warn_about_journal

# Each word's suggestions take up to half a second: a file of garbage must not keep the command busy.
MOST_SUGGESTED = 20

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse

    from thingsjournal.cli.common import Parser
    from thingsjournal.session import Session
    from thingsjournal.spelling.check import Misspelling


def add_arguments(parser: Parser) -> None:
    parser.description = (
        "Checks spelling offline in British English (behaviour, organisation, recognise). Words of the "
        "content packs, the people you work with and your own words (added in the app) are known. "
        "Exit 1 if any word is found."
    )
    add_entry_selector(parser)
    parser.add_argument("--file", metavar="PATH", help="a file instead of entries (an export, a draft)")
    add_json_option(parser)
    parser.set_defaults(handler=spelling)


def spelling(session: Session, args: argparse.Namespace) -> int:
    from thingsjournal.spelling.check import describe
    from thingsjournal.spelling.dictionary import suggestions
    from thingsjournal.text.control_chars import terminal_json
    from thingsjournal.text.plural import counted

    found = _file_misspellings(session, args) if args.file else _entry_misspellings(session, args)
    words = list(dict.fromkeys(miss.text for miss in found))  # each word once, in order
    offered = {word: suggestions(word) if number < MOST_SUGGESTED else [] for number, word in enumerate(words)}
    if args.json:
        print(terminal_json([miss.as_json(offered[miss.text]) for miss in found]))
    else:
        titles = {entry.id: session.view.title_of(entry) for entry in session.listing.entries}
        for miss in found:
            print(describe(miss, offered[miss.text], titles.get(miss.entry or "", "")))
        said = f"{counted(len(found), 'word')} the dictionary does not know." if found else "No misspelt words found."
        print(said, file=sys.stderr)
    if len(words) > MOST_SUGGESTED:
        print(f"Suggestions are given for the first {MOST_SUGGESTED} different words.", file=sys.stderr)
    return 1 if found else 0


def _file_misspellings(session: Session, args: argparse.Namespace) -> list[Misspelling]:
    from thingsjournal.privacy.check import vocabulary_for
    from thingsjournal.spelling.check import KnownWords, check_file_text

    path, text = read_checked_file(args, "spelling")
    vocabulary = vocabulary_for(session.index, session.settings, session.people)
    return check_file_text(text, KnownWords.of(vocabulary, session.settings, session.people), vocabulary, path)


def _entry_misspellings(session: Session, args: argparse.Namespace) -> list[Misspelling]:
    from thingsjournal.export.render import Period, choose_entries
    from thingsjournal.spelling.check import check_entries

    warn_about_journal(session)
    summaries = choose_entries(session.view, args.things, args.entry, args.all, Period(), command="spelling")
    return check_entries(session.view, session.settings, summaries, session.people)
