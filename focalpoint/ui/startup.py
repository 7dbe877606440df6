"""Opening the store at start: first-run set-up, and safe ways out of a broken store.

Why separate from ``app.py``: this is where data is most at risk (a damaged file, one from
a newer FocalPoint), so it gets its own small, tested module. Nothing here ever overwrites
a store: restoring moves the old file aside (``restore_file``), and the dialogs are passed
in as callables so tests can answer them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from focalpoint.domain import MissionProfile
from focalpoint.paths import default_store_path
from focalpoint.storage import Store, StoreError, find_backups, restore_file
from focalpoint.ui.dialogs.setup_dialog import SetupDialog
from focalpoint.ui.dialogs.store_problem_dialog import StoreChoice, StoreProblemDialog

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

AskSetup = Callable[[Path], MissionProfile | None]
AskProblem = Callable[[Path, StoreError, list[Path]], StoreChoice]
ShowMessage = Callable[[str], None]


def ask_setup(path: Path) -> MissionProfile | None:
    dialog = SetupDialog(str(path))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.profile


def ask_problem(path: Path, error: StoreError, backups: list[Path]) -> StoreChoice:
    dialog = StoreProblemDialog(path, error, backups)
    dialog.exec()
    return dialog.choice


def show_message(text: str) -> None:
    QMessageBox.warning(None, translate("Startup", "FocalPoint"), text)


def open_store_interactive(
    db_path: Path | None,
    *,
    setup: AskSetup = ask_setup,
    problem: AskProblem = ask_problem,
    message: ShowMessage = show_message,
) -> Store | None:
    """The store to work with, or None when the user chose to quit."""
    path = Path(db_path) if db_path is not None else default_store_path()
    while True:
        if not path.exists():
            profile = setup(path)
            if profile is None:
                return None
            store = Store.open(path, create=True)
            store.mission.save(profile)
            log.info("created store %s for %s", path, profile.code)
            return store
        try:
            store = Store.open(path, create=False)
        except StoreError as error:
            log.warning("cannot open store %s: %s", path, error)
            choice = problem(path, error, find_backups(path))
            if choice.action == "quit" or choice.path is None:
                return None
            if choice.action == "restore":
                try:
                    kept = restore_file(choice.path, path)
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
        if store.mission.get() is None:
            profile = setup(path)
            if profile is None:
                store.close()
                return None
            store.mission.save(profile)
        return store
