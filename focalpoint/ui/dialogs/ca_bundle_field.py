"""The "Certificate authority file" row of the Settings and the Restore dialogs.

Why a widget of its own: both dialogs ask for the same optional file, and the question
was written twice, with a two-line label ("…(only if your IT department gave you one):")
that took half the dialog's width and cut the field's placeholder. Here the label is one
line and the "only if" guidance sits under the field as a hint, the Browse button never
becomes the dialog's default button (Enter in a field keeps pressing Restore or Save),
and both dialogs word it the same.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from focalpoint.ui.contrast import style_as_hint
from focalpoint.ui.dialogs.token_keeping import choose_ca_bundle


class CaBundleField(QWidget):
    """The file's path (``edit``), Browse… and the hint under them; ``label`` is the
    form's label for the row (its buddy is the path)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(text)
        self.edit.setPlaceholderText(self.tr("Usually left empty"))
        self.edit.setAccessibleName(self.tr("Certificate authority file"))
        self.edit.setToolTip(self.tr(
            "Only needed when your organisation checks secure connections with its own "
            "certificate authority: your IT department then gives you a .pem or .crt file."))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose a certificate authority file"))
        self.browse_button.setAutoDefault(False)  # Enter in a field is Restore / Save
        self.browse_button.clicked.connect(lambda _checked=False: self._browse())
        self.hint = QLabel(self.tr("Only if your IT department gave you one (a .pem or .crt "
                                   "file)."))
        style_as_hint(self.hint)
        self.label = QLabel(self.tr("&Certificate authority file:"))
        self.label.setBuddy(self.edit)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.hint)

    def text(self) -> str:
        """The path as entered, without surrounding spaces ("" for none)."""
        return self.edit.text().strip()

    def _browse(self) -> None:
        name = choose_ca_bundle(self)
        if name:
            self.edit.setText(name)
