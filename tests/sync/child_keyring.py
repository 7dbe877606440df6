"""A keyring backend for child processes started by tests: holds nothing, writes nothing.

Selected with ``PYTHON_KEYRING_BACKEND=child_keyring.NoSecrets`` so that a FocalPoint
subprocess never reaches the real OS keyring (and never a plaintext file backend).
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError, PasswordSetError


class NoSecrets(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("test child processes keep no secrets")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError(username)
