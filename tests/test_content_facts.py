"""The packaged content keeps the source's facts exactly: titles, minimum words, badge names,
the six capabilities with their 22 sub-capabilities, the logic-model headings and the seven core
learning elements. The expected values are copied from the SSSC source (shared/seeds/001, 000, 002)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from thingsjournal.catalog.packs import load_catalog
from thingsjournal.catalog.sources import packaged_root

if TYPE_CHECKING:
    from thingsjournal.catalog.models import Catalog

TITLES = [
    "Why is everyday leadership important?",
    "Leadership and management?",
    "What’s my leadership style?",
    "What do others say about my leadership?",
    "How do I show vision as a leader?",
    "What does self-leadership mean for me?",
    "Motivating and inspiring others",
    "Empowering leadership: how do I empower others?",
    "How do creativity and innovation feature in my leadership?",
    "Collaborating and influencing: how do I exercise leadership in working with others?",
    "The six leadership capabilities",
    "Challenging, discriminatory or oppressive practice",
    "The impact I have on others",
    "Resilience and my self-leadership",
    "What is supervision and why do we do it?",
    "What is Coaching and how can I use it?",
    "What is action learning and how can I use it?",
    "What is appreciative inquiry and how can I use it?",
    "What is Citizen Leadership and how can I promote it?",
    "What does a supportive workplace look like?",
    "What does good leadership look like in Scotland’s social services?",
    "Why is leadership important for Scotland’s social services?",
    "How can I use leadership development to support my career development?",
]

BADGES = {
    8: "SSSC 23 Things Leadership – Thing 8: Empowering Leadership",
    10: "SSSC 23 Things Leadership – Thing 10: Collaborating and influencing: how do I exercise leadership in working with others?",
    12: "SSSC 23 Things Leadership – Thing 12: What you permit you promote",
}

CAPABILITIES = {
    "Vision": [
        "Seeing how best to make a difference",
        "Communicating and promoting ownership of the vision",
        "Promoting a public service ethos",
        "Thinking and planning strategically",
    ],
    "Self-leadership": [
        "Demonstrating and adapting leadership",
        "Improving own leadership",
        "Enabling intelligent risk-taking",
        "Demonstrating and promoting resilience",
        "Challenging discrimination and oppression",
    ],
    "Motivating and inspiring": [
        "Inspiring people by personal example",
        "Recognising and valuing the contribution of others",
        "Driving the creation of a learning and performance culture",
    ],
    "Empowering": [
        "Enabling leadership at all levels",
        "Driving a knowledge management culture",
        "Promoting professional autonomy",
        "Involving people in development and improvement",
    ],
    "Collaborating and influencing": [
        "Leading partnership working",
        "Influencing people",
        "Understanding and valuing the perspectives of others",
    ],
    "Creativity and innovation": [
        "Seeing opportunities to do things differently",
        "Promoting creativity and innovation",
        "Leading and managing change",
    ],
}

HEADINGS = {
    "need": "What do good leaders need?",
    "bring": "What do good leaders bring?",
    "do": "What do good leaders do?",
    "engage": "How do good leaders engage?",
    "respond": "How do people respond?",
    "outcomes": "Outcomes",
    "enablers": "Enablers",
    "risks": "Risks or barriers",
}

# As the SSSC writes them in "A quick guide to required CPL topics" (news.sssc.uk.com, 12 Jan 2026).
ELEMENTS = [
    "Rights based and ethical practice",
    "Communication and relationships",
    "Wellbeing and support",
    "Protection",
    "Knowledge for your role",
    "Reflective practice",
    "Leadership and quality assurance",
]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    loaded, problems = load_catalog([packaged_root()])
    assert problems == []
    return loaded


def test_every_thing_has_its_exact_title_and_minimum(catalog: Catalog) -> None:
    programme = catalog.programme("sssc-23-things-elc")
    assert programme is not None
    assert [thing.title for thing in programme.things] == TITLES
    assert [thing.number for thing in programme.things] == list(range(1, 24))
    for thing in programme.things:
        assert thing.statement.min_words == (400 if thing.number in (21, 22) else 200), thing.number


def test_badge_names_only_where_the_source_gives_them(catalog: Catalog) -> None:
    programme = catalog.programme("sssc-23-things-elc")
    assert programme is not None
    assert {thing.number: thing.badge for thing in programme.things if thing.badge} == BADGES


def test_six_capabilities_with_22_sub_capabilities(catalog: Catalog) -> None:
    capabilities = catalog.capabilities()
    assert {c.name: [s.name for s in c.subs] for c in capabilities.values()} == CAPABILITIES
    assert sum(len(c.subs) for c in capabilities.values()) == 22


def test_logic_model_headings(catalog: Catalog) -> None:
    headings = catalog.headings()
    assert {h.id: h.label for h in headings.values()} == HEADINGS
    guided = {h.id for h in headings.values() if h.question}
    assert guided == {"need", "bring", "do", "engage", "respond"}


def test_seven_core_learning_elements(catalog: Catalog) -> None:
    assert [e.name for e in catalog.learning_elements().values()] == ELEMENTS


def test_programme_credits_the_sssc(catalog: Catalog) -> None:
    programme = catalog.programme("sssc-23-things-elc")
    assert programme is not None
    assert programme.attribution.startswith(
        "This is work based on 23 Things ELC Leadership in early learning and childcare services "
        "by the Scottish Social Services Council – https://23elcleadership.sssc.uk.com/"
    )
    assert "adapted" in programme.attribution
    assert programme.licence == "CC BY 4.0"
    assert programme.start_with == (1, 2, 3, 4)
