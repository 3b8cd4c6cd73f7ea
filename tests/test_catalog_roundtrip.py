"""Any valid Thing survives being written as TOML and read back, unchanged."""

from __future__ import annotations

import tomllib

import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from thingsjournal.catalog.models import Prompt, Resource, Statement, Step, Thing

slugs = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)
# Carriage returns are left out: a TOML multi-line string turns CRLF into LF by design, which is
# what content authors want; journal text is normalised the same way before it is written.
texts = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00\r"), min_size=1, max_size=60)
links = st.builds(lambda host, path: f"https://{host}.example/{path}", slugs, slugs)

resources = st.builds(Resource, title=texts, url=st.none() | links)
steps = st.builds(
    Step,
    id=slugs,
    kind=st.sampled_from(["read", "watch", "do", "discuss", "reflect", "write"]),
    text=texts,
    resources=st.lists(resources, max_size=2).map(tuple),
)
prompts = st.builds(
    Prompt,
    id=slugs,
    question=texts,
    heading=st.none() | st.sampled_from(["need", "bring", "do", "engage", "respond"]),
    hint=st.none() | texts,
)


@st.composite
def things(draw: st.DrawFn) -> Thing:
    step_list = draw(st.lists(steps, max_size=4, unique_by=lambda s: s.id))
    prompt_list = draw(st.lists(prompts, max_size=4, unique_by=lambda p: p.id))
    covers = draw(st.lists(st.sampled_from([p.id for p in prompt_list]), unique=True) if prompt_list else st.just([]))
    return Thing(
        number=draw(st.integers(1, 99)),
        slug=draw(slugs),
        title=draw(texts),
        summary=draw(texts),
        badge=draw(st.none() | texts),
        recommended_first=tuple(draw(st.lists(st.integers(1, 99), max_size=4))),
        capabilities=tuple(draw(st.lists(slugs, max_size=3))),
        introduction=draw(st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\r"), max_size=200)),
        steps=tuple(step_list),
        prompts=tuple(prompt_list),
        statement=Statement(min_words=draw(st.none() | st.integers(1, 1000)), task=draw(texts), covers=tuple(covers)),
    )


@settings(max_examples=60, deadline=None)
@given(things())
def test_thing_round_trips_through_toml(thing: Thing) -> None:
    written = tomli_w.dumps(thing.model_dump(exclude_none=True), multiline_strings=True)
    assert Thing.model_validate(tomllib.loads(written)) == thing
