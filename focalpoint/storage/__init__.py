"""The local SQLite store: the truth on the focal point's laptop."""

from focalpoint.storage.activities import ActivityFilter, ActivitySummary, NotFound, Restored
from focalpoint.storage.database import (
    SCHEMA_VERSION,
    CorruptStoreError,
    NewerStoreError,
    NotAStoreError,
    StoreError,
)
from focalpoint.storage.encryption import (
    KeyUnavailableError,
    PassphraseCancelled,
    PassphraseRequest,
    WrongKeyError,
)
from focalpoint.storage.responses import ResponseLocked
from focalpoint.storage.store import Store, find_backups, restore_file

__all__ = [
    "SCHEMA_VERSION",
    "ActivityFilter",
    "ActivitySummary",
    "CorruptStoreError",
    "KeyUnavailableError",
    "NewerStoreError",
    "NotAStoreError",
    "NotFound",
    "PassphraseCancelled",
    "PassphraseRequest",
    "ResponseLocked",
    "Restored",
    "Store",
    "StoreError",
    "WrongKeyError",
    "find_backups",
    "restore_file",
]
