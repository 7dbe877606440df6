"""The second row of activity filters: place, partner, donor and a date range.

Why free text with completion rather than drop-down lists: a store may hold hundreds of
partners; the boxes complete from the values already used (most used first) and match a
whole value ignoring case, the same rule as ``focalpoint activities list --partner``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from focalpoint.storage import ActivityFilter, Store
from focalpoint.ui.models.suggestion_model import SuggestionModel
from focalpoint.ui.tasks import TaskManager
from focalpoint.ui.widgets.date_edit import OptionalDateEdit


class ActivityFilters(QWidget):
    """``changed`` fires when a date changes or a text box's value is complete."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None,
                 tasks: TaskManager | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.models: list[SuggestionModel] = []
        self._last: tuple[str, ...] = ()
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self._reload)
        self.location = self._line(store, "locations", self.tr("Place"),
                                   self.tr("Filter by place"))
        self.partner = self._line(store, "partners", self.tr("Partner"),
                                  self.tr("Filter by partner"))
        self.donor = self._line(store, "donors", self.tr("Donor"), self.tr("Filter by donor"))
        for line in (self.location, self.partner, self.donor):
            layout.addWidget(line, 1)
        self.date_from = OptionalDateEdit(self)
        self.date_from.set_accessible_name(self.tr("Activities running on or after"))
        self.date_to = OptionalDateEdit(self)
        self.date_to.set_accessible_name(self.tr("Activities started on or before"))
        from_label = QLabel(self.tr("&From"), self)
        from_label.setBuddy(self.date_from)
        to_label = QLabel(self.tr("&to"), self)
        to_label.setBuddy(self.date_to)
        for widget in (from_label, self.date_from, to_label, self.date_to):
            layout.addWidget(widget)
        self.date_from.changed.connect(self.changed)
        self.date_to.changed.connect(self.changed)

    def _line(self, store: Store, field: str, placeholder: str, name: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setPlaceholderText(placeholder)
        line.setAccessibleName(name)
        line.setClearButtonEnabled(True)
        model = SuggestionModel(store, field, self, self._tasks)
        self.models.append(model)
        completer = QCompleter(model, line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        line.setCompleter(completer)
        # A whole value filters: applied on Enter, on leaving the box or on choosing a
        # suggestion, not at every keystroke (a half-typed name matches nothing).
        line.editingFinished.connect(self._edited)
        completer.activated.connect(lambda _text: self._edited(),
                                    Qt.ConnectionType.QueuedConnection)
        line.textChanged.connect(lambda text: self._edited() if not text else None)
        return line

    def _edited(self) -> None:
        applied = self._applied_texts()
        if applied != self._last:
            self._last = applied
            self.changed.emit()

    def _applied_texts(self) -> tuple[str, ...]:
        return tuple(line.text().strip() for line in self.findChildren(QLineEdit)
                     if line.completer() is not None)

    def refresh_suggestions(self) -> None:
        """Reload the suggestions once after a burst of changes (an import, a deletion)."""
        self._refresh.start()

    def _reload(self) -> None:
        for model in self.models:
            model.refresh()

    def apply(self, flt: ActivityFilter) -> ActivityFilter:
        """``flt`` with this row's conditions added."""
        start, end = self.date_from.value(), self.date_to.value()
        flt.location = self.location.text().strip()
        flt.partner = self.partner.text().strip()
        flt.donor = self.donor.text().strip()
        flt.date_from = start.isoformat() if start else ""
        flt.date_to = end.isoformat() if end else ""
        return flt

    def set_range(self, start: date | None, end: date | None) -> None:
        """Set both dates without a ``changed`` per field."""
        for edit, value in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.set_value(value)
            edit.blockSignals(False)

    def clear(self) -> None:
        """Empty every box without signals (the view applies the filter once)."""
        for line in (self.location, self.partner, self.donor):
            line.blockSignals(True)
            line.clear()
            line.blockSignals(False)
        self._last = self._applied_texts()
        self.set_range(None, None)

    def is_active(self) -> bool:
        return any(line.text().strip() for line in (self.location, self.partner, self.donor)) \
            or self.date_from.value() is not None or self.date_to.value() is not None
