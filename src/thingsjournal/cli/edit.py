"""`thingsjournal edit`: a Thing's statement, a prompt's answer or a learning-log field, written
in the user's own editor and saved when it exits."""

from __future__ import annotations

import sys

from thingsjournal.cli.common import PROG
from thingsjournal.errors import UserError

TYPE_CHECKING = False  # as typing's, without importing typing (see cli/main.py)
if TYPE_CHECKING:
    import argparse

    from thingsjournal.cli.common import Parser
    from thingsjournal.journal.entries import AnyEntry, LearningRecord, Reflection
    from thingsjournal.journal.index import EntrySummary
    from thingsjournal.session import Session

    Editable = LearningRecord | Reflection

LEARNING_FIELDS = ("learned", "practice")


def add_arguments(parser: Parser) -> None:
    parser.description = "Opens $VISUAL, else $EDITOR, else nano or vi; the text is saved when the editor exits."
    parser.add_argument("thing", nargs="?", metavar="THING", help="a Thing's number or slug: edits the entry for it")
    parser.add_argument("--entry", metavar="ID", help="edit this entry instead (a unique start of its id will do)")
    parser.add_argument("--prompt", metavar="ID", help="edit this prompt's answer instead of the statement")
    parser.add_argument("--new", action="store_true", help="start a new entry for the Thing")
    parser.set_defaults(handler=edit)


class _Target:
    """What `edit` writes into: an entry (new or loaded) and one of its fields (a plain class:
    `dataclasses` would cost `--help` a fifth of its time)."""

    def __init__(self, entry: Editable, field: str, label: str) -> None:
        self.entry, self.field, self.label = entry, field, label


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


def _field_text(entry: Editable, field: str) -> str:
    from thingsjournal.journal.entries import Reflection

    if field.startswith("prompt."):
        assert isinstance(entry, Reflection)  # only a reflection has prompts
        return entry.answers.get(field.removeprefix("prompt."), "")
    text: str = getattr(entry, field)
    return text


def _with_field(entry: Editable, field: str, text: str) -> Editable:
    from thingsjournal.journal.entries import Reflection

    if field.startswith("prompt."):
        assert isinstance(entry, Reflection)  # only a reflection has prompts
        answers = {**entry.answers, field.removeprefix("prompt."): text}
        return entry.model_copy(update={"answers": answers})
    return entry.model_copy(update={field: text})


def _words_note(session: Session, entry: AnyEntry, field: str, text: str) -> str:
    from thingsjournal.journal.entries import Reflection
    from thingsjournal.text.sections import statement_words
    from thingsjournal.text.wordcount import count_words

    if isinstance(entry, Reflection) and field == "statement":
        words = statement_words(text)  # its headings count none
        minimum = session.view.min_words(entry.programme, entry.thing)
        return f": {words} / {minimum} words" if minimum else f": {words} words"
    return f": {count_words(text)} words"
