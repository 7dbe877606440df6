"""Tag-like entry of several values (partners, locations, audiences, forms of trafficking).

Why: a comma-separated text field loses structure ("Ministry of Labour, Social Affairs").
Each value here is a chip with its own remove button; typing and Enter (or choosing from
the completer) adds one. With ``choices`` the widget only accepts values of a controlled
vocabulary (stored as slugs, shown as translated labels).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from focalpoint.ui.widgets.flow_layout import FlowLayout


class _Chip(QFrame):
    removed = Signal(str)

    def __init__(self, value: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setObjectName("tagChip")
        self.setStyleSheet(
            "#tagChip { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 9px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        label = QLabel(text, self)
        layout.addWidget(label)
        button = QToolButton(self)
        button.setText("×")
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setToolTip(self.tr("Remove %1").replace("%1", text))
        button.setAccessibleName(self.tr("Remove %1").replace("%1", text))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.removed.emit(self.value))
        layout.addWidget(button)


class TagEdit(QWidget):
    """Several values as chips plus a line edit; ``changed`` fires on every add/remove."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        choices: Sequence[tuple[str, str]] | None = None,
        suggestions: Sequence[str] | QAbstractItemModel = (),
        placeholder: str = "",
    ) -> None:
        super().__init__(parent)
        self._choices = dict(choices) if choices is not None else None
        self._by_label = {label.casefold(): value for value, label in (choices or [])}
        self._values: list[str] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(3)
        self._chips_host = QWidget(self)
        self._flow = FlowLayout(self._chips_host)
        outer.addWidget(self._chips_host)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder or self.tr("Type and press Enter to add"))
        outer.addWidget(self.line)
        if isinstance(suggestions, QAbstractItemModel):
            # Values already in the store, most used first (the model's order is kept).
            completer = QCompleter(suggestions, self)
        else:
            words = ([label for _value, label in choices] if choices is not None
                     else list(suggestions))
            completer = QCompleter(words, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.line.setCompleter(completer)
        # Queued: QLineEdit puts the chosen completion into the box after ``activated``
        # (partly through posted events); adding the chip afterwards clears the box for
        # good, instead of leaving the text to be glued to the next value.
        completer.activated.connect(self._add_text, Qt.ConnectionType.QueuedConnection)
        self.line.installEventFilter(self)
        self.setFocusProxy(self.line)
        self._chips_host.setVisible(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter adds the typed value and must not reach the dialog (it would press Save).
        if (watched is self.line and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.line.text().strip()):
            self._add_text(self.line.text())
            return True
        return super().eventFilter(watched, event)

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)
        self.line.setAccessibleName(name)

    def values(self) -> list[str]:
        """Values in the order added; text still in the line counts as a value too."""
        pending = self._resolve(self.line.text())
        if pending and pending not in self._values:
            return [*self._values, pending]
        return list(self._values)

    def pending_text(self) -> str:
        """Text typed but not yet a value (unknown in a controlled vocabulary)."""
        text = self.line.text().strip()
        return text if text and self._resolve(text) is None else ""

    def set_values(self, values: Sequence[str]) -> None:
        self._values = []
        for value in values:
            if value not in self._values:
                self._values.append(value)
        self.line.clear()
        self._rebuild()

    def add(self, value: str) -> bool:
        if not value or value in self._values:
            return False
        self._values.append(value)
        self._rebuild()
        self.changed.emit()
        return True

    def remove(self, value: str) -> None:
        if value in self._values:
            self._values.remove(value)
            self._rebuild()
            self.changed.emit()

    def _resolve(self, text: str) -> str | None:
        text = text.strip()
        if not text:
            return None
        if self._choices is None:
            return text
        if text in self._choices:
            return text
        return self._by_label.get(text.casefold())

    def _add_text(self, text: str) -> None:
        value = self._resolve(text)
        if value is None:
            if text.strip():
                self.changed.emit()  # let the owner show "not one of the choices"
            return
        self.line.clear()
        if not self.add(value):
            self.changed.emit()

    def _rebuild(self) -> None:
        while self._flow.count():
            item = self._flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for value in self._values:
            text = self._choices.get(value, value) if self._choices is not None else value
            chip = _Chip(value, text, self._chips_host)
            chip.removed.connect(self.remove)
            self._flow.addWidget(chip)
        self._chips_host.setVisible(bool(self._values))
        self._chips_host.updateGeometry()
