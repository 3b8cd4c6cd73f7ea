"""The Derbyshire leadership framework keeps its source's facts exactly: 7 dimensions of 4 elements,
named as the source names them; all four levels described for dimensions 1-5; and for the
senior-only dimensions 6 and 7 only the one (whole-organisation) description the source gives,
carried as Strategic Leadership.

The expected names are written out below, copied from the source (shared/seeds/004), so the tests
run where only the repository is cloned; where the seed file is present it is checked too."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from seeds import seed

if TYPE_CHECKING:
    from thingsjournal.catalog.models import AssessmentFramework, Catalog

ROOT = Path(__file__).resolve().parents[1]
SEED = "004_9b332f1cc51461db.txt"
NOTICE = ROOT / "src" / "thingsjournal" / "content" / "NOTICE.md"
TRACEABILITY = ROOT / "docs" / "content-traceability.md"
FRAMEWORK_ID = "derbyshire-leadership"

TITLE = "A Leadership Framework for Derbyshire Children and Younger Adults Department"

# The source's numbered list of dimensions ("How it is structured"), word for word.
DIMENSIONS = [
    "Demonstrating personal qualities",
    "Working with others",
    "Managing Services",
    "Improving Services",
    "Setting direction",
    "Creating the vision",
    "Delivering the strategy",
]

# The source's contents list of elements, dimension by dimension.
ELEMENTS = [
    ["Developing self-awareness", "Managing yourself", "Continuing personal development", "Acting with integrity"],
    ["Developing networks", "Building and maintaining relationships", "Encouraging contribution", "Working with teams"],
    ["Planning", "Managing resources", "Managing people", "Managing performance"],
    [
        "Ensuring the safety of people who use services",
        "Critically evaluating",
        "Encouraging improvement and innovation",
        "Facilitating transformation",
    ],
    ["Identifying the contexts for change", "Applying knowledge and evidence", "Making decisions", "Evaluating impact"],
    [
        "Developing the vision for the organisation",
        "Influencing the vision of the wider sector",
        "Communicating the vision",
        "Embodying the vision",
    ],
    ["Framing the strategy", "Developing the strategy", "Implementing the strategy", "Embedding the strategy"],
]

LEVELS = [
    ("front-line-worker", "Front Line Worker"),
    ("front-line-leadership", "Front Line Leadership"),
    ("operational-leadership", "Operational Leadership"),
    ("strategic-leadership", "Strategic Leadership"),
]
ALL_LEVELS = {level_id for level_id, _ in LEVELS}
# Dimensions 6 and 7 give one "what leadership looks like" paragraph per element, for the whole
# organisation and sector, and nothing for the other three levels.
SENIOR_LEVELS_GIVEN = {"strategic-leadership"}


@pytest.fixture(scope="module")
def framework(catalog: Catalog) -> AssessmentFramework:
    found = catalog.assessments().get(FRAMEWORK_ID)
    assert found is not None, "the Derbyshire framework did not load"
    return found


def test_title_source_and_levels(framework: AssessmentFramework) -> None:
    assert framework.title == TITLE
    assert "Derbyshire County Council" in framework.source
    assert [(level.id, level.name) for level in framework.levels] == LEVELS
    assert all(level.examples for level in framework.levels)
    assert framework.senior_levels == ("strategic-leadership",)


def test_seven_dimensions_named_and_numbered(framework: AssessmentFramework) -> None:
    assert [d.name for d in framework.dimensions] == DIMENSIONS
    assert [d.number for d in framework.dimensions] == [1, 2, 3, 4, 5, 6, 7]
    assert [d.senior_only for d in framework.dimensions] == [False] * 5 + [True, True]
    assert [len(d.elements) for d in framework.dimensions] == [4] * 7


def test_all_28_element_names(framework: AssessmentFramework) -> None:
    assert [[e.name for e in d.elements] for d in framework.dimensions] == ELEMENTS
    ids = [e.id for d in framework.dimensions for e in d.elements]
    assert len(ids) == len(set(ids)) == 28


def test_dimensions_1_to_5_are_described_at_every_level(framework: AssessmentFramework) -> None:
    for dimension in framework.dimensions[:5]:
        for element in dimension.elements:
            assert set(element.looks_like) == ALL_LEVELS, element.id
            assert element.good_leaders, element.id
            assert element.description, element.id


def test_dimensions_6_and_7_only_where_the_source_describes(framework: AssessmentFramework) -> None:
    for dimension in framework.dimensions[5:]:
        for element in dimension.elements:
            assert set(element.looks_like) == SENIOR_LEVELS_GIVEN, element.id
            assert len(element.good_leaders) == 4, element.id
            assert element.description == "", element.id  # the source gives these elements none


def test_behaviour_counts_follow_the_source(framework: AssessmentFramework) -> None:
    counts = [[len(e.good_leaders) for e in d.elements] for d in framework.dimensions]
    assert counts == [[4, 4, 4, 4]] * 4 + [[4, 4, 5, 4]] + [[4, 4, 4, 4]] * 2  # 5.3 has five


def test_senior_dimensions_only_at_senior_levels(framework: AssessmentFramework) -> None:
    assert len(framework.dimensions_for("front-line-worker")) == 5
    assert len(framework.dimensions_for("front-line-leadership")) == 5
    assert len(framework.dimensions_for("operational-leadership")) == 5
    assert len(framework.dimensions_for("strategic-leadership")) == 7


def test_operational_leadership_may_assess_the_senior_dimensions(framework: AssessmentFramework) -> None:
    """The source says "senior staff", not which levels: Operational Leadership is offered them."""
    assert framework.optional_senior_levels == ("operational-leadership",)
    assert framework.offers_senior("operational-leadership") and framework.offers_senior("strategic-leadership")
    assert not framework.offers_senior("front-line-leadership")
    first_of_6 = framework.dimensions[5].elements[0].id
    assert [d.number for d in framework.dimensions_for("operational-leadership", {first_of_6})] == [1, 2, 3, 4, 5, 6]
    assert len(framework.dimensions_for("front-line-leadership", {first_of_6})) == 5


def test_credited_and_traced() -> None:
    assert "## Derbyshire leadership framework" in NOTICE.read_text(encoding="utf-8")
    assert "## Derbyshire leadership framework" in TRACEABILITY.read_text(encoding="utf-8")


def test_every_name_is_printed_in_the_source(framework: AssessmentFramework) -> None:
    text = seed(SEED).read_text(encoding="utf-8")
    assert TITLE.upper() in text
    for dimension in framework.dimensions:
        assert dimension.name in text, dimension.name
        for element in dimension.elements:
            assert element.name in text, element.name
    for level in framework.levels:
        assert level.name.lower() in text.lower(), level.name
        assert level.examples in text, level.examples
