"""Keys for test stores that child processes must open too.

A store created in a test gets its key from the in-memory keyring (fast: a random key, no
derivation), which a child process cannot see. Stores that a child ``focalpoint`` opens use
a passphrase instead, handed over in ``FOCALPOINT_PASSPHRASE``, with Argon2id parameters
so small that the derivation costs nothing (real stores use :class:`Kdf`'s defaults).
"""

from __future__ import annotations

from pathlib import Path

from focalpoint.storage import PassphraseRequest, Store
from focalpoint.storage.encryption import Kdf

TEST_PASSPHRASE = "correct horse battery staple"
FAST_KDF = Kdf(time_cost=1, memory_kib=8, parallelism=1)


def give_passphrase(request: PassphraseRequest) -> str:
    return TEST_PASSPHRASE


def open_passphrase_store(path: Path) -> Store:
    """Create (or open) a store at ``path`` encrypted with :data:`TEST_PASSPHRASE`."""
    return Store.open(path, ask=give_passphrase, kdf=FAST_KDF)
