"""Enter the recovery key: a store or backup whose key is not in this computer's keyring.

Why: on a new laptop (the old one stolen or broken) a backup cannot be opened, because its
key stayed in the old laptop's keyring. The person types the recovery key written down
back then; a typo is named by its group before anything is tried, the key is checked
against the file in a worker (opening an encrypted file is I/O, never on the GUI thread),
and only a key that opens the file is kept in this computer's keyring. A wrong one is said
in words and nothing is written; the dialog stays open for another try.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from focalpoint.storage import KeyUnavailableError, StoreError
from focalpoint.storage.recovery_key import (
    GROUPS,
    PREFIX,
    Entered,
    PassphraseIsRecovery,
    RecoveryCodeError,
    RecoveryKeyMismatch,
    enter_code,
)
from focalpoint.ui.busy import run_with_progress
from focalpoint.ui.window_size import remember_dialog_size


class RecoveryEntryDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.entered: Entered | None = None
        self.setWindowTitle(self.tr("Enter the recovery key"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The key of %1 is not in this computer's keyring: the store or backup was made "
            "on another computer. Type its recovery key (%2 and %3 groups of 5 characters, "
            "written down or printed from File → Recovery key… on that computer). "
            "FocalPoint checks that it opens the file, then keeps it in this computer's "
            "keyring.").replace("%1", path.name).replace("%2", f"{PREFIX}-")
            .replace("%3", str(GROUPS)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.code = QLineEdit()
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code.setPlaceholderText(f"{PREFIX}-XXXXX-XXXXX-…")
        self.code.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(self.code)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        where = QLabel(self.tr("File: %1").replace("%1", str(path)))
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(dark);")
        layout.addWidget(where)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Open with this key"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.code.textChanged.connect(self._edited)
        remember_dialog_size(self, "recovery_entry", self.sizeHint())

    def _edited(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))
        self.error.setText("")

    def check(self) -> None:
        """Check the key against the file (in a worker) and keep it; stays open, saying
        why, when it does not fit."""
        code = self.code.text()
        try:
            self.entered = run_with_progress(
                self.tr("Checking the recovery key against the file…"),
                lambda _job: enter_code(self.path, code), "enter recovery key")
        except (StoreError, ValueError, OSError) as error:
            self.error.setText(self.message(error))
            self.code.setFocus()
            return
        self.accept()

    def message(self, error: BaseException) -> str:
        """What went wrong, in the interface's language."""
        if isinstance(error, RecoveryCodeError):
            group = str(error.group)
            texts = {
                "empty": self.tr("Type the recovery key."),
                "version": self.tr("This recovery key does not start with %1: it was made "
                                   "by a newer FocalPoint.").replace("%1", f"{PREFIX}-"),
                "groups": self.tr("A recovery key has %1 groups of 5 characters after %2; "
                                  "check that none is missing or repeated.")
                .replace("%1", str(GROUPS)).replace("%2", f"{PREFIX}-"),
                "length": self.tr("Group %1 must have 5 characters.").replace("%1", group),
                "character": self.tr("Group %1 holds a character that recovery keys do not "
                                     "use (they use digits and letters except I, L, O, U)."
                                     ).replace("%1", group),
                "group": self.tr("Group %1 is wrong: check it against the written key.")
                .replace("%1", group),
                "checksum": self.tr("The key has a mistake that no single group shows: check "
                                    "every group against the written key."),
            }
            return texts[error.reason]
        if isinstance(error, RecoveryKeyMismatch):
            return self.tr("This recovery key does not open %1: it is the key of another "
                           "store, or the file is damaged. Nothing was written.").replace(
                               "%1", self.path.name)
        if isinstance(error, PassphraseIsRecovery):
            return self.tr("This store is encrypted with a passphrase: type its passphrase "
                           "instead (it needs no recovery key).")
        if isinstance(error, KeyUnavailableError):
            return self.tr("The system keyring is not available, so the key cannot be kept "
                           "on this computer. Unlock the keyring and try again. (%1)").replace(
                               "%1", str(error))
        return self.tr("The recovery key could not be entered: %1").replace("%1", str(error))


def enter_recovery_key(path: Path, parent: QWidget | None = None) -> bool:
    """Ask for the recovery key of the store or backup at ``path``; True once its key is in
    this computer's keyring (the file can then be opened)."""
    dialog = RecoveryEntryDialog(path, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
