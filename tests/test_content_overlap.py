"""Every pack is in our own words: what it shares with its source, measured (tests/overlap.py).

No prose field of a pack shares a run of 8 or more words with its source, and under 10% of a
pack's prose words lie in runs of 6 or more that the source also has. The sources are the seeds
(`shared/seeds` beside the clone): missing, the test skips on a developer's machine and fails in
CI."""

from __future__ import annotations

import pytest
from overlap import MAX_RUN, MAX_SHARE, SOURCES, Overlap, SourceIndex, measure, pack_files, without_names, words
from seeds import seed


def test_a_shared_run_is_found_and_its_words_counted() -> None:
    index = SourceIndex(words("Good leaders take time to listen to the people who use the service every day."))
    overlap = Overlap()
    overlap.add(words("Leaders should listen to the people who use the service, always."), index)
    assert overlap.longest == 8  # "listen to the people who use the service"
    assert overlap.in_runs == 8
    assert overlap.words == 11


def test_short_shared_phrases_are_not_counted() -> None:
    index = SourceIndex(words("Think about the people who use your service and what they need."))
    overlap = Overlap()
    overlap.add(words("Consider what the people who use it need."), index)
    assert overlap.in_runs == 0
    assert overlap.longest == 4  # "the people who use", too short to count


def test_names_given_as_facts_are_left_out() -> None:
    names: set[tuple[str, ...]] = {("leadership", "logic", "model")}
    assert without_names(words("Look at the Leadership Logic Model again"), names) == [["look", "at", "the"], ["again"]]


@pytest.mark.parametrize("pack", list(SOURCES))
def test_pack_is_in_our_own_words(pack: str) -> None:
    sources = [seed(name) for name in SOURCES[pack]]
    overlap = measure(pack_files(pack), sources)
    long_runs = "\n".join(overlap.runs)
    assert overlap.longest < MAX_RUN, f"{pack} shares runs of {MAX_RUN}+ words with its source:\n{long_runs}"
    assert overlap.share < MAX_SHARE, f"{pack}: {overlap.share:.1%} of its words are in shared 6-word runs"
