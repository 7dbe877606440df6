"""Mission access tokens: issued once, stored only as a hash, compared in constant time.

A token looks like ``fp1_<id>_<secret>``: the public ``id`` finds the row without any
comparison on secret material, then the SHA-256 of the whole token is compared with
:func:`hmac.compare_digest`. The secret has 256 bits of entropy, so a plain (unsalted,
fast) hash is enough: there is nothing to brute-force. The token itself is never stored,
logged or put in an exception message.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

TokenLookup = Callable[[str], "tuple[str, str, str | None] | None"]

TOKEN_PREFIX = "fp1"
_TOKEN_RE = re.compile(r"^fp1_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$")


@dataclass(frozen=True)
class IssuedToken:
    token_id: str
    token: str
    token_hash: str

    def __repr__(self) -> str:  # never show the secret, even in a debugger or a log line
        return f"IssuedToken(token_id={self.token_id!r}, token=<redacted>)"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> IssuedToken:
    """A fresh random token (32 random bytes) with its public id and its hash."""
    token_id = secrets.token_hex(8)
    token = f"{TOKEN_PREFIX}_{token_id}_{secrets.token_urlsafe(32)}"
    return IssuedToken(token_id, token, hash_token(token))


def token_id_of(token: str) -> str | None:
    """The public id part of a well-formed token, or None for anything else."""
    match = _TOKEN_RE.match(token)
    return match.group(1) if match else None


def bearer_token(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer ...`` header, or None."""
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def authenticate(lookup: TokenLookup, token: str | None) -> str | None:
    """The mission code the token belongs to, or None (unknown, malformed or revoked).

    ``lookup`` gives (mission_code, token_hash, revoked_at) for a token id (the store's
    ``missions.token_row`` on a connection), or None.
    """
    if not token:
        return None
    token_id = token_id_of(token)
    if token_id is None:
        # Still hash once so a malformed token costs about the same as a wrong one.
        hmac.compare_digest(hash_token(token), "0" * 64)
        return None
    row = lookup(token_id)
    stored = row[1] if row else "0" * 64
    matches = hmac.compare_digest(hash_token(token), stored)
    if row is None or not matches or row[2] is not None:
        return None
    return str(row[0])
