"""The mission's access token, kept only in the OS keyring.

On a headless Linux machine keyring has no backend (``NoKeyringError``): callers get
:class:`CredentialsUnavailable` with a message saying what to do, and may keep the token
in memory for the current session only (:class:`SessionTokens`). The token is never
written to the store, a settings file, a log or a command line.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "FocalPoint"


class CredentialsUnavailable(RuntimeError):
    """No usable keyring on this machine."""


def _account(server_url: str, mission_code: str) -> str:
    return f"{mission_code.strip().upper()}@{server_url.strip().rstrip('/')}"


def _unavailable(error: Exception) -> CredentialsUnavailable:
    return CredentialsUnavailable(
        "no system keyring is available to keep the access token "
        f"({error}); install and unlock a keyring (e.g. GNOME Keyring or KWallet), or "
        "keep the token for this session only"
    )


def get_token(server_url: str, mission_code: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _account(server_url, mission_code))
    except keyring.errors.KeyringError as error:
        raise _unavailable(error) from None


def set_token(server_url: str, mission_code: str, token: str) -> None:
    token = token.strip()
    if not token:
        raise ValueError("the access token is empty")
    try:
        keyring.set_password(SERVICE, _account(server_url, mission_code), token)
    except keyring.errors.KeyringError as error:
        raise _unavailable(error) from None


def delete_token(server_url: str, mission_code: str) -> bool:
    """Forget the token; returns False if there was none."""
    try:
        keyring.delete_password(SERVICE, _account(server_url, mission_code))
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as error:
        raise _unavailable(error) from None
    return True


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only and forgets everything on exit.

    It backs the session-only fallback on machines without a system keyring, and tests and
    screenshot scripts install it so they never touch the machine's real keyring.
    """

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.secrets:
            raise keyring.errors.PasswordDeleteError(username)
        del self.secrets[(service, username)]


class SessionTokens:
    """Tokens kept in memory only, for machines without a keyring (lost on exit)."""

    def __init__(self) -> None:
        self._keyring = MemoryKeyring()

    def get(self, server_url: str, mission_code: str) -> str | None:
        return self._keyring.get_password(SERVICE, _account(server_url, mission_code))

    def set(self, server_url: str, mission_code: str, token: str) -> None:
        self._keyring.set_password(SERVICE, _account(server_url, mission_code), token.strip())
