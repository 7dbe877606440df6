"""A date field that may be empty, with a calendar pop-up.

Why: ``QDateEdit`` cannot be empty, but an activity's end date often is. The usual Qt idiom
is used: the minimum date stands for "no date" and shows a special text; a clear button
sets it back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.setDate(NO_DATE)
        self._calendar_on_today()
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        layout.addWidget(self.edit, 1)
        clear = QToolButton(self)
        clear.setText("×")
        clear.setToolTip(self.tr("Clear the date"))
        clear.setAccessibleName(self.tr("Clear the date"))
        clear.clicked.connect(self.clear)
        layout.addWidget(clear)
        self.setFocusProxy(self.edit)

    def _calendar_on_today(self) -> None:
        """Open the popup on today without giving the edit today's date: the popup
        calendar's selection signal would otherwise set the date (Qt 6.11), and an empty
        date field would read back as today."""
        calendar = self.edit.calendarWidget()
        blocker = QSignalBlocker(calendar)
        calendar.setSelectedDate(QDate.currentDate())
        blocker.unblock()

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def value(self) -> date | None:
        current = self.edit.date()
        if current == NO_DATE:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | str | None) -> None:
        if isinstance(value, str):
            value = date.fromisoformat(value) if value else None
        if value is None:
            self.edit.setDate(NO_DATE)
            self._calendar_on_today()
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def clear(self) -> None:
        self.set_value(None)
