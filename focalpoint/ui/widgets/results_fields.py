"""The editor's fields for an activity's results (2006 report, recommendation 8).

Why a module of its own: people reached, outcome indicators, evaluation and the three
sustainability factors are one group the analysis reads; keeping them here leaves the
activity editor a few lines of wiring (``add_rows``, ``signals``, ``load``, ``data``).
Every widget returns plain values and all checking stays in :mod:`focalpoint.domain`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from focalpoint.domain import COUNT_MAX, Activity
from focalpoint.ui.labels import choices
from focalpoint.ui.widgets.date_edit import OptionalDateEdit
from focalpoint.ui.widgets.record_table import Column, RecordTable
from focalpoint.vocabularies import EvaluationKind, Rating

translate = QCoreApplication.translate
PEOPLE_PARTS = ("total", "women", "men", "not_recorded")


class CountEdit(QSpinBox):
    """A whole number or nothing: the lowest position reads "—" and means not recorded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, COUNT_MAX)
        self.setSpecialValueText("—")
        self.setValue(-1)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000000") + 28)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000000") + 28)

    def count(self) -> int | None:
        return None if self.value() < 0 else self.value()

    def set_count(self, value: int | None) -> None:
        self.setValue(-1 if value is None else value)


class PeopleReachedEdit(QWidget):
    """The total on the first line, its sex split on the second (narrow enough for the
    editor's form column)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        names = {"total": translate("ResultsFields", "Total"),
                 "women": translate("ResultsFields", "Women"),
                 "men": translate("ResultsFields", "Men"),
                 "not_recorded": translate("ResultsFields", "Not recorded")}
        places = {"total": (0, 0), "women": (1, 0), "men": (1, 2), "not_recorded": (1, 4)}
        self.parts: dict[str, CountEdit] = {}
        for key in PEOPLE_PARTS:
            edit = CountEdit(self)
            edit.setAccessibleName(names[key])
            edit.setToolTip(translate("ResultsFields",
                                      "Lowest value (—) means not recorded"))
            label = QLabel(names[key], self)
            label.setBuddy(edit)
            row, column = places[key]
            grid.addWidget(label, row, column)
            grid.addWidget(edit, row, column + 1)
            edit.valueChanged.connect(self.changed)
            self.parts[key] = edit
        grid.setColumnStretch(6, 1)

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)

    def value(self) -> dict[str, int | None]:
        return {key: edit.count() for key, edit in self.parts.items()}

    def set_value(self, values: dict[str, Any]) -> None:
        for key, edit in self.parts.items():
            edit.set_count(values.get(key))


class EvaluationEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox(self)
        for value, text in choices(EvaluationKind):
            self.kind.addItem(text, value)
        self.kind.setAccessibleName(translate("ResultsFields", "Evaluation"))
        self.date = OptionalDateEdit(self)
        self.date.set_accessible_name(translate("ResultsFields", "Evaluation date"))
        self.finding = QLineEdit(self)
        self.finding.setMaxLength(20_000)
        self.finding.setPlaceholderText(translate("ResultsFields", "Main finding"))
        self.finding.setAccessibleName(translate("ResultsFields", "Main finding"))
        layout.addWidget(self.kind)
        layout.addWidget(self.date)
        layout.addWidget(self.finding, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.date.changed.connect(self.changed)
        self.finding.textChanged.connect(self.changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        evaluated = self.kind.currentData() != EvaluationKind.NONE.value
        # Keep what was typed visible when switching back to "none" so the problem shows.
        self.date.setEnabled(evaluated or self.date.value() is not None)
        self.finding.setEnabled(evaluated or bool(self.finding.text()))
        self.changed.emit()

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)

    def value(self) -> dict[str, Any]:
        day = self.date.value()
        return {"kind": self.kind.currentData(), "date": day.isoformat() if day else None,
                "finding": self.finding.text()}

    def set_value(self, values: dict[str, Any]) -> None:
        self.date.set_value(values.get("date"))
        self.finding.setText(values.get("finding") or "")
        self.finding.setCursorPosition(0)  # show the start of a long finding
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("kind", "none"))))
        self._kind_changed()


class SustainabilityEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(2, 1)
        names = {
            "adequacy": translate("ResultsFields", "Adequacy to needs"),
            "national_ownership": translate("ResultsFields", "National ownership"),
            "infrastructure": translate("ResultsFields", "Infrastructure after donor funding"),
        }
        self.ratings: dict[str, QComboBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        for row, (key, name) in enumerate(names.items()):
            rating = QComboBox(self)
            for value, text in choices(Rating):
                rating.addItem(text, value)
            rating.setCurrentIndex(rating.findData(Rating.UNKNOWN.value))
            rating.setAccessibleName(name)
            note = QLineEdit(self)
            note.setMaxLength(20_000)
            note.setPlaceholderText(translate("ResultsFields", "Note"))
            note.setAccessibleName(translate("ResultsFields", "%1: note").replace("%1", name))
            label = QLabel(name, self)
            label.setBuddy(rating)
            # Long in some languages ("Инфраструктура после донорского финансирования"):
            # wrap rather than squeeze the note.
            label.setWordWrap(True)
            label.setMaximumWidth(label.fontMetrics().horizontalAdvance("x" * 24))
            note.setMinimumWidth(note.fontMetrics().horizontalAdvance("x" * 16))
            grid.addWidget(label, row, 0)
            grid.addWidget(rating, row, 1)
            grid.addWidget(note, row, 2)
            rating.currentIndexChanged.connect(self.changed)
            note.textChanged.connect(self.changed)
            self.ratings[key], self.notes[key] = rating, note

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)

    def value(self) -> dict[str, dict[str, str]]:
        return {key: {"rating": self.ratings[key].currentData(), "note": self.notes[key].text()}
                for key in self.ratings}

    def set_value(self, values: dict[str, Any]) -> None:
        for key, rating in self.ratings.items():
            factor = values.get(key) or {}
            rating.setCurrentIndex(rating.findData(factor.get("rating", Rating.UNKNOWN.value)))
            self.notes[key].setText(factor.get("note", ""))
            self.notes[key].setCursorPosition(0)


AddRow = Callable[[str, str, QWidget], None]


class ResultsFields:
    """The four results widgets and how the editor wires them (one call per step)."""

    def __init__(self) -> None:
        self.people = PeopleReachedEdit()
        self.indicators = RecordTable([
            Column("name", translate("ResultsFields", "Indicator"), stretch=True),
            Column("value", translate("ResultsFields", "Number"), width=110),
        ], add_text=translate("ResultsFields", "Add indicator"),
            remove_text=translate("ResultsFields", "Remove indicator"),
            name=translate("ResultsFields", "Outcome indicators"))
        self.indicators.table.setMinimumHeight(80)
        self.indicators.table.setMaximumHeight(120)
        self.evaluation = EvaluationEdit()
        self.sustainability = SustainabilityEdit()

    def add_rows(self, add: AddRow) -> None:
        add("people_reached", translate("ResultsFields", "People reac&hed"), self.people)
        add("outcome_indicators", translate("ResultsFields", "Outcome i&ndicators"),
            self.indicators)
        add("evaluation", translate("ResultsFields", "E&valuation"), self.evaluation)
        add("sustainability", translate("ResultsFields", "Sustaina&bility"),
            self.sustainability)

    def last_widget(self) -> QWidget:
        """The last field in tab order (the editor continues with the task picker)."""
        return self.sustainability.notes["infrastructure"]

    def signals(self) -> list[tuple[str, SignalInstance]]:
        return [("people_reached", self.people.changed),
                ("outcome_indicators", self.indicators.changed),
                ("evaluation", self.evaluation.changed),
                ("sustainability", self.sustainability.changed)]

    def load(self, activity: Activity) -> None:
        data = activity.model_dump(mode="json")
        self.people.set_value(data["people_reached"])
        self.indicators.set_records([{"name": i["name"], "value": str(i["value"])}
                                     for i in data["outcome_indicators"]])
        self.evaluation.set_value(data["evaluation"])
        self.sustainability.set_value(data["sustainability"])

    def data(self) -> dict[str, Any]:
        return {"people_reached": self.people.value(),
                "outcome_indicators": self.indicators.records(),
                "evaluation": self.evaluation.value(),
                "sustainability": self.sustainability.value()}
