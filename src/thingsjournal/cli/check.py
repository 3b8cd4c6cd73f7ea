"""`thingsjournal check`: content packs, settings and journal files checked; exit 1 if anything
is wrong, with warnings for what the user wrote that loads but deserves a look."""

from __future__ import annotations

import sys
from contextlib import suppress

from thingsjournal.cli.common import EXIT_OK, EXIT_PROBLEMS

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse

    from thingsjournal.catalog.models import Catalog
    from thingsjournal.cli.common import Parser
    from thingsjournal.files.problems import Problem
    from thingsjournal.session import Session


def add_arguments(parser: Parser) -> None:
    parser.set_defaults(handler=check, reads_journal=True)


def check(session: Session, args: argparse.Namespace) -> int:
    import shlex

    from thingsjournal.catalog.packs import load_catalog, pack_control_problems
    from thingsjournal.files.problems import Problem
    from thingsjournal.journal.emergency import copies as emergency_copies
    from thingsjournal.journal.people import read_people
    from thingsjournal.settings import load_settings

    catalog, problems = load_catalog(session.roots)
    problems += pack_control_problems(session.roots)
    problems += load_settings(session.locations.settings)[1]
    problems += read_people(session.journal.folder)[1]
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
    for entry_id, copies in session.listing.copies.items():
        for copy in copies:
            print(
                f"warning: {session.journal.folder / copy.file}: a copy {copy.tool} made of entry {entry_id} when it "
                f"was changed on two devices; the entry is its own file. 'thingsjournal conflicts --entry {entry_id}' "
                "compares them"
            )
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
