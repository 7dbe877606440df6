"""Why a store cannot be used: exceptions whose message says why and what to do.

In a module of their own so that every part of ``focalpoint.storage`` (the database file,
its encryption key) raises the same family without importing each other.
"""

from __future__ import annotations


class StoreError(Exception):
    """A store cannot be used; the message says why and what to do."""


class NewerStoreError(StoreError):
    pass


class CorruptStoreError(StoreError):
    pass


class NotAStoreError(StoreError):
    pass
