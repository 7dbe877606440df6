"""How a sync pass ends early: a result kind and a one-line message for the user."""

from __future__ import annotations


class SyncStop(Exception):
    """Ends the pass with a result kind (see ``engine.KINDS``) and a one-line message."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


class LegacyService(Exception):
    """The service has no ``POST /sync`` (it answered 404): speak protocol 2 instead."""
