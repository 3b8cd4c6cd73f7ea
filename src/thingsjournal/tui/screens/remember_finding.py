"""What `f` and `p` on a privacy finding keep, for every screen that lists findings: its words as
fine (never flagged again), or its name among the people the user works with (always flagged)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from thingsjournal.tui.widgets.privacy_panel import FindingsList

if TYPE_CHECKING:
    from thingsjournal.session import Session


def remember(session: Session, message: FindingsList.MarkFine | FindingsList.AddPerson) -> str:
    """Keep what the message asks; the notice that says so (an OSError or a ValueError if it could
    not be kept). The user's words go into the notice as written: the app's `notify` shows their
    control characters and never reads them as markup."""
    text = message.finding.text
    if isinstance(message, FindingsList.MarkFine):
        session.mark_fine(text)
        return f"'{text}' is marked as fine and will not be flagged again."
    name = text.removesuffix("'s").removesuffix("’s")  # "Aoife's" is Aoife
    if name.casefold() in (person.casefold() for person in session.people):
        return f"{name} is already on the list of people you work with (Settings)."
    session.save_people([*session.people, name])
    return f"Added {name} to the people you work with: always flagged, in any case (see Settings)."
