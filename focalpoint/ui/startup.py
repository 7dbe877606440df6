"""Opening the store at start: first-run set-up, and safe ways out of a broken store.

Why separate from ``app.py``: this is where data is most at risk (a damaged file, one from
a newer FocalPoint), so it gets its own small, tested module. Nothing here ever overwrites
a store: restoring moves the old file aside (``restore_file``), and the dialogs are passed
in as callables so tests can answer them.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from focalpoint.demo import load_demo
from focalpoint.domain import MissionProfile
from focalpoint.paths import default_store_path
from focalpoint.storage import (
    PassphraseCancelled,
    PassphraseRequest,
    Store,
    StoreError,
    WrongKeyError,
    find_backups,
    restore_file,
)
from focalpoint.storage.conversion import encrypt_store
from focalpoint.storage.encryption import (
    AskPassphrase,
    KeyNotInKeyringError,
    keyring_usable,
    read_keyinfo,
)
from focalpoint.sync.credentials import SessionTokens
from focalpoint.ui.busy import run_asking, run_with_progress
from focalpoint.ui.dialogs.passphrase_dialog import ask_passphrase
from focalpoint.ui.dialogs.recovery_entry_dialog import enter_recovery_key
from focalpoint.ui.dialogs.restore_dialog import restore_mission
from focalpoint.ui.dialogs.setup_dialog import SetupChoice, SetupDialog
from focalpoint.ui.dialogs.store_problem_dialog import StoreChoice, StoreProblemDialog
from focalpoint.ui.import_activities import import_into
from focalpoint.ui.tasks import Job

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

AskSetup = Callable[[Path], "MissionProfile | SetupChoice | None"]
AskProblem = Callable[[Path, StoreError, list[Path]], StoreChoice]
ShowMessage = Callable[[str], None]
OfferEncryption = Callable[[Path], bool]
Encrypt = Callable[[Path, AskPassphrase], str | None]
#: Asks for the recovery key of a store or backup; True once its key is in the keyring.
Recover = Callable[[Path], bool]


def ask_setup(path: Path, settings: QSettings | None = None,
              set_language: Callable[[str], bool] | None = None,
              session_tokens: SessionTokens | None = None) -> SetupChoice | None:
    """The first-start dialog; ``session_tokens`` receives a restore's token where the
    machine has no keyring (the main window's sync uses the same object)."""
    dialog = SetupDialog(str(path), settings=settings, set_language=set_language,
                         restore_mission=lambda parent, target: restore_mission(
                             parent, target, session_tokens))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice


def import_in_background(store: Store, path: Path) -> str:
    """Import an activities file into the new store in a worker, with a progress dialog;
    returns what to tell the person (how many were imported, or why none was)."""
    count, error = _with_progress(translate("Startup", "Importing activities…"),
                                  lambda _job: import_into(store, path), "import activities")
    if error is not None:
        log.warning("importing %s failed: %s", path, error)
        return translate("Startup", "Nothing was imported: %1\n\nThe store was created "
                         "without activities.").replace("%1", error)
    return translate("Startup", "%1 activities imported from %2.").replace(
        "%1", str(count)).replace("%2", path.name)


def _with_progress(text: str, work: Callable[[Job], Any], name: str) -> tuple[Any, str | None]:
    """:func:`run_with_progress`, its error as a message (None when the work succeeded)."""
    try:
        return run_with_progress(text, work, name), None
    except Exception as error:  # reported to the person by the caller, in words
        return None, str(error)


def _check(store: Store, _job: Job) -> None:
    store.check_integrity()


def open_in_background(path: Path, passphrase: AskPassphrase, *, create: bool,
                       error: str = "", demo: bool = False,
                       defer_check: bool = False) -> Store:
    """:meth:`Store.open` (key derivation, integrity check, migrations) in a worker with a
    busy dialog, so the screen never freezes; the passphrase, if the key file wants one,
    is asked on the GUI thread. ``demo`` fills the new store with the demo mission there
    too; ``defer_check`` leaves the integrity check to the window (see
    :mod:`focalpoint.ui.integrity_check`). Raises what :meth:`Store.open` raises."""

    def work(_job: Job, ask: AskPassphrase) -> Store:
        store = Store.open(path, create=create, ask=ask, error=error, defer_check=defer_check)
        if demo:
            try:
                load_demo(store)
            except BaseException:
                store.close()
                raise
        return store

    text = (translate("Startup", "Creating the store…") if create
            else translate("Startup", "Opening and checking the store…"))
    return run_asking(text, work, passphrase, "open store")


def restore_in_background(backup: Path, target: Path, passphrase: AskPassphrase,
                          recover: Recover | None = None) -> Path | None:
    """:func:`restore_file` (which checks the backup's integrity first) in a worker; a
    backup whose key is not in this keyring is retried once ``recover`` brought it."""

    def work(_job: Job, ask: AskPassphrase) -> Path | None:
        return restore_file(backup, target, ask)

    text = translate("Startup", "Checking and restoring the backup…")
    try:
        return run_asking(text, work, passphrase, "restore backup")
    except KeyNotInKeyringError:
        if recover is None or not recover(backup):
            raise
    return run_asking(text, work, passphrase, "restore backup")


def ask_problem(path: Path, error: StoreError, backups: list[Path]) -> StoreChoice:
    dialog = StoreProblemDialog(path, error, backups)
    dialog.exec()
    return dialog.choice


def show_message(text: str) -> None:
    QMessageBox.warning(None, translate("Startup", "FocalPoint"), text)


def offer_encryption(path: Path) -> bool:
    """Ask whether to encrypt a plain (older) store now."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Startup", "The store is not encrypted"),
        translate(
            "Startup",
            "The store %1 was created by an older FocalPoint and is not encrypted: anyone "
            "who gets hold of this computer or the file can read the mission's activities, "
            "partners and plans.\n\nEncrypt it now? A copy is kept until the encrypted "
            "store has been checked.",
        ).replace("%1", path.name),
    )
    encrypt = box.addButton(translate("Startup", "&Encrypt now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Startup", "&Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(encrypt)
    box.exec()
    return box.clickedButton() is encrypt


def encrypt_in_background(path: Path, ask: AskPassphrase) -> str | None:
    """Encrypt the plain store at ``path`` in a worker while a progress dialog shows;
    returns an error message, or None on success.

    A new passphrase (no keyring) is asked here, on the GUI thread, before the work starts.
    """
    passphrase: str | None = None
    if not keyring_usable():
        passphrase = ask(PassphraseRequest(path, new=True))
        if passphrase is None:
            return translate("Startup", "no passphrase was given")
    _result, error = _with_progress(translate("Startup", "Encrypting the store…"),
                                    lambda _job: encrypt_store(path, lambda _r: passphrase),
                                    "encrypt store")
    if error is not None:
        log.warning("encrypting %s failed: %s", path, error)
    return error


def answered_once(answer: str, ask: AskPassphrase) -> AskPassphrase:
    """``ask``, except that the first question for an existing store gets ``answer`` (a
    passphrase the person chose a moment ago); a wrong one, or any later question, asks."""
    given = [answer]

    def passphrase(request: PassphraseRequest) -> str | None:
        if given and not request.new and not request.error:
            return given.pop()
        given.clear()
        return ask(request)
    return passphrase


def open_existing(path: Path, passphrase: AskPassphrase, defer_check: bool = False) -> Store:
    """Open an existing store; a wrong passphrase is asked again, saying it was wrong."""
    error = ""
    while True:
        try:
            return open_in_background(path, passphrase, create=False, error=error,
                                      defer_check=defer_check)
        except WrongKeyError as wrong:
            if read_keyinfo(path).source != "passphrase":
                raise
            log.info("wrong passphrase for %s", path)
            error = str(wrong)


def open_store_interactive(
    db_path: Path | None,
    *,
    setup: AskSetup = ask_setup,
    problem: AskProblem = ask_problem,
    message: ShowMessage = show_message,
    passphrase: AskPassphrase = ask_passphrase,
    offer_encrypt: OfferEncryption = offer_encryption,
    encrypt: Encrypt = encrypt_in_background,
    defer_check: bool = False,
    recover: Recover = enter_recovery_key,
) -> Store | None:
    """The store to work with, or None when the user chose to quit.

    ``defer_check``: an existing store that opening does not write is returned before its
    integrity check, which the window then runs in a worker (writes wait for it); a store
    that fails it comes back here without ``defer_check`` (``focalpoint.ui.app.run``),
    and the store-problem dialog below offers the backups.
    """
    path = Path(db_path) if db_path is not None else default_store_path()
    offered = False
    opening = passphrase  # how the next existing store is unlocked
    while True:
        if not path.exists():
            answer = setup(path)
            if answer is None:
                return None
            start = answer if isinstance(answer, SetupChoice) else SetupChoice("create", answer)
            if start.action in ("open", "restore") and start.path is not None:
                # An existing store, or the one just restored from the Secretariat: opened
                # (its key from the keyring or a passphrase, checked) below.
                if start.action == "restore":
                    log.info("restored store %s from the Secretariat", start.path)
                    if start.passphrase is not None:  # just chosen: not asked again
                        opening = answered_once(start.passphrase, passphrase)
                path = start.path
                continue
            try:
                store = open_in_background(path, passphrase, create=True,
                                           demo=start.action == "demo")
            except PassphraseCancelled:
                return None
            if start.action == "demo":
                log.info("created store %s with the demo mission", path)
                return store
            assert start.profile is not None
            store.mission.save(start.profile)
            log.info("created store %s for %s (encrypted)", path, start.profile.code)
            if start.action == "import" and start.path is not None:
                message(import_in_background(store, start.path))
            return store
        unlock, opening = opening, passphrase
        try:
            store = open_existing(path, unlock, defer_check)
        except PassphraseCancelled:
            return None
        except StoreError as error:
            log.warning("cannot open store %s: %s", path, error)
            choice = problem(path, error, find_backups(path))
            if choice.action == "quit" or choice.path is None:
                return None
            if choice.action == "recovery":  # its key in this keyring, the loop opens it
                if recover(choice.path):
                    log.info("recovery key of %s entered", choice.path)
                continue
            if choice.action == "restore":
                try:
                    kept = restore_in_background(choice.path, path, passphrase, recover)
                except (StoreError, OSError) as restore_error:
                    message(
                        translate("Startup", "The backup could not be restored: %1").replace(
                            "%1", str(restore_error)
                        )
                    )
                    continue
                log.info("restored %s from %s (previous file kept as %s)", path, choice.path, kept)
                message(
                    translate(
                        "Startup",
                        "The store was restored from %1. The damaged file was kept as %2.",
                    )
                    .replace("%1", choice.path.name)
                    .replace("%2", kept.name if kept else "—")
                )
            else:
                path = choice.path
            continue
        if not store.encrypted and not offered:
            offered = True
            if offer_encrypt(path):
                store.close()
                failure = encrypt(path, passphrase)
                if failure:
                    message(
                        translate(
                            "Startup", "The store could not be encrypted: %1. It was not changed."
                        ).replace("%1", failure)
                    )
                else:
                    log.info("encrypted store %s", path)
                continue
        if store.mission.get() is None:
            if store.integrity.pending:  # the set-up below writes: the check first
                _done, failure = _with_progress(
                    translate("Startup", "Opening and checking the store…"),
                    functools.partial(_check, store), "check store")
                if failure is not None:  # opened again, checked first: the problem dialog
                    store.close()
                    defer_check = False
                    continue
            answer = setup(path)
            profile = answer.profile if isinstance(answer, SetupChoice) else answer
            if profile is None:
                store.close()
                return None
            store.mission.save(profile)
        return store
