"""Keeping the mission's access token, and choosing a CA file: shared by Settings and
Restore, so a token typed in either ends up in the same place the same way.

Why one function: the token goes to the OS keyring (``focalpoint login`` does the same
from the command line); where no keyring exists, the person is asked whether to keep it
for this session only, in memory. Two copies of that logic would drift apart (one would
some day write it somewhere else). The texts keep the Settings dialog's context, where
they are already translated.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from focalpoint.sync.credentials import (
    CredentialsUnavailable,
    InvalidToken,
    SessionTokens,
    set_token,
)

translate = QCoreApplication.translate
#: (parent, what is wrong with the keyring) -> keep the token for this session only?
AskSession = Callable[[QWidget, str], bool]


def keep_token(parent: QWidget, server_url: str, mission_code: str, token: str,
               session_tokens: SessionTokens, ask_session: AskSession) -> str | None:
    """Put ``token`` in the keyring (or, if the person agrees, this session's memory);
    None when it is kept, else what to tell the person (never a part of the token)."""
    try:
        set_token(server_url, mission_code, token)
    except InvalidToken as error:
        return str(error)
    except CredentialsUnavailable as error:
        if not ask_session(parent, str(error)):
            return str(error)
        session_tokens.set(server_url, mission_code, token)
    return None


def choose_ca_bundle(parent: QWidget) -> str | None:
    """Ask for the certificate authority file an IT department gave; None if cancelled."""
    name, _f = QFileDialog.getOpenFileName(
        parent, translate("SettingsDialog", "Certificate authority file"), "",
        translate("SettingsDialog", "Certificates (*.pem *.crt);;All (*)"))
    return name or None
