"""The list of people the user works with is read without pydantic when it is a plain list of
valid names (`journal.people`): what it reads so must be what the model reads, and anything
else goes to the model, which says what is wrong."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from thingsjournal.files.tomlcheck import parse_and_validate
from thingsjournal.journal.people import _plainly_valid, read_people, save_people
from thingsjournal.journal.people_model import People

if TYPE_CHECKING:
    from pathlib import Path

NAMES = st.lists(
    st.text(st.sampled_from([*"Ab é'-", "\u00a0", "\t", "\n", "\x1b", "\x85", "\u2028"]), max_size=8)
    | st.text(min_size=95, max_size=105, alphabet="ab"),
    max_size=5,
)


@settings(max_examples=300)
@given(NAMES)
def test_a_plain_reading_is_the_models_reading(names: list[str]) -> None:
    text = tomli_w.dumps({"people": names})
    plain = _plainly_valid(text)
    model, problems = parse_and_validate("people.toml", text, People.model_validate, lambda data: People)
    if plain is not None:
        assert model is not None and plain == model.people
    else:
        assert model is None and problems  # the model says what is wrong


def test_other_shapes_go_to_the_model() -> None:
    for text in ('people = "Bo"', "people = [1]", 'people = ["Bo"]\nextra = 1', "people = [", "x = 1"):
        assert _plainly_valid(text) is None, text
    assert _plainly_valid("") == []


def test_reading_the_list_imports_no_pydantic(tmp_path: Path) -> None:
    save_people(tmp_path, ["Bo Peep", "Jo"])
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from thingsjournal.journal.people import read_people\n"
        f"print(read_people(Path({str(tmp_path)!r})), 'pydantic' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "(['Bo Peep', 'Jo'], []) False"
    assert read_people(tmp_path) == (["Bo Peep", "Jo"], [])
