"""Where the command line gets a store's passphrase: the environment or the terminal.

Never from argv: a command line is visible to every user of the machine (``ps``) and is
kept in shell histories. ``FOCALPOINT_PASSPHRASE`` serves scripts; on a terminal the
passphrase is typed without echo (``getpass``), twice for a new one.
"""

from __future__ import annotations

import getpass
import os
import sys

from focalpoint.storage import KeyUnavailableError, PassphraseRequest

ENV = "FOCALPOINT_PASSPHRASE"


def terminal_passphrase(request: PassphraseRequest) -> str | None:
    """The passphrase for ``request``, or None when the person gives none."""
    value = os.environ.get(ENV)
    if value:
        if request.error:  # the same wrong value again would loop forever
            raise KeyUnavailableError(f"{request.error} ({ENV} holds the wrong passphrase)")
        return value
    if not sys.stdin.isatty():
        raise KeyUnavailableError(
            f"{request.path} needs a passphrase: set {ENV} or run the command on a terminal"
        )
    if request.error:
        print(f"focalpoint: {request.error}", file=sys.stderr)
    if not request.new:
        return getpass.getpass(f"Passphrase for {request.path.name}: ") or None
    print(
        "There is no system keyring here: the store will be encrypted with a passphrase. "
        "Nobody can recover the data if it is forgotten.",
        file=sys.stderr,
    )
    first = getpass.getpass("New passphrase (at least 8 characters): ")
    if first != getpass.getpass("The same passphrase again: "):
        raise KeyUnavailableError("the two passphrases differ; nothing was created")
    return first or None
