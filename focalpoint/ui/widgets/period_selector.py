"""Choosing a reporting period: all dates, a questionnaire's period, a year, or custom.

Why one widget: the questionnaire reports on a period, so every view that counts activities
(Action Plan, Analysis) must be able to count the same period the same way. The choices
come from the store (questionnaire periods, years that have activities); the choice is
remembered under a settings key of the caller's choosing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from focalpoint.analysis import Period
from focalpoint.storage import Store

ALL = "all"
CUSTOM = "custom"


class PeriodSelector(QWidget):
    """``changed`` fires when the chosen period changes (custom dates included)."""

    changed = Signal()

    def __init__(self, store: Store, settings: QSettings | None = None, key: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.key = key
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("&Period:"), self)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Period"))
        self.label.setBuddy(self.combo)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit, name in ((self.start, self.tr("Period start")),
                           (self.end, self.tr("Period end"))):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(lambda _d: self.changed.emit())
            edit.hide()
        for widget in (self.label, self.combo, self.start, self.end):
            layout.addWidget(widget)
        self.fill()
        self._last = self.period()
        self.combo.currentIndexChanged.connect(self._chosen)

    def fill(self) -> None:
        """(Re)list the choices, keeping the current one (or the remembered one)."""
        self.combo.blockSignals(True)
        current = self.combo.currentData()
        self.combo.clear()
        self.combo.addItem(self.tr("All dates"), ALL)
        for response in self.store.responses.list():
            key = f"{response.period_start.isoformat()}:{response.period_end.isoformat()}"
            if self.combo.findData(key) < 0:
                self.combo.addItem(self.tr("Questionnaire %1").replace(
                    "%1", key.replace(":", " – ")), key)
        for year in reversed(self.store.activities.years()):
            key = f"{year}-01-01:{year}-12-31"
            if self.combo.findData(key) < 0:
                self.combo.addItem(str(year), key)
        self.combo.addItem(self.tr("Custom period…"), CUSTOM)
        saved = current or (self.settings.value(self.key, ALL)
                            if self.settings is not None and self.key else ALL)
        self.combo.setCurrentIndex(max(0, self.combo.findData(saved)))
        self._show_dates()
        self.combo.blockSignals(False)

    def _show_dates(self) -> None:
        custom = self.combo.currentData() == CUSTOM
        self.start.setVisible(custom)
        self.end.setVisible(custom)

    def _chosen(self) -> None:
        key = self.combo.currentData()
        if key == CUSTOM:
            # Start from the period chosen before (a year, a questionnaire's), so "Custom"
            # adjusts what was shown; from the current year if all dates were shown.
            before = self._last
            if before is None:
                today = date.today()
                before = Period(date(today.year, 1, 1), date(today.year, 12, 31))
            self.set_dates(before.start, before.end)
        elif self.settings is not None and self.key:
            self.settings.setValue(self.key, key)
        self._last = self.period()
        self._show_dates()
        self.changed.emit()

    def set_dates(self, start: date, end: date) -> None:
        """Custom dates, without a ``changed`` per field."""
        for edit, value in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)

    def is_valid(self) -> bool:
        """False for a custom period that ends before it starts."""
        return self.combo.currentData() != CUSTOM or self.start.date() <= self.end.date()

    def period(self) -> Period | None:
        """The chosen period; None for all dates (or an invalid custom period)."""
        key = self.combo.currentData()
        if key == CUSTOM:
            start, end = self.start.date().toPython(), self.end.date().toPython()
            assert isinstance(start, date) and isinstance(end, date)
            return Period(start, end) if start <= end else None
        if not key or key == ALL:
            return None
        first, last = str(key).split(":")
        return Period(date.fromisoformat(first), date.fromisoformat(last))
