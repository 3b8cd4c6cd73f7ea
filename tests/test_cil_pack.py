"""The Collaborative Impact Leadership pack keeps its source's facts exactly: two Things named as
the source's sections, every READ / WATCH link and no other, in the source's order and with the
source's kind, one prompt per TASK, and no minimum words (the source sets none).

The expected facts are written out below, copied from the source (shared/seeds/003), so the tests
run where only the repository is cloned; where the seed file is present it is checked too."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from seeds import seed

from thingsjournal.cli.main import main

if TYPE_CHECKING:
    from thingsjournal.catalog.models import Catalog, Programme

ROOT = Path(__file__).resolve().parents[1]
SEED = "003_bdfd777807278e38.txt"
TRACEABILITY = ROOT / "docs" / "content-traceability.md"
NOTICE = ROOT / "src" / "thingsjournal" / "content" / "NOTICE.md"
PROGRAMME_ID = "collaborative-impact-leadership"

# Section by section, in source order: each READ / WATCH with its link, and each TASK.
SOURCE: dict[str, list[tuple[str, str | None]]] = {
    "Theory": [
        ("read", "https://pumble.com/blog/collaborative-leadership/"),
        ("task", None),
        ("read", "https://blog.jostle.me/blog/why-collaboration-is-important"),
        ("task", None),
        ("watch", "https://www.youtube.com/watch?v=iN_A7keXtVg"),
        ("task", None),
        ("watch", "https://www.youtube.com/watch?v=9zC2Bc22QfA"),
        ("task", None),
        (
            "read",
            "https://www.oxfordleadership.com/wp-content/uploads/2017/07/OL-White-Paper-Collaborative-Leadership.pdf",
        ),
        ("task", None),
    ],
    "Tools and tips": [
        ("read", "https://teambuilding.com/blog/collaborative-leadership"),
        ("watch", "https://www.youtube.com/watch?v=lmwmg4pwdBc"),
        ("read", "https://www.ringcentral.com/gb/en/blog/collaborative-leadership/"),
        ("task", None),
        ("watch", "https://www.youtube.com/watch?v=2DmFFS0dqQc"),
        ("task", None),
    ],
}
SOURCE_URLS = [url for items in SOURCE.values() for _, url in items if url]


@pytest.fixture(scope="module")
def programme(catalog: Catalog) -> Programme:
    found = catalog.programme(PROGRAMME_ID)
    assert found is not None
    return found


def _resources(programme: Programme) -> list[tuple[str, str]]:
    """(step kind, url) of every resource, in order."""
    return [
        (step.kind, resource.url or "")
        for thing in programme.things
        for step in thing.steps
        for resource in step.resources
    ]


def _parse_seed(text: str) -> dict[str, list[tuple[str, str | None]]]:
    sections: dict[str, list[tuple[str, str | None]]] = {}
    current: list[tuple[str, str | None]] | None = None
    for line in text.splitlines():
        line = line.strip()
        if line in SOURCE:
            current = sections.setdefault(line, [])
        elif (found := re.match(r"^(READ|WATCH):\s*(https?://\S+)", line)) and current is not None:
            current.append((found.group(1).lower(), found.group(2)))
        elif line.startswith("TASK:") and current is not None:
            current.append(("task", None))
    return sections


def test_the_seed_file_still_says_what_the_test_expects() -> None:
    text = seed(SEED).read_text(encoding="utf-8")
    assert _parse_seed(text) == SOURCE
    links = re.findall(r"(?:READ|WATCH):\s*(https?://\S+)", text)
    assert links == SOURCE_URLS


def test_the_programme_loads_with_its_credit(programme: Programme) -> None:
    assert programme.title == "Collaborative Impact Leadership"
    assert programme.start_with == ()
    assert "Collaborative Impact Leadership" in programme.attribution
    assert "reworded" in programme.attribution
    assert "CC" not in programme.licence and programme.licence_url is None
    assert "## Collaborative Impact Leadership" in NOTICE.read_text(encoding="utf-8")


def test_two_things_named_as_the_source_sections(programme: Programme) -> None:
    assert [thing.title for thing in programme.things] == list(SOURCE)
    assert [thing.number for thing in programme.things] == [1, 2]
    assert [thing.slug for thing in programme.things] == ["theory", "tools-and-tips"]


def test_every_resource_link_and_no_other(programme: Programme) -> None:
    urls = [url for _, url in _resources(programme)]
    assert set(urls) == set(SOURCE_URLS)
    assert len(urls) == len(SOURCE_URLS) == 9


def test_resources_keep_their_kind_and_order(programme: Programme) -> None:
    for thing in programme.things:
        expected = [(kind, url) for kind, url in SOURCE[thing.title] if url]
        got = [(step.kind, resource.url) for step in thing.steps for resource in step.resources]
        assert got == expected, thing.title
        for step in thing.steps:
            if step.kind in ("read", "watch"):
                assert len(step.resources) == 1, (thing.title, step.id)


def test_one_prompt_per_task_and_a_reflect_step_after_its_resource(programme: Programme) -> None:
    for thing in programme.things:
        tasks = [kind for kind, _ in SOURCE[thing.title] if kind == "task"]
        assert len(thing.prompts) == len(tasks), thing.title
        # The steps follow the source's order: a reflect step wherever a TASK stands.
        assert [step.kind if step.kind != "reflect" else "task" for step in thing.steps] == [
            kind for kind, _ in SOURCE[thing.title]
        ], thing.title


def test_no_minimum_words_and_no_capabilities(programme: Programme) -> None:
    for thing in programme.things:
        assert thing.statement.min_words is None, thing.title
        assert thing.capabilities == (), thing.title
        assert set(thing.statement.covers) == {prompt.id for prompt in thing.prompts}, thing.title
        assert thing.summary and thing.introduction.strip(), thing.title


def test_traceability_names_every_step_and_prompt(programme: Programme) -> None:
    text = TRACEABILITY.read_text(encoding="utf-8")
    section = re.search(r"^## Collaborative Impact Leadership pack\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert section, "docs/content-traceability.md has no Collaborative Impact Leadership section"
    for thing in programme.things:
        found = re.search(
            rf"^### Thing {thing.number} – {re.escape(thing.title)}\n(.*?)(?=^##|\Z)", section.group(1), re.M | re.S
        )
        assert found, thing.title
        body = found.group(1)
        assert set(re.findall(r"`step:([a-z0-9-]+)`", body)) == {step.id for step in thing.steps}, thing.title
        assert set(re.findall(r"`prompt:([a-z0-9-]+)`", body)) == {p.id for p in thing.prompts}, thing.title
        assert "Decisions:" in body, thing.title


def test_things_json_lists_two_things_without_a_minimum(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--programme", PROGRAMME_ID, "things", "--json"]) == 0
    things = json.loads(capsys.readouterr().out)
    assert [(thing["number"], thing["title"], thing["min_words"]) for thing in things] == [
        (1, "Theory", None),
        (2, "Tools and tips", None),
    ]
    assert {thing["programme"] for thing in things} == {PROGRAMME_ID}
