"""Every version of an entry: the file each save replaced, kept so that a paragraph deleted by
mistake can always come back.

A version is the replaced entry file itself, hard-linked into `.thingsjournal/versions/ID/` just
before the new text is renamed over it: no bytes are copied, and the version is private (0600, in
0700 folders) and whole exactly as the entry was. Where the file system has no hard links it is
copied, written as every entry is. A version is named by the time its text was saved (the file's
modification time, in UTC): `20261205T101530.123456Z.toml`.

Versions thin as they age (`TIERS`): every one from the last ten minutes, then the newest of each
minute for an hour, of each ten minutes for a day, of each day for thirty days, and of each week
after that, for ever. A version moves to the trash with its entry (`.trash/.versions/ID/`) and
back with it; backups hold both folders. Files in these folders that are not named as versions
are never touched.
"""

from __future__ import annotations

import contextlib
import os
import re
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from thingsjournal.files.safe import atomic_write, make_private_dir

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

VERSIONS_DIR = "versions"  # in the journal's app folder
TRASHED_VERSIONS_DIR = ".versions"  # in the trash

# (up to this age, keep the newest version of each bucket this long; None: every version)
TIERS: tuple[tuple[timedelta | None, timedelta | None], ...] = (
    (timedelta(minutes=10), None),
    (timedelta(hours=1), timedelta(minutes=1)),
    (timedelta(days=1), timedelta(minutes=10)),
    (timedelta(days=30), timedelta(days=1)),
    (None, timedelta(weeks=1)),
)
_NAME = re.compile(r"^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)\.(\d{6})Z(?:-(\d+))?\.toml$")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class Version(NamedTuple):
    folder: Path
    name: str
    saved: datetime  # when its text was saved (UTC)

    @property
    def path(self) -> Path:
        return self.folder / self.name


def keep_replaced(entry_file: Path, folder: Path) -> Path:
    """Keep `entry_file`, about to be replaced, as a version in `folder`; the folder."""
    make_private_dir(folder)
    saved = _EPOCH + timedelta(microseconds=entry_file.stat().st_mtime_ns // 1000)
    stem = f"{saved:%Y%m%dT%H%M%S.%f}Z"
    target, number = folder / f"{stem}.toml", 2
    while True:
        try:
            os.link(entry_file, target)
            return folder
        except FileExistsError:
            target, number = folder / f"{stem}-{number}.toml", number + 1
        except OSError:  # no hard links here (some network and FAT file systems): copy it
            if target.exists():
                target, number = folder / f"{stem}-{number}.toml", number + 1
                continue
            atomic_write(target, entry_file.read_bytes())
            return folder


def keep_text(folder: Path, data: bytes, saved: datetime) -> None:
    """Keep `data`, an entry's text as it was saved at `saved`, as a version in `folder` (once:
    a version of that time holding the same bytes is there already, synced from another device)."""
    make_private_dir(folder)
    stem = f"{saved.astimezone(UTC):%Y%m%dT%H%M%S.%f}Z"
    target, number = folder / f"{stem}.toml", 2
    while target.exists():
        if target.read_bytes() == data:
            return
        target, number = folder / f"{stem}-{number}.toml", number + 1
    atomic_write(target, data)


def versions_in(folder: Path) -> list[Version]:
    """The versions in `folder`, newest first."""
    found = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for item in os.scandir(folder):
            match = _NAME.match(item.name)
            if match and item.is_file(follow_symlinks=False):
                with contextlib.suppress(ValueError):  # a name with no such day or hour is not a version
                    year, month, day, hour, minute, second, micro = map(int, match.groups()[:7])
                    saved = datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC)
                    found.append((saved, int(match[8] or 1), Version(folder, item.name, saved)))
    # Two saves in one tick of the file system's clock give versions of one time: the later is
    # numbered `-2` (then `-3`, ... `-10`), so it is the newer.
    return [version for _, _, version in sorted(found, key=lambda item: item[:2], reverse=True)]


def thinned(versions: Iterable[Version], now: datetime) -> list[Version]:
    """The versions that thinning removes at `now`: in each tier, all but the newest of each of
    its buckets (buckets are fixed spans of time, so a version once kept for its bucket stays
    kept while it ages within the tier)."""
    kept: set[tuple[int, int]] = set()
    removed = []
    for version in sorted(versions, key=lambda version: version.saved, reverse=True):
        age = now - version.saved
        tier = next(number for number, (upto, _) in enumerate(TIERS) if upto is None or age < upto)
        span = TIERS[tier][1]
        if span is None:
            continue
        bucket = (tier, (version.saved - _EPOCH) // span)
        if bucket in kept:
            removed.append(version)
        else:
            kept.add(bucket)
    return removed


def utc_now() -> datetime:
    """The clock thinning goes by (a benchmark's simulated year sets its own)."""
    return datetime.now(UTC)


def thin(folder: Path, now: datetime) -> int:
    """Remove the versions in `folder` that thinning drops at `now`; how many."""
    gone = thinned(versions_in(folder), now)
    for version in gone:
        with contextlib.suppress(FileNotFoundError):
            version.path.unlink()
    return len(gone)


def move_versions(source: Path, target: Path) -> None:
    """Move an entry's versions folder (to the trash or back), adding to one already there."""
    if not source.is_dir():
        return
    make_private_dir(target.parent)
    if not target.exists():
        os.replace(source, target)
        return
    make_private_dir(target)
    for version in versions_in(source):
        destination = target / version.name
        if not destination.exists():
            os.replace(version.path, destination)
    with contextlib.suppress(OSError):
        source.rmdir()  # kept if anything that is not a version, or a clashing one, is left


def forget_versions(folder: Path) -> int:
    """Remove every version in `folder` (the folder too, when nothing else is in it); how many."""
    versions = versions_in(folder)
    for version in versions:
        version.path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        folder.rmdir()
    return len(versions)


def stored_bytes(folders: Iterable[Path]) -> int:
    """The bytes the versions in `folders` take on disk, a hard-linked file counted once."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for folder in folders:
        for version in versions_in(folder):
            stat = version.path.stat()
            if (stat.st_dev, stat.st_ino) not in seen:
                seen.add((stat.st_dev, stat.st_ino))
                total += stat.st_size
    return total
