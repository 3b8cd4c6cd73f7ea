"""Command-line commands that read or change the journal: entries, edit, delete, restore, backup."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from thingsjournal.errors import UserError
from thingsjournal.files.problems import file_names
from thingsjournal.journal.entry_cache import ENTRIES_FILE
from thingsjournal.journal.filter import EntryFilter, haystacks, select
from thingsjournal.journal.search import load_texts
from thingsjournal.text.control_chars import terminal_json
from thingsjournal.text.dates import parse_date
from thingsjournal.text.plural import counted

if TYPE_CHECKING:
    import argparse
    from datetime import date

    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.session import Session

PROG = "thingsjournal"
LEARNING_FIELDS = ("learned", "practice")


def warn_about_journal(session: Session) -> None:
    """Bad journal files never stop a command; they are named on stderr."""
    problems = session.listing.problems
    if problems:
        files = file_names(problems)
        print(
            f"{PROG}: {counted(len(files), 'journal file')} could not be read: {', '.join(files)} "
            f"(left untouched; run '{PROG} check' for details)",
            file=sys.stderr,
        )


def add_entry_selector(parser: argparse.ArgumentParser, everything: str = "every entry") -> None:
    """THING ..., --entry ID ... and --all, as `export` and `privacy` take them."""
    parser.add_argument("things", nargs="*", metavar="THING", help="Things by number or slug: the entry for each")
    parser.add_argument("--entry", action="append", default=[], metavar="ID", help="an entry by id (repeatable)")
    parser.add_argument("--all", action="store_true", help=everything)


def date_option(text: str | None, option: str) -> date | None:
    """A date given with an option such as --since; a UserError naming the option if it is not one."""
    if text is None:
        return None
    try:
        return parse_date(text)
    except ValueError as problem:
        raise UserError(f"{option} {text}: {problem}") from None


KINDS = {"learning": "learning log", "assessment": "self-assessment", "rating": "ratings"}  # as the journal says


def entries(session: Session, args: argparse.Namespace) -> int:
    warn_about_journal(session)
    listed = session.listing.entries
    if args.search or args.since or args.until:  # as the journal screen finds them: newest first
        chosen = EntryFilter(
            text=args.search, since=date_option(args.since, "--since"), until=date_option(args.until, "--until")
        )
        texts = load_texts(session.listing, session.journal.app_dir / ENTRIES_FILE) if args.search else {}
        listed = select(session.view, listed, haystacks(session.view, listed, texts), chosen)
    rows = [
        {
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
        for entry in listed
    ]
    if args.json:
        print(terminal_json(rows))
        return 0
    if not rows:
        print(
            "No entries match."
            if listed is not session.listing.entries
            else f"No entries yet in {session.locations.journal}."
        )
        return 0
    print(f"{'Id':<8}  {'Created':<10}  {'Status':<13} {'Words':>5}  Title")
    for row in rows:
        status = row["status"].replace("-", " ") if row["status"] else KINDS.get(row["kind"], row["kind"])
        print(f"{row['id']:<8}  {row['created'][:10]:<10}  {status:<13} {row['words']:>5}  {row['title']}")
    return 0


@dataclass
class _Target:
    """What `edit` writes into: an entry (new or loaded) and one of its fields."""

    entry: object
    field: str
    label: str


def edit(session: Session, args: argparse.Namespace) -> int:
    from thingsjournal.journal.editor import editor_command, run_editor, write_draft
    from thingsjournal.journal.store import JournalError

    if bool(args.thing) == bool(args.entry):
        given = "not both" if args.thing else "and none was given"
        raise UserError(f"edit needs a Thing (edit 5) or an entry (edit --entry ID), {given}")
    command = editor_command()
    _finish_interrupted_saves(session)
    target = _edit_target(session, args)
    before = _field_text(target.entry, target.field)
    try:
        warning = session.journal.ensure_folder()
    except OSError:  # the save says what is wrong, and where the text is kept
        warning = None
    if warning:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    draft = write_draft(session.journal.app_dir / "drafts", target.label, before)
    text = run_editor(draft, command)
    if text == before:
        draft.unlink(missing_ok=True)
        print("Nothing changed.")
        return 0
    try:
        result = session.journal.save(_with_field(target.entry, target.field, text))
    except JournalError as error:
        raise UserError(f"{error}; your text is kept in {draft}") from error
    draft.unlink(missing_ok=True)
    if result.conflict_with:
        print(f"{PROG}: {result.message()}", file=sys.stderr)
    words = _words_note(session, result.entry, target.field, text)
    print(f"Saved entry {result.entry.id} in {result.path}{words}.")
    return 0


def _edit_target(session: Session, args: argparse.Namespace) -> _Target:
    from thingsjournal.journal.entries import LearningRecord, Reflection

    if args.entry:
        entry = session.journal.load(session.journal.resolve(args.entry, session.listing).id)
    else:
        thing = session.thing(args.thing)
        existing = None if args.new else session.view.entry_for_thing(thing.programme, thing.number)
        if existing is not None:
            _say_which_of_several(session, existing)
        entry = (
            session.journal.load(existing.id) if existing else Reflection(programme=thing.programme, thing=thing.number)
        )
    if not isinstance(entry, LearningRecord | Reflection):
        raise UserError(
            f"entry {entry.id} is a {entry.kind.replace('assessment', 'self-assessment')}: open it in the app to change it"
        )
    if isinstance(entry, LearningRecord):
        field = args.prompt or "learned"
        if field not in LEARNING_FIELDS:
            raise UserError(f"--prompt {field}: a learning-log record has the fields {', '.join(LEARNING_FIELDS)}")
        return _Target(entry, field, f"learning-{entry.id}-{field}")
    assert isinstance(entry, Reflection)
    if not args.prompt:
        return _Target(entry, "statement", f"thing-{entry.thing:02d}-statement")
    full = session.catalog.programme(entry.programme)
    thing_model = full.thing(entry.thing) if full else None
    prompt_ids = [prompt.id for prompt in thing_model.prompts] if thing_model else []
    if args.prompt not in prompt_ids:
        known = ", ".join(prompt_ids) or "none"
        raise UserError(f"--prompt {args.prompt}: Thing {entry.thing} has no such prompt (its prompts: {known})")
    return _Target(entry, f"prompt.{args.prompt}", f"thing-{entry.thing:02d}-{args.prompt}")


def _finish_interrupted_saves(session: Session) -> None:
    from thingsjournal.journal.recovery import finish_interrupted_saves

    said = finish_interrupted_saves(session.journal.folder, session.journal.app_dir)
    for line in said:
        print(f"{PROG}: {line}", file=sys.stderr)
    if said:
        session.refresh()


def _say_which_of_several(session: Session, chosen: EntrySummary) -> None:
    """Where a Thing has more than one entry (a conflict copy, or one started with --new), say
    which is opened and what the others are, so that no one edits a copy unawares."""
    others = [
        entry
        for entry in session.listing.entries
        if (entry.programme, entry.thing) == (chosen.programme, chosen.thing) and entry.id != chosen.id
    ]
    if not others:
        return

    def described(entry: EntrySummary) -> str:
        copy = f", a conflict copy of {entry.conflict_of}" if entry.conflict_of else ""
        return f"{entry.id} (updated {entry.updated[:16].replace('T', ' ')}{copy})"

    print(
        f"{PROG}: Thing {chosen.thing} has {len(others) + 1} entries: opening {described(chosen)}; "
        f"also {', '.join(described(entry) for entry in others)}. 'edit --entry ID' opens another.",
        file=sys.stderr,
    )


def _field_text(entry: object, field: str) -> str:
    if field.startswith("prompt."):
        return entry.answers.get(field.removeprefix("prompt."), "")  # type: ignore[attr-defined]
    return getattr(entry, field)


def _with_field(entry: object, field: str, text: str):  # type: ignore[no-untyped-def]
    if field.startswith("prompt."):
        answers = {**entry.answers, field.removeprefix("prompt."): text}  # type: ignore[attr-defined]
        return entry.model_copy(update={"answers": answers})  # type: ignore[attr-defined]
    return entry.model_copy(update={field: text})  # type: ignore[attr-defined]


def _words_note(session: Session, entry: object, field: str, text: str) -> str:
    from thingsjournal.journal.entries import Reflection
    from thingsjournal.text.wordcount import count_words

    words = count_words(text)
    if isinstance(entry, Reflection) and field == "statement":
        minimum = session.view.min_words(entry.programme, entry.thing)
        return f": {words} / {minimum} words" if minimum else f": {words} words"
    return f": {words} words"


def delete(session: Session, args: argparse.Namespace) -> int:
    summary = session.journal.delete(args.entry)
    print(
        f"Moved entry {summary.id} ({session.view.title_of(summary)}) to the trash; 'restore --entry {summary.id}' brings it back."
    )
    return 0


def restore(session: Session, args: argparse.Namespace) -> int:
    summary = session.journal.restore(args.entry)
    print(f"Restored entry {summary.id} ({session.view.title_of(summary)}).")
    return 0


def backup(session: Session, args: argparse.Namespace) -> int:
    from thingsjournal.files.outputs import STDOUT
    from thingsjournal.journal.backup import backup_journal, links_note

    output = args.output if args.output in (None, STDOUT) else Path(args.output).expanduser()
    made = backup_journal(session.locations.journal, output, force=args.force)
    print(f"Backed up the journal to {made.where}.", file=sys.stderr if output == STDOUT else sys.stdout)
    if made.links_left_out:
        print(f"{PROG}: {links_note(made.links_left_out)}", file=sys.stderr)
    return 0
