"""Capability ratings over time, beside the journal's evidence: what the chart shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from thingsjournal.journal.filter import entry_date

if TYPE_CHECKING:
    from datetime import date

    from thingsjournal.journal.view import JournalView

BARS = " ▁▂▄▆█"  # a rating of 1 to 5 as a bar; 0 (not rated) as a space


@dataclass
class CapabilityHistory:
    """One capability's ratings in date order, and how many journal entries evidence it."""

    id: str
    name: str
    ratings: list[tuple[date, int]] = field(default_factory=list)
    evidence: int = 0

    def bars(self) -> str:
        return "".join(BARS[rating] for _, rating in self.ratings)

    def change(self) -> str:
        """`2 → 4 (+2)` from the first rating to the last, `3` for one, or `not rated yet`."""
        if not self.ratings:
            return "not rated yet"
        first, last = self.ratings[0][1], self.ratings[-1][1]
        if len(self.ratings) == 1:
            return str(first)
        return f"{first} → {last} ({last - first:+d})"


def histories(
    view: JournalView, extra: tuple[date, dict[str, int]] | None = None, editing: str | None = None
) -> list[CapabilityHistory]:
    """Every capability's ratings from the journal's rating entries, with the count of entries
    tagged with it. `extra` is the ratings on screen (not saved yet) of entry `editing`, which
    stand in for what the journal holds of it."""
    found = [CapabilityHistory(capability.id, capability.name) for capability in view.index.capabilities()]
    by_id = {history.id: history for history in found}
    dated: list[tuple[date, dict[str, int]]] = [
        (entry_date(summary), view.entry_data.get(summary.id, {}).get("ratings", {}))
        for summary in view.listing.entries
        if summary.kind == "rating" and summary.id != editing
    ]
    if extra is not None:
        dated.append(extra)
    for when, ratings in sorted(dated, key=lambda item: item[0]):
        for capability_id, rating in ratings.items():
            if capability_id in by_id:
                by_id[capability_id].ratings.append((when, rating))
    for summary in view.listing.entries:
        for capability_id in view.capabilities_evidenced(summary):
            if capability_id in by_id:
                by_id[capability_id].evidence += 1
    return found
