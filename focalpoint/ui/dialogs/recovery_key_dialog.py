"""File → Recovery key…: the store's key as a code to write down, with what it is for.

Why: the key of a normal store is kept only in this computer's keyring, and the store's
backups are encrypted with it; once the laptop is stolen or broken, a backup opens on a new
one only with this code. The dialog says so plainly, shows the code in a large, selectable
font, and offers Copy and Save to file… (written readable by its owner only, to print and
delete). A passphrase store has no code: the dialog says that its passphrase is its
recovery.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QHideEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focalpoint.storage import StoreError
from focalpoint.storage.private_files import write_private_text
from focalpoint.storage.recovery_key import PassphraseIsRecovery, lines, recovery_code
from focalpoint.ui.window_size import remember_dialog_size


class RecoveryKeyDialog(QDialog):
    def __init__(self, path: Path, key: bytes | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Recovery key"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.code = ""
        try:
            self.code = recovery_code(path, key)
        except PassphraseIsRecovery:
            text = self.tr(
                "This store is encrypted with a passphrase, not with a key kept in this "
                "computer's keyring: the passphrase is its recovery key, and there is "
                "nothing else to write down. The passphrase opens the store and its backups "
                "on any computer; without it nobody can open them. Keep it safe.")
        except StoreError:
            text = self.tr("This store is not encrypted: it has no key to write down.")
        else:
            text = self.tr(
                "The key of this store is kept in this computer's keyring, and its backups "
                "are encrypted with the same key. If this laptop is stolen or breaks, a "
                "backup opens on a new computer only with this recovery key.\n\n"
                "Write it down or print it, and keep it apart from the laptop and from the "
                "backups: whoever has both the key and a copy of the store can read it.")
        self.explanation = QLabel(text)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.code_label = QLabel("\n".join(lines(self.code)) if self.code else "")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code_label.setAccessibleName(self.tr("Recovery key"))
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")
        self.code_label.setVisible(bool(self.code))
        layout.addWidget(self.code_label)
        where = QLabel(self.tr("Store: %1").replace("%1", str(path)))
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(dark);")
        layout.addWidget(where)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.save_button = QPushButton(self.tr("&Save to file…"))
        for button in (self.copy_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setVisible(bool(self.code))  # after addButton, which shows it
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        remember_dialog_size(self, "recovery_key", self.sizeHint())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.status.setText(self.tr("Copied. Paste it where it is printed or written down, "
                                    "not into a file or a message kept on this laptop. The "
                                    "clipboard is cleared when this window closes."))

    def hideEvent(self, event: QHideEvent) -> None:
        """Closing the dialog (or the window under it) takes the key off the clipboard:
        left there, any program, or the next paste into a chat, gets it. Only if the
        clipboard still holds the key — something copied since is left alone. Minimizing
        (a spontaneous hide) keeps it."""
        if not event.spontaneous():
            clipboard = QGuiApplication.clipboard()
            if self.code and clipboard.text() == self.code:
                clipboard.clear()
        super().hideEvent(event)

    def file_text(self) -> str:
        """What Save to file… writes: the code and what it is, for the person who finds
        the paper printed from it."""
        return "\n".join([
            self.tr("FocalPoint recovery key of %1").replace("%1", self.path.name),
            "",
            *lines(self.code),
            "",
            self.tr("It opens this store and every backup of it on any computer "
                    "(File → Recovery key, or: focalpoint recovery-key enter). Print it, "
                    "keep the paper apart from the laptop, and delete this file."),
            "",
        ])

    def save(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"),
            str(Path.home() / f"{self.path.stem}-recovery-key.txt"),
            self.tr("Text files (*.txt)"))
        if not name:
            return None
        target = Path(name)
        try:
            write_private_text(target, self.file_text())
        except OSError as error:
            QMessageBox.warning(self, self.tr("Save the recovery key"),
                                self.tr("%1 cannot be written: %2").replace(
                                    "%1", str(target)).replace("%2", error.strerror or ""))
            return None
        self.status.setText(self.tr("Saved to %1 (readable by you only). Print it, then "
                                    "delete the file.").replace("%1", str(target)))
        return target
