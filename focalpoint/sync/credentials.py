"""The mission's access token, kept only in the OS keyring.

On a headless Linux machine keyring has no backend (``NoKeyringError``): callers get
:class:`CredentialsUnavailable` with a message saying what to do, and may keep the token
in memory for the current session only (:class:`SessionTokens`). The token is never
written to the store, a settings file, a log or a command line.
"""

from __future__ import annotations

import re

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "FocalPoint"


class CredentialsUnavailable(RuntimeError):
    """No usable keyring on this machine."""


class InvalidToken(ValueError):
    """A token that cannot be what the Secretariat issued; the message never shows it."""


#: What a token may contain: visible ASCII (the Secretariat's are ``fp1_<hex>_<base64url>``).
#: Anything else — a line break, an inner space, a zero-width space, a non-ASCII letter —
#: is a copy-and-paste accident, and would otherwise reach the HTTP layer, whose error
#: message quotes the whole header (and so the token) on stderr.
_TOKEN_FORM = re.compile(r"[\x21-\x7e]{1,1024}")


def _what_is_wrong(token: str) -> str:
    if len(token) > 1024:
        return "it is longer than any access token"
    if any(c in "\r\n\u2028\u2029\x85\x0b\x0c" for c in token):
        return "it spans more than one line"
    if any(c in " \t" for c in token):
        return "it contains a space"
    if any(ord(c) < 32 or ord(c) == 127 for c in token):
        return "it contains a control character"
    return ("it contains a character that is not plain ASCII (for example a zero-width "
            "space or a typographic dash copied along with it)")


def clean_token(text: str, source: str) -> str:
    """``text`` without surrounding whitespace, if it has the form of an access token.

    Raises :class:`InvalidToken` otherwise, with a message naming ``source`` (e.g. "from
    standard input") and the kind of problem, but no part of the token.
    """
    token = text.strip()
    if not token:
        raise InvalidToken(f"the access token {source} is empty")
    if _TOKEN_FORM.fullmatch(token) is None:
        raise InvalidToken(
            f"the access token {source} is not valid: {_what_is_wrong(token)}. A token is "
            "one line of letters, digits and '_' or '-' (fp1_…); copy it again from the "
            "Secretariat's message. (The token is not shown here.)")
    return token


def _account(server_url: str, mission_code: str) -> str:
    return f"{mission_code.strip().upper()}@{server_url.strip().rstrip('/')}"


def _unavailable(error: Exception) -> CredentialsUnavailable:
    return CredentialsUnavailable(
        "no system keyring is available to keep the access token "
        f"({error}); install and unlock a keyring (e.g. GNOME Keyring or KWallet), or "
        "keep the token for this session only"
    )


def get_token(server_url: str, mission_code: str) -> str | None:
    """The stored token, or None; :class:`InvalidToken` if what is stored is not one."""
    try:
        stored = keyring.get_password(SERVICE, _account(server_url, mission_code))
    except keyring.errors.KeyringError as error:
        raise _unavailable(error) from None
    return None if stored is None else clean_token(stored, "in the system keyring")


def set_token(server_url: str, mission_code: str, token: str) -> None:
    token = clean_token(token, "entered")
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
    #: Never picked by keyring's own detection: once this module was imported, a machine
    #: without a real keyring silently got this one, and every secret put there (a token,
    #: the store's encryption key) was lost when the process ended. Installed on purpose
    #: only, with ``keyring.set_keyring``.
    viable = False

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
        self._keyring.set_password(SERVICE, _account(server_url, mission_code),
                                   clean_token(token, "entered"))
