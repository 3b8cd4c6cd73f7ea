"""The app's JSON caches (the journal's index and entries, the validated content): read only if
exactly what the app wrote, so that nothing in one is ever trusted over the files it stands for.

A cache file is a header line, holding the cache's key (a format number, a fingerprint) and a
BLAKE2b digest of the rest, then the JSON payload. A cache that is missing, of another key,
damaged or edited (valid JSON of the wrong shape included) reads as empty and is rebuilt: a cache
only ever costs a re-read."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from thingsjournal.files.safe import atomic_write, make_private_dir

if TYPE_CHECKING:
    from pathlib import Path


def _digest(payload: bytes) -> str:
    return hashlib.blake2b(payload, digest_size=16).hexdigest()


def read_cache(cache_file: Path | None, key: object) -> dict[str, Any]:
    """The cache's data, or {} unless the file is exactly what `write_cache` wrote for `key`."""
    if cache_file is None:
        return {}
    try:
        header, _, payload = cache_file.read_bytes().partition(b"\n")
        if json.loads(header) != {"key": key, "blake2b": _digest(payload)}:
            return {}
        data = json.loads(payload)
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_cache(cache_file: Path, key: object, data: dict[str, Any]) -> None:
    """Save a cache (0600, atomically); failing only costs speed next time."""
    try:
        make_private_dir(cache_file.parent)
        payload = json.dumps(data, ensure_ascii=False).encode("utf-8")
        header = json.dumps({"key": key, "blake2b": _digest(payload)}).encode("ascii")
        atomic_write(cache_file, header + b"\n" + payload)
    except (OSError, ValueError):
        pass
