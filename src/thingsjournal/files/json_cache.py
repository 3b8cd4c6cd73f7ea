"""The app's JSON caches (the journal's index and entries, the validated content): read only if
exactly what the app wrote, so that nothing in one is ever trusted over the files it stands for.

A cache file is a header line, holding the cache's key (a format number, a fingerprint) and a
BLAKE2b digest of the rest, then the JSON payload. A cache that is missing, of another key,
damaged or edited (valid JSON of the wrong shape included) reads as empty and is rebuilt: a cache
only ever costs a re-read. A cache whose contents are trusted beyond the files it is checked
against (the privacy findings) is signed: its digest is keyed with this computer's own secret
(`machine_secret`), so one written anywhere else, or by anyone else, is never read."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from thingsjournal.files.safe import atomic_write, make_private_dir

if TYPE_CHECKING:
    from pathlib import Path


SECRET_FILE = "machine.key"  # in the user's cache folder, which no sync or backup takes along


def _digest(payload: bytes, secret: bytes) -> str:
    return hashlib.blake2b(payload, digest_size=16, key=secret).hexdigest()


def machine_secret(cache_dir: Path) -> bytes:
    """This computer's secret for signing caches, made on first use (0600); where it cannot be
    kept, one for this run alone, so that nothing signed is ever read again."""
    import secrets

    path = cache_dir / SECRET_FILE
    try:
        secret = path.read_bytes()
        if len(secret) == 32:
            return secret
    except OSError:
        pass
    secret = secrets.token_bytes(32)
    try:
        make_private_dir(cache_dir)
        atomic_write(path, secret)
    except OSError:
        pass
    return secret


def read_cache(cache_file: Path | None, key: object, secret: bytes = b"") -> dict[str, Any]:
    """The cache's data, or {} unless the file is exactly what `write_cache` wrote for `key`
    (with `secret`, on this computer)."""
    if cache_file is None:
        return {}
    try:
        header, _, payload = cache_file.read_bytes().partition(b"\n")
        if json.loads(header) != {"key": key, "blake2b": _digest(payload, secret)}:
            return {}
        data = json.loads(payload)
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_cache(cache_file: Path, key: object, data: dict[str, Any], secret: bytes = b"") -> None:
    """Save a cache (0600, atomically), signed with `secret` if given; failing only costs speed
    next time."""
    try:
        make_private_dir(cache_file.parent)
        payload = json.dumps(data, ensure_ascii=False).encode("utf-8")
        header = json.dumps({"key": key, "blake2b": _digest(payload, secret)}).encode("ascii")
        atomic_write(cache_file, header + b"\n" + payload)
    except (OSError, ValueError):
        pass
