"""The two parts of the questionnaire as editing widgets.

Why separate from the view: the view owns the response, autosave and the actions (export,
submit); these widgets only turn the response into fields and back, so each stays small.
Part 1 is the narrative and the resource tables; Part 2 is one entry per Action Plan task
with the period's mapped activities listed read-only beside it.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from focalpoint import questionnaire_text as words
from focalpoint.catalogue import Catalogue
from focalpoint.domain import (
    BudgetLine,
    MissionProfile,
    QuestionnaireResponse,
    StaffPost,
    TaskEntry,
)
from focalpoint.report.content import is_applicable
from focalpoint.resource_totals import budget_totals, staff_totals
from focalpoint.ui.contrast import style_as_hint
from focalpoint.ui.labels import choices, label, label_for
from focalpoint.ui.widgets.record_table import Column, RecordTable
from focalpoint.ui.widgets.totals_table import TotalsTable
from focalpoint.vocabularies import FundingSource, ImplementationStatus

GAP = QColor("#b3261e")
translate = QCoreApplication.translate
Line = TypeVar("Line", StaffPost, BudgetLine)


def _valid(model: type[Line], records: list[dict[str, Any]]) -> list[Line]:
    lines = []
    for record in records:
        try:
            lines.append(model.model_validate(record))
        except ValidationError:
            continue
    return lines


def _text_edit(name: str, height: int = 110) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class PartOneWidget(QScrollArea):
    """Respondent, goal setting, priorities, resources narrative, staff and budget tables."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        host = QWidget()
        layout = QVBoxLayout(host)
        who = QFormLayout()
        self.respondent_name = QLineEdit()
        self.respondent_name.setAccessibleName(self.tr("Respondent name"))
        self.respondent_post = QLineEdit()
        self.respondent_post.setAccessibleName(self.tr("Respondent post"))
        who.addRow(self.tr("Respondent &name:"), self.respondent_name)
        who.addRow(self.tr("Respondent &post:"), self.respondent_post)
        layout.addLayout(who)
        # Titles and guidance are the PDF's own (focalpoint.questionnaire_text), translated.
        self.goal_setting = _text_edit(self.tr("Goal setting"))
        self.priorities = _text_edit(self.tr("Priorities"))
        self.resources = _text_edit(self.tr("Resources"))
        edits = {"goal_setting": self.goal_setting, "priorities": self.priorities,
                 "resources": self.resources}
        self.guidance: list[QLabel] = []
        for question in words.NARRATIVE:
            edit = edits[question.field]
            box = QGroupBox(translate(words.CONTEXT, question.title))
            box_layout = QVBoxLayout(box)
            hint_label = QLabel(translate(words.CONTEXT, question.guidance))
            style_as_hint(hint_label)
            hint_label.setBuddy(edit)
            self.guidance.append(hint_label)
            box_layout.addWidget(hint_label)
            box_layout.addWidget(edit)
            layout.addWidget(box)
        sources = choices(FundingSource)
        self.staff_posts = RecordTable([
            Column("year", self.tr("Year"), width=70),
            Column("source", self.tr("Source"), sources, width=150),
            Column("post", self.tr("Post"), stretch=True),
            Column("count", self.tr("Posts"), default="1", width=70, number=True),
        ], add_text=self.tr("Add staff post"), remove_text=self.tr("Remove staff post"),
            name=self.tr("Staff posts"), fit_rows=True)
        self.budget_lines = RecordTable([
            Column("year", self.tr("Year"), width=70),
            Column("source", self.tr("Source"), sources, width=150),
            Column("description", self.tr("Description"), stretch=True),
            Column("amount", self.tr("Amount"), width=110, number=True),
            Column("currency", self.tr("Currency"), default="EUR", width=80),
        ], add_text=self.tr("Add budget line"), remove_text=self.tr("Remove budget line"),
            name=self.tr("Budget lines"), fit_rows=True)
        self.staff_totals = TotalsTable(words.STAFF_TOTALS_TITLE, words.NO_STAFF_POSTS)
        self.budget_totals = TotalsTable(words.BUDGET_TOTALS_TITLE, words.NO_BUDGET_LINES)
        for title, table, totals in (
                (words.STAFF_TITLE, self.staff_posts, self.staff_totals),
                (words.BUDGET_TITLE, self.budget_lines, self.budget_totals)):
            box = QGroupBox(translate(words.CONTEXT, title))
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(table)
            box_layout.addWidget(totals)
            layout.addWidget(box)
        layout.addStretch(1)
        self.staff_posts.changed.connect(self._update_totals)
        self.budget_lines.changed.connect(self._update_totals)
        self._update_totals()
        self.setWidget(host)
        for line in (self.respondent_name, self.respondent_post):
            line.textChanged.connect(lambda _t: self.changed.emit())
        for text in (self.goal_setting, self.priorities, self.resources):
            text.textChanged.connect(self.changed.emit)
        self.staff_posts.changed.connect(self.changed.emit)
        self.budget_lines.changed.connect(self.changed.emit)

    def _update_totals(self) -> None:
        """Totals of the lines that are valid so far (a line being typed is left out)."""
        posts = _valid(StaffPost, self.staff_posts.records())
        self.staff_totals.set_rows(staff_totals(posts), [], 0)
        by_year, overall = budget_totals(_valid(BudgetLine, self.budget_lines.records()))
        self.budget_totals.set_rows(by_year, overall, 2)

    def load(self, response: QuestionnaireResponse) -> None:
        data = response.model_dump(mode="json")
        for name in ("respondent_name", "respondent_post"):
            getattr(self, name).setText(data[name])
        for name in ("goal_setting", "priorities", "resources"):
            getattr(self, name).setPlainText(data[name])
        self.staff_posts.set_records(data["staff_posts"])
        self.budget_lines.set_records(data["budget_lines"])
        self._update_totals()  # also when a table is empty (no row, no changed signal)

    def values(self) -> dict[str, Any]:
        return {
            "respondent_name": self.respondent_name.text(),
            "respondent_post": self.respondent_post.text(),
            "goal_setting": self.goal_setting.toPlainText(),
            "priorities": self.priorities.toPlainText(),
            "resources": self.resources.toPlainText(),
            "staff_posts": self.staff_posts.records(),
            "budget_lines": self.budget_lines.records(),
        }

    def set_read_only(self, read_only: bool) -> None:
        for line in (self.respondent_name, self.respondent_post):
            line.setReadOnly(read_only)
        for text in (self.goal_setting, self.priorities, self.resources):
            text.setReadOnly(read_only)
        self.staff_posts.set_read_only(read_only)
        self.budget_lines.set_read_only(read_only)


class PartTwoWidget(QSplitter):
    """Task by task: status, implementation comment and challenges; activities beside."""

    changed = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.catalogue = catalogue
        self._entries: dict[str, dict[str, Any]] = {}
        self._activities: dict[str, list[tuple[str, str, str]]] = {}
        self._counts: dict[str, int] = {}
        self._current: str | None = None
        self._loading = False
        self._mission: MissionProfile | None = None
        tasks_host = QWidget(self)
        tasks_layout = QVBoxLayout(tasks_host)
        tasks_layout.setContentsMargins(0, 0, 0, 0)
        self.unanswered_label = QLabel(tasks_host)
        self.unanswered_label.setWordWrap(True)
        self.unanswered_label.setAccessibleName(self.tr("Tasks without an answer"))
        tasks_layout.addWidget(self.unanswered_label)
        self.tasks = QTreeWidget(tasks_host)
        tasks_layout.addWidget(self.tasks, 1)
        self.tasks.setColumnCount(3)
        self.tasks.setHeaderLabels([self.tr("Task"), self.tr("Status"), self.tr("Activities")])
        self.tasks.setRootIsDecorated(False)
        self.tasks.setAccessibleName(self.tr("Action Plan tasks of the questionnaire"))
        header = self.tasks.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self._items: dict[str, QTreeWidgetItem] = {}
        for task in catalogue.tasks():
            section = catalogue.section_of(task.code)
            item = QTreeWidgetItem([f"{task.code}  {section.title}", "", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, task.code)
            item.setToolTip(0, task.text)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tasks.addTopLevelItem(item)
            self._items[task.code] = item
        self.tasks.currentItemChanged.connect(self._task_changed)

        editor = QWidget(self)
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(8, 0, 0, 0)
        self.task_title = QLabel()
        self.task_title.setWordWrap(True)
        self.task_text = QLabel()
        self.task_text.setWordWrap(True)
        self.task_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.task_title)
        layout.addWidget(self.task_text)
        form = QFormLayout()
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Implementation status"))
        for value, text in choices(ImplementationStatus):
            self.status.addItem(text, value)
        # No status chosen yet: the task is unanswered, in the PDF's words.
        self.status.setPlaceholderText(translate(words.CONTEXT, words.NO_ANSWER))
        form.addRow(self.tr("Implementation &status:"), self.status)
        layout.addLayout(form)
        self.comment = _text_edit(self.tr("Implementation comment"), 120)
        self.challenges = _text_edit(self.tr("Challenges"), 80)
        for title, edit in ((self.tr("How the mission implemented this task"), self.comment),
                            (self.tr("Challenges"), self.challenges)):
            heading = QLabel(f"<b>{title}</b>")
            heading.setBuddy(edit)
            layout.addWidget(heading)
            layout.addWidget(edit, 2 if edit is self.comment else 1)
        self.review_note = QLabel()
        self.review_note.setWordWrap(True)
        self.review_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review_note.setAccessibleName(self.tr("The Secretariat's comment on this task"))
        self.review_note.setStyleSheet("background: #fff1cc; color: #6b4600; padding: 6px;")
        self.review_note.hide()
        layout.insertWidget(2, self.review_note)
        self._review: dict[str, list[str]] = {}
        self.activities_label = QLabel()
        layout.addWidget(self.activities_label)
        self.activities = QListWidget()
        self.activities.setAccessibleName(self.tr("Activities mapped to this task (read-only)"))
        self.activities.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.activities.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.activities, 1)
        self.addWidget(tasks_host)
        self.addWidget(editor)
        self.setSizes([440, 780])
        self.status.currentIndexChanged.connect(lambda _i: self._edited())
        self.comment.textChanged.connect(self._edited)
        self.challenges.textChanged.connect(self._edited)

    def set_mission(self, mission: MissionProfile | None) -> None:
        """Which tasks apply depends on the mission (field operation or institution)."""
        self._mission = mission

    def load(self, response: QuestionnaireResponse) -> None:
        self._entries = {e.task_code: e.model_dump(mode="json") for e in response.task_entries}
        for code in self._items:
            self._update_item(code)
        self._update_unanswered()
        first = self.tasks.topLevelItem(0)
        if self.tasks.currentItem() is None and first is not None:
            self.tasks.setCurrentItem(first)
        else:
            self._show(self._current)

    def set_activities(self, activities: dict[str, list[tuple[str, str, str]]],
                       counts: dict[str, int]) -> None:
        """Per task: (id, start, title) of the period's activities (shown read-only)."""
        self._activities = activities
        self._counts = counts
        for code in self._items:
            self._update_item(code)
        self._update_unanswered()
        self._show_activities(self._current)

    def set_review(self, comments: dict[str, list[str]]) -> None:
        """The Secretariat's review comments per task code, shown beside each task."""
        self._review = comments
        for code, item in self._items.items():
            font = item.font(0)
            font.setBold(code in comments)
            item.setFont(0, font)
            note = "\n\n".join(comments.get(code, []))
            item.setToolTip(0, self.catalogue.task(code).text + (
                "\n\n" + self.tr("Secretariat: %1").replace("%1", note) if note else ""))
        self._show_review(self._current)

    def review_text(self, code: str) -> str:
        """What the review panel shows for ``code`` (empty: no comment on it)."""
        return "\n\n".join(self._review.get(code, []))

    def _show_review(self, code: str | None) -> None:
        text = self.review_text(code) if code else ""
        self.review_note.setText(self.tr("Secretariat's comment: %1").replace("%1", text)
                                 if text else "")
        self.review_note.setVisible(bool(text))

    def entries(self) -> list[dict[str, Any]]:
        """Entries in catalogue order; an untouched task is not written."""
        return [self._entries[code] for code in self._items if code in self._entries]

    def select(self, code: str) -> None:
        item = self._items.get(code)
        if item is not None:
            self.tasks.setCurrentItem(item)

    def set_read_only(self, read_only: bool) -> None:
        self.status.setEnabled(not read_only)
        self.comment.setReadOnly(read_only)
        self.challenges.setReadOnly(read_only)

    def applies(self, code: str) -> bool:
        """Whether the task applies to the mission, by the PDF's rule (``is_applicable``)."""
        entry = self._entries.get(code)
        try:
            parsed = TaskEntry.model_validate(entry) if entry else None
        except ValidationError:
            return True  # an answer being typed: the mission answers the task
        mission = self._mission or MissionProfile(code="MISSION", name="Mission")
        return is_applicable(self.catalogue.task(code), parsed, self._counts.get(code, 0),
                             mission)

    def unanswered(self) -> list[str]:
        """Codes of the applicable tasks without an answer, in catalogue order — what the
        PDF reports as "No answer"."""
        return [code for code in self._items if code not in self._entries and self.applies(code)]

    def _update_unanswered(self) -> None:
        count = len(self.unanswered())
        if count:
            self.unanswered_label.setText(self.tr(
                "%n applicable task(s) without an answer (shown as “No answer” in the PDF)",
                "", count))
        else:
            self.unanswered_label.setText(self.tr("Every applicable task has an answer."))

    def _update_item(self, code: str) -> None:
        item = self._items[code]
        entry = self._entries.get(code)
        font = item.font(1)
        font.setItalic(entry is None)
        item.setFont(1, font)
        if entry is not None:
            item.setText(1, label_for(ImplementationStatus, entry["status"]))
            item.setForeground(1, QBrush())
            item.setToolTip(1, "")
        elif self.applies(code):
            item.setText(1, translate(words.CONTEXT, words.NO_ANSWER))
            item.setForeground(1, QBrush(GAP))
            item.setToolTip(1, self.tr("Not answered yet: choose a status for this task."))
        else:
            item.setText(1, label(ImplementationStatus.NOT_APPLICABLE))
            item.setForeground(1, QBrush())
            item.setToolTip(1, translate(words.CONTEXT, words.NOT_APPLICABLE_OTHER_BODIES))
        count = self._counts.get(code, 0)
        item.setText(2, str(count))
        brush = QBrush(GAP) if count == 0 else QBrush()
        item.setForeground(2, brush)
        item.setToolTip(2, self.tr("No activity in this period is mapped to this task.")
                        if count == 0 else "")

    def _task_changed(self, current: QTreeWidgetItem | None,
                      _previous: QTreeWidgetItem | None) -> None:
        self._show(current.data(0, Qt.ItemDataRole.UserRole) if current else None)

    def _show(self, code: str | None) -> None:
        self._current = code
        self._loading = True
        try:
            if code is None:
                self.task_title.clear()
                self.task_text.clear()
                return
            task = self.catalogue.task(code)
            section = self.catalogue.section_of(code)
            self.task_title.setText(f"<h3>{task.code} — {section.title}</h3>")
            self.task_text.setText(task.text)
            entry = self._entries.get(code)
            self.status.setCurrentIndex(self.status.findData(entry["status"]) if entry else -1)
            entry = entry or {}
            self.comment.setPlainText(entry.get("comment", ""))
            self.challenges.setPlainText(entry.get("challenges", ""))
            self._show_activities(code)
            self._show_review(code)
        finally:
            self._loading = False

    def _show_activities(self, code: str | None) -> None:
        self.activities.clear()
        if code is None:
            return
        rows = self._activities.get(code, [])
        count = self._counts.get(code, 0)
        if count == 0:
            self.activities_label.setText(self.tr(
                "<b>Activities in this period:</b> <span style='color:#b3261e'>none — "
                "explain why in the comment.</span>"))
        else:
            self.activities_label.setText(self.tr("<b>Activities in this period:</b> %1")
                                          .replace("%1", str(count)))
        for _id, start, title in rows:
            self.activities.addItem(f"{start or '—'}   {title}")
            self.activities.item(self.activities.count() - 1).setToolTip(title)
        if count > len(rows):
            self.activities.addItem(self.tr("… and %1 more").replace("%1",
                                                                      str(count - len(rows))))

    def _edited(self) -> None:
        if self._loading or self._current is None:
            return
        if self.status.currentIndex() < 0:
            # Typing a comment answers the task: with "Not started" until a status is chosen.
            self._loading = True
            try:
                self.status.setCurrentIndex(
                    self.status.findData(ImplementationStatus.NOT_STARTED.value))
            finally:
                self._loading = False
        self._entries[self._current] = {
            "task_code": self._current,
            "status": self.status.currentData(),
            "comment": self.comment.toPlainText(),
            "challenges": self.challenges.toPlainText(),
        }
        self._update_item(self._current)
        self._update_unanswered()
        self.changed.emit()
