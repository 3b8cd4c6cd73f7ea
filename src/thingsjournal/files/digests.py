"""BLAKE2b, the app's one hash: the digests and keys of its caches, and the fingerprint of a large
entry file.

It is taken from `_blake2`, the module `hashlib` offers it from: importing `hashlib` also loads
its OpenSSL half, two and a half milliseconds of every start-up, for hashes the app never uses."""

from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # a Python built without it: hashlib has one
    from hashlib import blake2b

__all__ = ["blake2b"]
