"""The content cache is a copy that is never trusted over the packs: any change rebuilds it."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from packs import THING, write_pack

from thingsjournal.catalog.cache import load_index
from thingsjournal.catalog.sources import ContentRoot, packaged_root

if TYPE_CHECKING:
    from pathlib import Path


def _roots(pack: Path) -> tuple[ContentRoot, ...]:
    return (packaged_root(), ContentRoot(pack))


def test_cache_is_written_privately_and_reused(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    cache = tmp_path / "cache"
    first = load_index(_roots(pack), cache)
    files = list(cache.glob("content-*.json"))
    assert len(files) == 1
    assert files[0].stat().st_mode & 0o777 == 0o600
    assert cache.stat().st_mode & 0o777 == 0o700
    stamp = files[0].stat().st_mtime_ns
    second = load_index(_roots(pack), cache)
    assert second.programmes == first.programmes
    assert files[0].stat().st_mtime_ns == stamp


def test_a_changed_pack_rebuilds_the_cache(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    cache = tmp_path / "cache"
    assert load_index(_roots(pack), cache).programmes["org-induction"].things[0].title == "Welcome 1"
    thing = pack / "org-induction" / "thing-01.toml"
    thing.write_text(THING.format(number=1).replace("Welcome 1", "Hello again"))
    os.utime(thing, ns=(thing.stat().st_atime_ns, thing.stat().st_mtime_ns + 1_000_000))
    assert load_index(_roots(pack), cache).programmes["org-induction"].things[0].title == "Hello again"


def test_a_new_broken_file_is_reported_from_the_cache_path(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    cache = tmp_path / "cache"
    assert load_index(_roots(pack), cache).problems == ()
    (pack / "org-induction" / "thing-02.toml").write_text("number = ")
    index = load_index(_roots(pack), cache)
    assert "org-induction" not in index.programmes
    assert [p.file for p in index.problems] == [str(pack / "org-induction" / "thing-02.toml")]
    assert "sssc-23-things-elc" in index.programmes


def test_a_corrupt_cache_is_ignored_and_replaced(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    cache = tmp_path / "cache"
    load_index(_roots(pack), cache)
    (cached,) = cache.glob("content-*.json")
    cached.write_text('{"fingerprint": "x", "catal')
    assert load_index(_roots(pack), cache).programmes["org-induction"].things[0].number == 1
    assert cached.read_text().startswith('{"key": "')  # written anew, with its header


def test_an_unwritable_cache_only_costs_speed(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    index = load_index((packaged_root(),), blocker / "cache")
    assert "sssc-23-things-elc" in index.programmes
