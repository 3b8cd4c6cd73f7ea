"""The 23 Things pack is whole and traceable: every Thing has steps, prompts and a statement,
every reference resolves, no link is one the source lacks, and the traceability page stays in
step with the pack."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from thingsjournal.catalog.models import Catalog, Programme

ROOT = Path(__file__).resolve().parents[1]
TRACEABILITY = ROOT / "docs" / "content-traceability.md"

# Every URL printed in the source documents (shared/seeds/000, 001, 002); the source links
# nothing else. Written without the scheme, because the source prints one of them without.
SOURCE_LINKS = {
    "learn.sssc.uk.com",
    "23elcleadership.sssc.uk.com/",
    "www.nationalarchives.gov.uk/doc/open-government-licence",
    "www.stepintoleadership.info",
}
# The SSSC page the core learning elements are cited from (the framework's `url`, read for issue
# 26): not in the source documents, and named here so that no other link slips in.
CITED_LINKS = {"news.sssc.uk.com/news/a-quick-guide-to-required-cpl-topics"}
# Things whose statement asks for one of two alternatives (Thing 14: your own strategies, or how
# you supported others); the task says so and `covers` is empty.
EITHER_OR = {14}
# Asks made only in a Thing's overview ("In Thing N you will ..."), each a prompt of its own, not
# in `covers` (the statement does not ask for them): the rule on the traceability page.
OVERVIEW_ASKS = {8: ["culture-of-empowerment", "empower-better"], 9: ["out-of-the-box"], 21: ["how-we-know"]}
OVERVIEW_HINT = "This Thing's overview asks it; the statement does not require it."
# The licence link the attribution needs (CC BY 4.0 asks for one); it is not a resource.
LICENCE_LINK = "https://creativecommons.org/licenses/by/4.0/"


@pytest.fixture(scope="module")
def programme(catalog: Catalog) -> Programme:
    found = catalog.programme("sssc-23-things-elc")
    assert found is not None
    return found


def test_every_thing_is_filled_in(programme: Programme) -> None:
    for thing in programme.things:
        assert thing.summary and thing.introduction.strip(), thing.number
        assert thing.steps, f"Thing {thing.number} has no steps"
        assert thing.prompts, f"Thing {thing.number} has no prompts"
        assert thing.steps[-1].kind == "write" or any(s.kind == "write" for s in thing.steps), thing.number


def test_every_thing_has_a_statement_requirement(programme: Programme) -> None:
    for thing in programme.things:
        assert thing.statement.min_words in (200, 400), thing.number
        assert thing.statement.task.strip(), thing.number
        if thing.number in EITHER_OR:  # `covers` lists requirements and cannot say "either ... or"
            assert not thing.statement.covers and " either " in thing.statement.task, thing.number
        else:
            assert thing.statement.covers, f"Thing {thing.number}: the statement covers no prompt"


def test_every_heading_and_capability_resolves(catalog: Catalog, programme: Programme) -> None:
    headings, capabilities = catalog.headings(), catalog.capabilities()
    for thing in programme.things:
        for prompt in thing.prompts:
            assert prompt.heading is None or prompt.heading in headings, (thing.number, prompt.id)
        for capability in thing.capabilities:
            assert capability in capabilities, (thing.number, capability)


def test_logic_model_prompts_where_the_source_asks_them(programme: Programme) -> None:
    for number in (9, 10):
        thing = programme.thing(number)
        assert thing is not None
        assert {"need", "bring", "do", "engage", "respond"} <= {p.heading for p in thing.prompts}, number
    thing21 = programme.thing(21)
    assert thing21 is not None
    assert {"outcomes", "enablers", "risks"} <= {p.heading for p in thing21.prompts}


def _links_in_pack() -> list[tuple[Path, str]]:
    # The 23 Things pack and the frameworks taken from the same SSSC source; other packaged
    # programmes have sources of their own and their own link tests (tests/test_cil_pack.py).
    content = ROOT / "src" / "thingsjournal" / "content"
    return [
        (path, link)
        for folder in (content / "sssc-23-things-elc", content / "frameworks")
        for path in sorted(folder.rglob("*.toml"))
        for link in re.findall(r"https?://[^\s\"'<>)]+", path.read_text(encoding="utf-8"))
    ]


def test_no_link_that_the_source_lacks() -> None:
    links = _links_in_pack()
    assert links, "the pack should carry at least the source's own links"
    for path, link in links:
        if link == LICENCE_LINK:
            continue
        bare = re.sub(r"^https?://", "", link)
        assert bare in SOURCE_LINKS | CITED_LINKS, f"{path.name}: {link} is not a link the source gives"


def _traceability() -> dict[int, tuple[str, set[str], set[str]]]:
    """For each Thing: its heading title, the prompt ids and the step ids the page names."""
    sections: dict[int, tuple[str, set[str], set[str]]] = {}
    text = TRACEABILITY.read_text(encoding="utf-8")
    for match in re.finditer(r"^## Thing (\d+) – (.+?)\n(.*?)(?=^## |\Z)", text, re.M | re.S):
        body = match.group(3)
        sections[int(match.group(1))] = (
            match.group(2).strip(),
            set(re.findall(r"`prompt:([a-z0-9-]+)`", body)),
            set(re.findall(r"`step:([a-z0-9-]+)`", body)),
        )
    return sections


def test_traceability_covers_every_thing_prompt_and_step(programme: Programme) -> None:
    sections = _traceability()
    assert sorted(sections) == [thing.number for thing in programme.things]
    for thing in programme.things:
        title, prompts, steps = sections[thing.number]
        assert title == thing.title
        own_prompts = {prompt.id for prompt in thing.prompts}
        own_steps = {step.id for step in thing.steps}
        assert prompts == own_prompts, f"Thing {thing.number}: page {sorted(prompts ^ own_prompts)} differ"
        assert steps == own_steps, f"Thing {thing.number}: page {sorted(steps ^ own_steps)} differ"


def test_traceability_records_a_decision_for_each_thing() -> None:
    text = TRACEABILITY.read_text(encoding="utf-8")
    for number in range(1, 24):
        section = re.search(rf"^## Thing {number} – .*?(?=^## |\Z)", text, re.M | re.S)
        assert section and "Decisions:" in section.group(0), number


def test_an_ask_only_in_the_overview_is_a_prompt_the_statement_does_not_require(programme: Programme) -> None:
    for thing in programme.things:
        hinted = [prompt.id for prompt in thing.prompts if prompt.hint == OVERVIEW_HINT]
        assert hinted == OVERVIEW_ASKS.get(thing.number, []), thing.number
        assert not set(hinted) & set(thing.statement.covers), thing.number
        if hinted:  # after the prompts of the steps
            assert [prompt.id for prompt in thing.prompts][-len(hinted) :] == hinted, thing.number


def test_nothing_is_named_that_the_source_does_not_name(programme: Programme) -> None:
    """Guesses are not facts: no "probably", no name pieced together (issue 20, item 4)."""
    for thing in programme.things:
        for step in thing.steps:
            assert "probably" not in step.text.lower(), thing.number
            for resource in step.resources:
                assert "probably" not in resource.title.lower(), thing.number
    titles = {
        thing.number: [resource.title for step in thing.steps for resource in step.resources]
        for thing in programme.things
    }
    assert not any("Leadership Capability Feedback Tool" in title for title in titles[4])  # Thing 11's name, not 4's
    assert "The video this Thing refers to (also used in Thing 13)" in titles[12]
    assert "The PowerPoint presentation this Thing refers to, with its 10-minute voiceover" in titles[22]
