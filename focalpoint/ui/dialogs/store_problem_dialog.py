"""What to do when the store cannot be opened: restore a backup, choose a file, or quit.

Why: a corrupt file or one written by a newer FocalPoint must never be overwritten and
never produce a traceback. The user gets the reason in words and three safe ways out; the
dialog only returns a choice, the caller (``app.py``) carries it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focalpoint.storage import (
    CorruptStoreError,
    KeyUnavailableError,
    NewerStoreError,
    NotAStoreError,
    StoreError,
    WrongKeyError,
)
from focalpoint.storage.encryption import KeyNotInKeyringError
from focalpoint.ui.window_size import remember_dialog_size


@dataclass(frozen=True)
class StoreChoice:
    action: str  # "restore", "open", "recovery" (enter the recovery key of path), "quit"
    path: Path | None = None


class StoreProblemDialog(QDialog):
    def __init__(self, store_path: Path, error: StoreError, backups: list[Path],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store_path = store_path
        self.choice = StoreChoice("quit")
        self.setWindowTitle(self.tr("FocalPoint cannot open the store"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if isinstance(error, NewerStoreError):
            headline = self.tr("This store was written by a newer version of FocalPoint.")
            advice = self.tr("Install the newer FocalPoint, or open another file. "
                             "The file has not been changed.")
        elif isinstance(error, WrongKeyError):
            headline = self.tr("The key kept in this computer's keyring does not open this "
                               "store.")
            advice = self.tr("The file is damaged, or its key was replaced. You can restore "
                             "a backup, or open another file. The file has not been changed.")
        elif isinstance(error, KeyNotInKeyringError):
            headline = self.tr("The key of this store is not in this computer's keyring.")
            advice = self.tr("The store was made on another computer (or its key was removed "
                             "from the keyring). Enter its recovery key, written down on that "
                             "computer, to open it here; or open another file. The file has "
                             "not been changed.")
        elif isinstance(error, KeyUnavailableError):
            headline = self.tr("The key of this encrypted store is not available.")
            advice = self.tr("An encrypted store opens only where its key is kept. Unlock the "
                             "system keyring and start again, or open another file. The file "
                             "has not been changed.")
        elif isinstance(error, CorruptStoreError):
            headline = self.tr("This store is damaged.")
            advice = self.tr("You can restore the latest automatic backup (the damaged file "
                             "is kept aside, not deleted), or open another file.")
        elif isinstance(error, NotAStoreError):
            headline = self.tr("This file is not a FocalPoint store.")
            advice = self.tr("Choose the right file. The file has not been changed.")
        else:
            headline = self.tr("The store could not be opened.")
            advice = self.tr("Check that the file exists and can be read, or open another.")
        title = QLabel(f"<b>{headline}</b>")
        title.setWordWrap(True)
        layout.addWidget(title)
        where = QLabel(self.tr("File: %1").replace("%1", str(store_path)))
        where.setWordWrap(True)
        layout.addWidget(where)
        self.reason = QLabel(str(error))
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        layout.addWidget(self.reason)
        advice_label = QLabel(advice)
        advice_label.setWordWrap(True)
        layout.addWidget(advice_label)

        self.backups = QComboBox()
        self.backups.setAccessibleName(self.tr("Backup to restore"))
        for backup in backups:
            self.backups.addItem(backup.name, str(backup))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Backup:")))
        row.addWidget(self.backups, 1)
        layout.addLayout(row)
        self.restore_button = QPushButton(self.tr("&Restore from backup"))
        self.restore_button.setEnabled(bool(backups) and not isinstance(error, NewerStoreError))
        if not backups:
            self.restore_button.setToolTip(self.tr("No automatic backup of this store exists."))
            self.backups.setEnabled(False)
        self.open_button = QPushButton(self.tr("&Choose another file…"))
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.recovery_button = QPushButton(self.tr("&Enter the recovery key…"))
        recoverable = isinstance(error, KeyNotInKeyringError)
        self.recovery_button.setDefault(recoverable)
        self.recovery_button.setAutoDefault(recoverable)  # hidden: never QDialog's default
        self.recovery_button.clicked.connect(self._recovery)
        layout.addWidget(self.recovery_button)
        self.recovery_button.setVisible(recoverable)  # once added
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self._restore)
        self.open_button.clicked.connect(self._choose)
        self.quit_button.clicked.connect(self.reject)
        remember_dialog_size(self, "store_problem", self.sizeHint())

    def _restore(self) -> None:
        path = self.backups.currentData()
        if path:
            self.choice = StoreChoice("restore", Path(path))
            self.accept()

    def _recovery(self) -> None:
        self.choice = StoreChoice("recovery", self.store_path)
        self.accept()

    def _choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a FocalPoint store"), str(self.store_path.parent),
            self.tr("FocalPoint stores (*.db);;All files (*)"))
        if name:
            self.choose_file(Path(name))

    def choose_file(self, path: Path) -> None:
        self.choice = StoreChoice("open", path)
        self.accept()

    def reject(self) -> None:
        self.choice = StoreChoice("quit")
        super().reject()
