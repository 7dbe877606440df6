"""The one error type of the service store."""

from __future__ import annotations


class ServiceStoreError(Exception):
    """The service store cannot be used or a request on it is invalid; says why."""
