"""Every test runs with its own empty home folders, no network, and no blinking cursor."""

from __future__ import annotations

import gc
import socket
from typing import TYPE_CHECKING, Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--soak", action="store_true", help="the long runs: 20 typing rounds a field, 10 double-signal tries"
    )


if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from thingsjournal.catalog.models import Catalog


@pytest.fixture
def journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The journal folder of the test, named by THINGSJOURNAL_DIR as a user may name theirs (a
    test file may have a `journal` of its own, with entries in it)."""
    folder = tmp_path / "journal"
    monkeypatch.setenv("THINGSJOURNAL_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for all of a worker's tests: it holds only the content cache, which is
    keyed by the packs' names and checked against their files, so a test never reads another's
    content; and building it (every TOML file, through pydantic) costs each app a fifth of a
    second. `test_content_cache` tests the cache itself, in folders of its own."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shared_cache: Path) -> Path:
    """Point every platformdirs folder (and HOME) at a fresh temporary folder, but the cache."""
    home = tmp_path / "home"
    for variable, folder in {
        "HOME": home,
        "XDG_DATA_HOME": home / ".local/share",
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_CACHE_HOME": shared_cache,
        "XDG_STATE_HOME": home / ".local/state",
    }.items():
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(folder))
    monkeypatch.delenv("THINGSJOURNAL_DIR", raising=False)
    return home


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse every connection except local sockets, so nothing can leak by accident."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: tuple[Any, ...] | str | bytes) -> None:
        if self.family == socket.AF_UNIX:
            return real_connect(self, address)
        raise OSError(f"network access blocked in tests: {address!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: guarded(socket.socket(), a[0]))


@pytest.fixture(autouse=True)
def nothing_frozen_past_its_test() -> Iterator[None]:
    """`main` freezes what start-up made (`thingsjournal.collector`), which suits a process that
    ends with the command; a test that runs it here would keep all that, its garbage too, for
    every later test."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blinking cursors make snapshots flaky: every Input and TextArea starts with blinking off."""
    from textual.widgets import Input, TextArea

    for widget_class in (Input, TextArea):
        original = widget_class.__init__

        def init(self: Input | TextArea, *args: Any, __original: Callable[..., None] = original, **kwargs: Any) -> None:
            __original(self, *args, **kwargs)
            self.cursor_blink = False

        monkeypatch.setattr(widget_class, "__init__", init)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The packaged content, loaded once: it must load without a single problem."""
    from thingsjournal.catalog.packs import load_catalog
    from thingsjournal.catalog.sources import packaged_root

    loaded, problems = load_catalog([packaged_root()])
    assert problems == []
    return loaded


@pytest.fixture
def quick_saves(monkeypatch: pytest.MonkeyPatch) -> None:
    """Autosave after 0.05 s of quiet, not a second, for tests that need the save to happen
    but not to wait for the real pause (tests of the pause itself leave it as it is)."""
    from thingsjournal.tui.screens import autosaving, settings

    monkeypatch.setattr(autosaving, "PAUSE", 0.05)
    monkeypatch.setattr(settings, "PAUSE", 0.05)
