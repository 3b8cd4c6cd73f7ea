"""Validated content, cached as JSON so that the command line and Home start without pydantic.

Validating the packs needs pydantic, which costs more than the whole of `things --json` may
take. The cache holds the validated content and the problems found, keyed by a fingerprint of
every content file (path, size, modification time) and the app's version: any change to a pack
rebuilds it, and a cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from thingsjournal import __version__
from thingsjournal.errors import UserError
from thingsjournal.files.caches import read_cache, write_cache
from thingsjournal.files.digests import blake2b
from thingsjournal.files.problems import Problem

if TYPE_CHECKING:
    from collections.abc import Iterator
    from importlib.resources.abc import Traversable

    from thingsjournal.catalog.models import Catalog
    from thingsjournal.catalog.sources import ContentRoot

FORMAT = 4  # 2: control characters kept as stand-ins; 3: optional_senior_levels; 4: elements' CPL fields


class ThingSummary(NamedTuple):
    """What lists of Things need, without the Thing's long texts."""

    programme: str
    number: int
    slug: str
    title: str
    min_words: int | None
    steps: int
    prompts: int
    capabilities: tuple[str, ...] = ()


class ProgrammeSummary(NamedTuple):
    id: str
    title: str
    short_title: str
    start_with: tuple[int, ...]
    things: tuple[ThingSummary, ...]

    def find(self, number_or_slug: str) -> ThingSummary | None:
        """The Thing with this number or slug (what a user types on the command line)."""
        wanted = number_or_slug.strip()
        for thing in self.things:
            if wanted == thing.slug or (wanted.isdigit() and int(wanted) == thing.number):
                return thing
        return None

    def named(self, number_or_slug: str) -> ThingSummary:
        """The Thing a user named by number or slug, or a UserError that says what exists."""
        found = self.find(number_or_slug)
        if found is None:
            things = self.things
            span = f"{things[0].number}-{things[-1].number}" if things else "none"
            raise UserError(
                f"unknown Thing '{number_or_slug}' in {self.short_title}: "
                f"give a number ({span}) or a slug such as '{things[0].slug if things else 'thing'}'"
            )
        return found


class Named(NamedTuple):
    """Something with an id and a name: a capability, a sub-capability, a learning element."""

    id: str
    name: str
    subs: tuple[Named, ...] = ()


class ExpectedTopic(NamedTuple):
    """Learning expected of everyone (trauma, protection), and the elements that count as it."""

    id: str
    name: str
    elements: tuple[str, ...] = ()


class ElementSet(NamedTuple):
    """An elements framework as the CPL declaration reads it (see `catalog.models.ElementsFramework`)."""

    id: str
    title: str
    source: str
    url: str | None
    published: str | None
    workforce: str
    register_parts: tuple[str, ...]
    elements: tuple[Named, ...]
    topics: tuple[ExpectedTopic, ...]

    def applies_to(self, register_part: str) -> bool:
        wanted = register_part.casefold()
        return any(part.casefold() in wanted for part in self.register_parts)


@dataclass(frozen=True)
class ContentIndex:
    """Summaries of every programme that loaded, the problems found, and the cached data."""

    programmes: dict[str, ProgrammeSummary]
    problems: tuple[Problem, ...]
    data: dict[str, Any]

    @cached_property
    def catalog(self) -> Catalog:
        """The full content models (this imports pydantic: only for what needs the texts)."""
        from thingsjournal.catalog.models import Catalog

        return Catalog.model_validate(self.data["catalog"])

    def programme_data(self, programme: str) -> dict[str, Any] | None:
        """A programme as the cache holds it (the first of that id, as `Catalog.programme`)."""
        return next((found for found in self.data["catalog"]["programmes"] if found["id"] == programme), None)

    def thing_data(self, programme: str, number: int) -> dict[str, Any] | None:
        """A Thing as the cache holds it, for what needs its texts without the models."""
        found = self.programme_data(programme)
        return next((thing for thing in found["things"] if thing["number"] == number), None) if found else None

    def heading_labels(self) -> dict[str, str]:
        """Each logic-model heading's label by id, from every headings framework."""
        return {
            item["id"]: item["label"] for framework in self._frameworks("headings") for item in framework["headings"]
        }

    def _frameworks(self, kind: str) -> list[dict[str, Any]]:
        return [framework for framework in self.data["catalog"]["frameworks"] if framework["kind"] == kind]

    def capabilities(self) -> list[Named]:
        """Every capability with its sub-capabilities, from every capabilities framework."""
        return [
            Named(item["id"], item["name"], tuple(Named(sub["id"], sub["name"]) for sub in item["subs"]))
            for framework in self._frameworks("capabilities")
            for item in framework["capabilities"]
        ]

    def element_sets(self) -> list[ElementSet]:
        """Every elements framework, with what the CPL declaration needs of it."""
        return [
            ElementSet(
                id=framework["id"],
                title=framework["title"],
                source=framework["source"],
                url=framework.get("url"),
                published=framework.get("published"),
                workforce=framework.get("workforce", ""),
                register_parts=tuple(framework.get("register_parts", ())),
                elements=tuple(Named(item["id"], item["name"]) for item in framework["elements"]),
                topics=tuple(
                    ExpectedTopic(topic["id"], topic["name"], tuple(topic.get("elements", ())))
                    for topic in framework.get("topics", ())
                ),
            )
            for framework in self._frameworks("elements")
        ]

    def expected_topics(self) -> list[ExpectedTopic]:
        """The learning expected of everyone, once each, from every elements framework."""
        found: dict[str, ExpectedTopic] = {}
        for element_set in self.element_sets():
            for topic in element_set.topics:
                found.setdefault(topic.id, topic)
        return list(found.values())

    def learning_elements(self) -> list[Named]:
        return [
            Named(item["id"], item["name"])
            for framework in self._frameworks("elements")
            for item in framework["elements"]
        ]


def load_index(roots: tuple[ContentRoot, ...], cache_dir: Path | None) -> ContentIndex:
    """Summaries of the content under `roots`, from the cache when it is current."""
    data = _cached(roots, cache_dir)
    programmes = {
        programme["id"]: ProgrammeSummary(
            id=programme["id"],
            title=programme["title"],
            short_title=programme.get("short_title") or programme["title"],
            start_with=tuple(programme.get("start_with", ())),
            things=tuple(
                ThingSummary(
                    programme=programme["id"],
                    number=thing["number"],
                    slug=thing["slug"],
                    title=thing["title"],
                    min_words=thing["statement"].get("min_words"),
                    steps=len(thing.get("steps", ())),
                    prompts=len(thing.get("prompts", ())),
                    capabilities=tuple(thing.get("capabilities", ())),
                )
                for thing in programme["things"]
            ),
        )
        for programme in data["catalog"]["programmes"]
    }
    problems = tuple(Problem.from_json(item) for item in data["problems"])
    return ContentIndex(programmes, problems, data)


def _cached(roots: tuple[ContentRoot, ...], cache_dir: Path | None) -> dict[str, Any]:
    fingerprint = _fingerprint(roots)
    path = None
    if cache_dir is not None:
        key = blake2b("\0".join(root.label for root in roots).encode()).hexdigest()[:16]
        path = cache_dir / f"content-{key}.json"
        data = read_cache(path, fingerprint)
        if data.get("fingerprint") == fingerprint:
            return data
    data = _build(roots, fingerprint)
    if path is not None:
        write_cache(path, fingerprint, data)
    return data


def _build(roots: tuple[ContentRoot, ...], fingerprint: str) -> dict[str, Any]:
    from thingsjournal.catalog.packs import load_catalog  # the slow path: pydantic and every TOML file

    catalog, problems = load_catalog(roots)
    return {
        "fingerprint": fingerprint,
        "catalog": catalog.model_dump(mode="json"),
        "problems": [problem.as_json() for problem in problems],
    }


def _fingerprint(roots: tuple[ContentRoot, ...]) -> str:
    digest = blake2b(f"{FORMAT}:{__version__}".encode())
    for root in roots:
        digest.update(f"\0root:{root.label}".encode())
        for entry in _stat_tree(root.path):
            digest.update(entry.encode())
    return digest.hexdigest()


def _stat_tree(folder: Traversable) -> Iterator[str]:
    """One line per file: its path, size and modification time (name only where not on disk)."""
    if not isinstance(folder, Path):
        yield from (child.name for child in folder.iterdir()) if folder.is_dir() else ()
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir():
            yield f"{entry.path}/"
            yield from _stat_tree(Path(entry.path))
        else:
            try:
                stat = entry.stat()
            except OSError:
                continue
            yield f"{entry.path}:{stat.st_size}:{stat.st_mtime_ns}"
