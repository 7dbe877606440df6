"""Create or edit one activity: every field of :class:`focalpoint.domain.Activity`.

Why it behaves as it does: nothing is written until Save, and Save is one repository call
(one transaction, with its outbox row). The form is validated on every change by the same
domain code the store uses, so the messages next to the fields are exactly the reasons the
store would refuse the record; Save stays disabled while there are any. Messages appear
once a field has been touched, so a fresh form is not a wall of red. Closing with unsaved
changes asks first; the question is an injectable callable so tests can drive it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from focalpoint.domain import END_BEFORE_START, TITLE_MAX, Activity
from focalpoint.storage import Store
from focalpoint.ui.labels import choices
from focalpoint.ui.models.suggestion_model import SuggestionModel
from focalpoint.ui.store_writes import ready_to_write
from focalpoint.ui.tasks import TaskManager
from focalpoint.ui.validation_text import problem_text
from focalpoint.ui.widgets.date_edit import OptionalDateEdit
from focalpoint.ui.widgets.history_panel import HistoryPanel
from focalpoint.ui.widgets.record_table import Column, RecordTable
from focalpoint.ui.widgets.results_fields import ResultsFields
from focalpoint.ui.widgets.tag_edit import TagEdit
from focalpoint.ui.widgets.task_picker import TaskPicker
from focalpoint.ui.window_size import remember_dialog_size
from focalpoint.validation import NO_ENTRY, REQUIRED, InvalidRecord, Problem, validate_activity
from focalpoint.vocabularies import (
    ActivityStatus,
    ActivityType,
    FundingSource,
    Recurrence,
    TargetAudience,
    TraffickingForm,
)

translate = QCoreApplication.translate

#: "save", "discard" or "cancel"
UnsavedQuestion = Callable[[QWidget], str]
ERROR_STYLE = "color: #b3261e;"


def ask_unsaved(parent: QWidget) -> str:
    box = QMessageBox(QMessageBox.Icon.Question, translate("ActivityEditor", "Unsaved changes"),
                      translate("ActivityEditor", "This activity has changes that are not saved."),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard"}.get(
        QMessageBox.StandardButton(answer), "cancel")


def _root(field: str) -> str:
    return re.split(r"[.\[]", field, maxsplit=1)[0]


class ActivityEditor(QDialog):
    """``saved`` carries the id of the activity written to the store."""

    saved = Signal(str)

    def __init__(self, store: Store, activity: Activity | None = None,
                 parent: QWidget | None = None, *,
                 ask: UnsavedQuestion = ask_unsaved, tasks: TaskManager | None = None) -> None:
        super().__init__(parent)
        self.store = store
        #: Reads the completion lists in a worker (the window's); None reads them at once.
        self._tasks = tasks
        self._ask = ask
        self._activity_id = activity.id if activity is not None else None
        self._touched: set[str] = set()
        self._closed = False
        self._problems: list[Problem] = []
        self._errors: dict[str, QLabel] = {}
        self._names: dict[str, str] = {}
        self.setWindowTitle(self.tr("Edit activity") if activity else self.tr("New activity"))
        self.setModal(True)
        self._build()
        if activity is not None:
            self._load(activity)
        self._initial = self.data()
        self._validate()
        # Large where the screen allows, never past it: Save must stay on the screen.
        remember_dialog_size(self, "activity_editor", QSize(1180, 780))

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.pages = QTabWidget(self)
        self.pages.addTab(splitter, self.tr("Acti&vity"))
        self.history = HistoryPanel(self.store, self._activity_id)
        self.history.restored.connect(self._restored)
        self.pages.addTab(self.history, self.tr("&History"))
        self.pages.setTabEnabled(1, self._activity_id is not None)
        outer.addWidget(self.pages, 1)

        form_host = QWidget()
        self.grid = QGridLayout(form_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setVerticalSpacing(2)
        self._row = 0
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self._add("title", self.tr("&Title"), self.title)
        self.activity_type = QComboBox()
        for value, text in choices(ActivityType):
            self.activity_type.addItem(text, value)
        self.activity_type.setPlaceholderText(self.tr("Choose a type…"))
        self.activity_type.setCurrentIndex(-1)
        self._add("activity_type", self.tr("T&ype"), self.activity_type)
        self.status = QComboBox()
        for value, text in choices(ActivityStatus):
            self.status.addItem(text, value)
        self._add("status", self.tr("&Status"), self.status)
        self.recurrence = QComboBox()
        for value, text in choices(Recurrence):
            self.recurrence.addItem(text, value)
        self._add("recurrence", self.tr("&Recurrence"), self.recurrence)
        self.start_date = OptionalDateEdit()
        self._add("start_date", self.tr("Start &date"), self.start_date)
        self.end_date = OptionalDateEdit()
        self._add("end_date", self.tr("&End date"), self.end_date)
        self.locations = TagEdit(suggestions=self._suggestions("locations"),
                                 placeholder=self.tr("Add a place and press Enter"))
        self._add("locations", self.tr("&Locations"), self.locations)
        self.partners = TagEdit(suggestions=self._suggestions("partners"),
                                placeholder=self.tr("Add a partner and press Enter"))
        self._add("partners", self.tr("&Partners"), self.partners)
        self.audiences = TagEdit(choices=choices(TargetAudience),
                                 placeholder=self.tr("Add an audience, e.g. Police"))
        self._add("audiences", self.tr("&Audiences"), self.audiences)
        self.forms = TagEdit(choices=choices(TraffickingForm),
                             placeholder=self.tr("Add a form, e.g. Labour exploitation"))
        self._add("forms", self.tr("&Forms of trafficking"), self.forms)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        self.description.setMaximumHeight(150)
        self._add("description", self.tr("Descr&iption"), self.description)
        self.funding = RecordTable([
            Column("source", self.tr("Source"), choices(FundingSource), width=150),
            Column("donor", self.tr("Donor"), stretch=True,
                   suggestions=self._suggestions("donors")),
            Column("amount", self.tr("Amount"), width=110, number=True),
            Column("currency", self.tr("Currency"), default="EUR", width=80),
        ], add_text=self.tr("Add funding line"), remove_text=self.tr("Remove funding line"),
            name=self.tr("Funding"))
        self.funding.table.setMinimumHeight(90)
        self.funding.table.setMaximumHeight(130)
        self._add("funding", self.tr("F&unding"), self.funding)
        self.outcome = QPlainTextEdit()
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMinimumHeight(70)
        self.outcome.setMaximumHeight(120)
        self._add("outcome", self.tr("&Outcome"), self.outcome)
        self.results = ResultsFields()
        self.results.add_rows(self._add)
        self.grid.setRowStretch(self._row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        splitter.addWidget(scroll)

        tasks_host = QWidget()
        tasks_layout = QVBoxLayout(tasks_host)
        tasks_layout.setContentsMargins(6, 0, 0, 0)
        heading = QLabel(self.tr("<b>Action Plan tasks this activity implements</b>"))
        tasks_layout.addWidget(heading)
        self.tasks = TaskPicker(self.store.catalogue)
        tasks_layout.addWidget(self.tasks, 1)
        self._errors["task_codes"] = self._error_label()
        tasks_layout.addWidget(self._errors["task_codes"])
        self._names["task_codes"] = self.tr("Action Plan tasks")
        heading.setBuddy(self.tasks)
        splitter.addWidget(tasks_host)
        # The form gets the width it needs (no sideways scrolling); the task tree the rest.
        form_width = (form_host.minimumSizeHint().width() + 2 * scroll.frameWidth()
                      + scroll.verticalScrollBar().sizeHint().width())
        scroll.setMinimumWidth(form_width)
        splitter.setSizes([max(640, form_width), 540])
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setAccessibleName(self.tr("Problems to fix before saving"))
        outer.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)

        for name, signal in (
            ("title", self.title.textChanged),
            ("activity_type", self.activity_type.currentIndexChanged),
            ("status", self.status.currentIndexChanged),
            ("recurrence", self.recurrence.currentIndexChanged),
            ("start_date", self.start_date.changed), ("end_date", self.end_date.changed),
            ("locations", self.locations.changed), ("partners", self.partners.changed),
            ("audiences", self.audiences.changed), ("forms", self.forms.changed),
            ("description", self.description.textChanged), ("funding", self.funding.changed),
            ("outcome", self.outcome.textChanged), ("task_codes", self.tasks.changed),
            *self.results.signals(),
        ):
            signal.connect(lambda *_args, name=name: self._edited(name))
        self.end_date.changed.connect(lambda: self._touched.add("start_date"))
        for name, tag in (("locations", self.locations), ("partners", self.partners),
                          ("audiences", self.audiences), ("forms", self.forms)):
            tag.line.textChanged.connect(self._validate)
            tag.line.editingFinished.connect(lambda name=name: self._edited(name))
        self.setTabOrder(self.results.last_widget(), self.tasks)

    def _suggestions(self, field: str) -> SuggestionModel:
        return SuggestionModel(self.store, field, self, self._tasks)

    def _add(self, name: str, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        plain = text.replace("&", "")
        set_name = getattr(widget, "set_accessible_name", None)
        if set_name is not None:
            set_name(plain)
        else:
            widget.setAccessibleName(plain)
        self._names[name] = plain
        self.grid.addWidget(label, self._row, 0)
        self.grid.addWidget(widget, self._row, 1)
        error = self._error_label()
        self._errors[name] = error
        self.grid.addWidget(error, self._row + 1, 1)
        self._row += 2

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    # --- data ---------------------------------------------------------------------------

    def _load(self, activity: Activity) -> None:
        self.title.setText(activity.title)
        self.activity_type.setCurrentIndex(self.activity_type.findData(activity.activity_type.value))
        self.status.setCurrentIndex(self.status.findData(activity.status.value))
        self.recurrence.setCurrentIndex(self.recurrence.findData(activity.recurrence.value))
        self.start_date.set_value(activity.start_date)
        self.end_date.set_value(activity.end_date)
        self.locations.set_values(activity.locations)
        self.partners.set_values(activity.partners)
        self.audiences.set_values([a.value for a in activity.audiences])
        self.forms.set_values([f.value for f in activity.forms])
        self.description.setPlainText(activity.description)
        self.funding.set_records([line.model_dump(mode="json") for line in activity.funding])
        self.outcome.setPlainText(activity.outcome)
        self.tasks.set_codes(activity.task_codes)
        self.results.load(activity)

    def data(self) -> dict[str, Any]:
        """The form as the dict the domain model validates."""
        start, end = self.start_date.value(), self.end_date.value()
        data: dict[str, Any] = {
            "title": self.title.text(),
            "description": self.description.toPlainText(),
            "status": self.status.currentData(),
            "recurrence": self.recurrence.currentData(),
            "start_date": start.isoformat() if start else None,
            "end_date": end.isoformat() if end else None,
            "locations": self.locations.values(),
            "partners": self.partners.values(),
            "audiences": self.audiences.values(),
            "forms": self.forms.values(),
            "funding": self.funding.records(),
            "outcome": self.outcome.toPlainText(),
            "task_codes": self.tasks.codes(),
            **self.results.data(),
        }
        if self.activity_type.currentIndex() >= 0:
            data["activity_type"] = self.activity_type.currentData()
        if self._activity_id is not None:
            data["id"] = self._activity_id
        return data

    def is_dirty(self) -> bool:
        return self.data() != self._initial

    def problems(self) -> list[Problem]:
        return list(self._problems)

    # --- validation ---------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        self._validate()

    def _validate(self) -> None:
        if self._closed:
            return  # a tag box losing focus while the dialog is torn down
        problems: list[Problem] = []
        try:
            validate_activity(self.data(), self.store.catalogue)
        except InvalidRecord as invalid:
            problems = list(invalid.problems)
        start, end = self.start_date.value(), self.end_date.value()
        if start and end and end < start and not any(p.field == "end_date" for p in problems):
            # The model checks the order only once every field is valid; say it now.
            problems.append(Problem.of("end_date", END_BEFORE_START, end=end.isoformat(),
                                       start=start.isoformat()))
        for name, widget in (("audiences", self.audiences), ("forms", self.forms)):
            pending = widget.pending_text()
            if pending:
                problems.append(Problem(name, self.tr("“%1” is not one of the choices")
                                        .replace("%1", pending)))
        self._problems = problems
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(_root(problem.field) or "title", []).append(
                self._describe(problem))
        for name, label in self._errors.items():
            messages = by_field.get(name, [])
            visible = bool(messages) and name in self._touched
            label.setText("\n".join(messages))
            label.setVisible(visible)
        self.save_button.setEnabled(not problems)
        if problems:
            names = [self._names.get(name, name) for name in by_field]
            self.summary.setText(self.tr("To save, fix: %1").replace("%1", ", ".join(names)))
            self.save_button.setToolTip(self.summary.text())
        else:
            self.summary.setText("")
            self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        # A fresh form is not an error: the red line waits until the user touched a field
        # or tried to save (Save stays disabled meanwhile, its tooltip says why).
        self.summary.setVisible(bool(problems) and bool(self._touched))

    def _describe(self, problem: Problem) -> str:
        field, message = problem.field, problem_text(problem)
        if field == "task_codes" and problem.template == NO_ENTRY:
            return self.tr("Choose at least one Action Plan task.")
        match = re.match(r"funding\[(\d+)\]\.?(\w*)", field)
        if match:
            line = int(match.group(1)) + 1
            column = {c.key: c.header for c in self.funding.columns}.get(match.group(2), "")
            where = self.tr("Line %1").replace("%1", str(line))
            return f"{where}, {column.lower()}: {message}" if column else f"{where}: {message}"
        if field == "activity_type" and problem.template == REQUIRED:
            return self.tr("Choose the type of activity.")
        return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")

    # --- save / close ---------------------------------------------------------------------

    def save(self) -> bool:
        self._touched.update(self._errors)
        self._validate()
        if self._problems:
            return False
        reason = ready_to_write(self.store)
        if reason:  # nothing written; the form keeps what was typed
            self.summary.setText(reason)
            self.summary.show()
            return False
        try:
            activity = self.store.activities.save(self.data())
        except InvalidRecord as invalid:
            self._problems = list(invalid.problems)
            self.summary.setText("; ".join(
                f"{p.field}: {problem_text(p)}" if p.field else problem_text(p)
                for p in invalid.problems))
            self.summary.show()
            return False
        self._activity_id = activity.id
        self._initial = self.data()
        self.saved.emit(activity.id)
        self.accept()
        return True

    def _restored(self, activity: Activity) -> None:
        """A version restored in the History tab is already saved: show it, as saved."""
        self._load(activity)
        self._initial = self.data()
        self._validate()
        self.saved.emit(activity.id)

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    def reject(self) -> None:
        if self.is_dirty():
            answer = self._ask(self)
            if answer == "cancel" or (answer == "save" and not self.save()):
                return
            if answer == "save":
                return  # save() accepted the dialog
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def load_copy(self, original: Activity) -> None:
        """Fill a new-activity form with a copy of ``original`` (Duplicate): every field
        and task kept, the title marked "(copy)". Save creates a new activity with a new
        id; until then the form counts as unsaved, so closing it asks first."""
        self._activity_id = None
        self.setWindowTitle(self.tr("Duplicate of “%1”").replace("%1", original.title))
        title = self.tr("%1 (copy)").replace("%1", original.title)
        if len(title) > TITLE_MAX:
            marker = title.replace(original.title, "")
            title = original.title[:TITLE_MAX - len(marker)] + marker
        self._load(original.model_copy(update={"title": title}))
        self._touched.add("title")
        self._validate()
