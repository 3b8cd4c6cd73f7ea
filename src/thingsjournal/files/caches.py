"""The app's caches (the journal's index, the validated content, the privacy findings): read only
if exactly what the app wrote, so that nothing in one is ever trusted over the files it stands for.

A cache file is a header line, holding the cache's key (a format number, a fingerprint) and a
BLAKE2b digest of the rest, then the payload. A cache that is missing, of another key, damaged
or edited (valid data of the wrong shape included) reads as empty and is rebuilt: a cache only
ever costs a re-read. A cache whose contents are trusted beyond the files it is checked against
(the privacy findings), or whose payload is not JSON, is signed: its digest is keyed with this
computer's own secret (`machine_secret`), so one written anywhere else, or by anyone else, is
never read.

The journal's index is read by every listing, so its payload is `marshal`'s, which Python reads
three times as fast as JSON, and with its tuples as tuples. `marshal` is not made to read
hostile bytes, so it reads only a payload this computer signed (`read_marshalled`)."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from thingsjournal.files.digests import blake2b
from thingsjournal.files.safe import atomic_write, make_private_dir

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


SECRET_FILE = "machine.key"  # in the user's cache folder, which no sync or backup takes along


def _digest(payload: bytes | memoryview, secret: bytes) -> str:
    return blake2b(payload, digest_size=16, key=secret).hexdigest()


def machine_secret(cache_dir: Path) -> bytes:
    """This computer's secret for signing caches, made on first use (0600); where it cannot be
    kept, one for this run alone, so that nothing signed is ever read again."""
    path = cache_dir / SECRET_FILE
    try:
        secret = path.read_bytes()
        if len(secret) == 32:
            return secret
    except OSError:
        pass
    secret = os.urandom(32)  # what `secrets.token_bytes` gives, without importing it
    try:
        make_private_dir(cache_dir)
        atomic_write(path, secret)
    except OSError:
        pass
    return secret


def read_cache(cache_file: Path | None, key: object, secret: bytes = b"") -> dict[str, Any]:
    """The cache's data, or {} unless the file is exactly what `write_cache` wrote for `key`
    (with `secret`, on this computer)."""
    return _read(cache_file, key, secret, lambda payload: json.loads(bytes(payload)))


def write_cache(cache_file: Path, key: object, data: dict[str, Any], secret: bytes = b"") -> None:
    """Save a cache (0600, atomically), signed with `secret` if given; failing only costs speed
    next time."""
    _write(cache_file, key, lambda: json.dumps(data, ensure_ascii=False).encode("utf-8"), secret)


def read_marshalled(cache_file: Path | None, key: object, secret: bytes) -> dict[str, Any]:
    """As `read_cache`, for a cache `write_marshalled` wrote: {} without a secret, so that
    `marshal` never reads bytes this computer did not sign."""
    import marshal

    return _read(cache_file, key, secret, marshal.loads) if secret else {}


def write_marshalled(cache_file: Path, key: object, data: dict[str, Any], secret: bytes) -> None:
    """As `write_cache`, the payload `marshal`'s (of str, int, None, bool, tuple, list and dict
    alone), always signed."""
    import marshal

    if secret:
        _write(cache_file, key, lambda: marshal.dumps(data), secret)


def _read(cache_file: Path | None, key: object, secret: bytes, decode: Callable[[memoryview], Any]) -> dict[str, Any]:
    if cache_file is None:
        return {}
    try:
        whole = cache_file.read_bytes()
        end = whole.find(b"\n")
        payload = memoryview(whole)[end + 1 :]  # not copied: the index is read by every listing
        if end < 0 or json.loads(whole[:end]) != {"key": key, "blake2b": _digest(payload, secret)}:
            return {}
        data = decode(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(cache_file: Path, key: object, encode: Callable[[], bytes], secret: bytes) -> None:
    try:
        make_private_dir(cache_file.parent)
        payload = encode()
        header = json.dumps({"key": key, "blake2b": _digest(payload, secret)}).encode("ascii")
        atomic_write(cache_file, header + b"\n" + payload)
    except (OSError, ValueError):
        pass
