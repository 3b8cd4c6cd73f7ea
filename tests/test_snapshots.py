"""Snapshots of the main screens at 80x24 and 120x40. Review every change before accepting it."""

from __future__ import annotations

import pytest

from thingsjournal.tui.app import make_app

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_home(snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_home_at_a_thing(snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(thing=10), terminal_size=size)
