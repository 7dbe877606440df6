"""The store's passphrase, asked at start where there is no system keyring.

Why a dialog of its own: the passphrase is the only way into an encrypted store on such a
machine, so a new one is typed twice, the dialog says plainly that it cannot be recovered,
and a wrong one is answered with a clear message and another try (the store file is never
touched by a wrong passphrase).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from focalpoint.storage import PassphraseRequest
from focalpoint.storage.encryption import MIN_PASSPHRASE


class PassphraseDialog(QDialog):
    def __init__(self, request: PassphraseRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        if request.new:
            self.setWindowTitle(self.tr("Protect the store with a passphrase"))
            text = self.tr(
                "This computer has no system keyring to keep the store's key, so FocalPoint "
                "encrypts the store with a passphrase. You will type it at every start. "
                "Choose one of at least %1 characters and keep it safe: nobody can recover "
                "the data if it is forgotten."
            ).replace("%1", str(MIN_PASSPHRASE))
        else:
            self.setWindowTitle(self.tr("Unlock the store"))
            text = self.tr("The store %1 is encrypted. Type its passphrase to open it.").replace(
                "%1", request.path.name
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        if request.new:
            form.addRow(self.tr("&Again:"), self.repeat)
        layout.addLayout(form)
        self.show_text = QCheckBox(self.tr("&Show what I type"))
        self.show_text.toggled.connect(self._show)
        layout.addWidget(self.show_text)
        self.error = QLabel(request.error and self.tr("Wrong passphrase: the store was not "
                                                      "changed. Try again."))
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        where = QLabel(self.tr("Store: %1").replace("%1", str(request.path)))
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(dark);")
        layout.addWidget(where)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create store") if request.new else self.tr("Unlock"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._validate)
        self.repeat.textChanged.connect(self._validate)
        self._validate()

    def value(self) -> str:
        return self.passphrase.text()

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _validate(self) -> None:
        text = self.passphrase.text()
        ok = bool(text)
        if self.request.new:
            ok = len(text) >= MIN_PASSPHRASE and text == self.repeat.text()
            if text and len(text) < MIN_PASSPHRASE:
                self.error.setText(self.tr("At least %1 characters.").replace(
                    "%1", str(MIN_PASSPHRASE)))
            elif self.repeat.text() and text != self.repeat.text():
                self.error.setText(self.tr("The two passphrases differ."))
            else:
                self.error.setText("")
        self.ok_button.setEnabled(ok)


def ask_passphrase(request: PassphraseRequest) -> str | None:
    """Show the dialog; the passphrase, or None when the person cancels."""
    dialog = PassphraseDialog(request)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value()
