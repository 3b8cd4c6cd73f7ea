"""What waits for the user, a line each: Home shows the first on its notice line (and every one
on request), and `thingsjournal notices` prints them all.

A feature with something waiting for the user adds a source to `SOURCES`; Home and the command
line then show it with no change of their own, and Home's screen stays as it is however many
features have something to say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from thingsjournal.files.problems import file_names
from thingsjournal.text.control_chars import shown
from thingsjournal.text.dates import show_date
from thingsjournal.text.plural import counted

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from thingsjournal.session import Session


class Notice(NamedTuple):
    """`text` says what waits, `todo` what to do about it; `kind` names the source, and `entry`
    is the entry it is about, which the app opens when the notice is chosen."""

    kind: str
    text: str
    todo: str
    entry: str | None = None

    def line(self) -> str:
        return f"{self.text}. {self.todo}."


def _texts_not_saved(session: Session) -> Iterator[Notice]:
    from thingsjournal.journal.emergency import copies

    left = copies()
    if left:
        yield Notice(
            "emergency",
            f"{counted(len(left), 'text', 'texts')} that could not be saved when the app last stopped",
            "Choose this to put each back in the journal, or to discard it",
        )


def _conflict_copies(session: Session) -> Iterator[Notice]:
    for entry in session.listing.entries:
        if entry.conflict_of:
            yield Notice(
                "conflict",
                f"A conflict copy of '{session.view.title_of(entry)}' waits: it was changed in two places at once",
                "Open the copy, keep what you need in the entry, then delete the copy",
                entry=entry.id,
            )


def _sync_copies(session: Session) -> Iterator[Notice]:
    listed = {summary.id: summary for summary in session.listing.entries}
    for entry_id, copies in session.listing.copies.items():
        tools = sorted({copy.tool for copy in copies})
        yield Notice(
            "sync-copy",
            f"{' and '.join(tools)} made {counted(len(copies), 'copy', 'copies')} of "
            f"'{session.view.title_of(listed[entry_id])}' when it was changed on two devices",
            f"Choose this (or run 'thingsjournal conflicts --entry {entry_id}') to see them side by side, "
            "then keep the entry, the copy or both",
            entry=entry_id,
        )


def _files_not_read(session: Session) -> Iterator[Notice]:
    for problems, what in (
        (session.listing.problems, "journal"),
        (session.index.problems, "content"),
    ):
        names = [shown(name) for name in file_names(problems)]  # a sync tool may have named a file
        if names:
            files = counted(len(names), f"{what} file", f"{what} files")
            yield Notice(
                "files",
                f"{files} could not be read ({', '.join(names)}) and {'was' if len(names) == 1 else 'were'} left untouched",
                "Run 'thingsjournal check' to see what is wrong and where",
            )


BADGE_TODO = {
    "overdue": "Look for the assessor's email on MyLearning, then record the decision (Details, or 'thingsjournal badge')",
    "endorsement-overdue": "Ask your manager to endorse it on the badge's award page now, then record it as endorsed",
    "declined": "Read the feedback (Details), put the statement right, check it with F5, then resubmit",
    "awaiting-endorsement": "Send your manager the badge's award page to endorse, then record it as endorsed",
    "waiting": "Nothing to do until the assessor decides: record the decision when it comes",
}


def _badge_applications(session: Session) -> Iterator[Notice]:
    from thingsjournal.badges.applications import pressing

    today = session.current_date()
    for listed in pressing(session.view, today):
        state = listed.application.state(today)
        yield Notice(
            "badge",
            f"Thing {listed.entry.thing}'s badge: {listed.application.said(today)}",
            BADGE_TODO[state],
            entry=listed.entry.id,
        )


def _cpl_declaration(session: Session) -> Iterator[Notice]:
    """From a month before the declaration is due (the SSSC emails then too): what is still
    uncovered, or that all is ready."""
    from thingsjournal.progress.cpl import coverage, year_of

    today = session.current_date()
    year = year_of(today, session.registration_date)
    if not year.registered or today < year.notice_from:
        return
    found = coverage(session.view, year, session.register_part)
    left = year.days_left(today)
    when = f"due around {show_date(year.due)}, in {counted(left, 'day')}" if left else "due around today"
    gaps = len(found.uncovered) + len(found.topics_missing)
    if found.ready:
        said, todo = "everything is covered", "See it with D on Home or 'thingsjournal cpl', then declare on MySSSC"
    elif found.not_packaged:
        said, todo = (
            "your Register part's elements are not packaged",
            "See what the year holds with D on Home or 'thingsjournal cpl'",
        )
    else:
        said = f"{counted(gaps, 'area')} not covered yet"
        todo = "See which with D on Home or 'thingsjournal cpl', then tag the entries that cover them, or add a record"
    yield Notice("cpl", f"CPL declaration {when}: {said}", todo)


SOURCES: tuple[Callable[[Session], Iterator[Notice]], ...] = (
    _texts_not_saved,
    _conflict_copies,
    _sync_copies,
    _files_not_read,
    _badge_applications,
    _cpl_declaration,
)


def notices(session: Session) -> list[Notice]:
    """Every notice, the most pressing source first."""
    return [notice for source in SOURCES for notice in source(session)]
