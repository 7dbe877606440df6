"""The Action Plan catalogue as a Qt tree: chapter → section → task.

Why a ``QStandardItemModel``: the catalogue is small (a few dozen tasks) and read-only, so a
standard model is simpler and as fast as a hand-written one. The same class serves the
Action Plan view (with per-task activity counts, gaps highlighted) and the editor's task
picker (checkable tasks, filtered by code or words through :class:`TaskFilterProxy`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from focalpoint.catalogue import Catalogue
from focalpoint.ui.catalogue_text import heading, search_text, task_label, task_tooltip
from focalpoint.ui.numbers import format_count

translate = QCoreApplication.translate

CODE_ROLE = int(Qt.ItemDataRole.UserRole) + 1
KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 2
SEARCH_ROLE = int(Qt.ItemDataRole.UserRole) + 3
COUNT_ROLE = int(Qt.ItemDataRole.UserRole) + 4
CHECK_ROLE = int(Qt.ItemDataRole.CheckStateRole)

GAP_COLOR = QColor("#b3261e")
GAP_BACKGROUND = QColor("#fdecea")
CHECKED = Qt.CheckState.Checked
UNCHECKED = Qt.CheckState.Unchecked


def fold(text: str) -> str:
    """Case- and ё-insensitive form for matching ("ОБУЧЕНИЕ", "осведомленность")."""
    return text.casefold().replace("ё", "е")


class CatalogueTreeModel(QStandardItemModel):
    """Columns: task (code and text), bodies responsible, activities of this mission.

    ``checkable=True`` makes task rows checkable (the editor); ``counts`` adds the
    activity count column (the Action Plan view).
    """

    def __init__(
        self,
        catalogue: Catalogue,
        *,
        checkable: bool = False,
        with_counts: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.checkable = checkable
        self.with_counts = with_counts
        self._task_items: dict[str, QStandardItem] = {}
        self._count_items: dict[str, QStandardItem] = {}
        self._group_counts: dict[str, QStandardItem] = {}
        headers = [
            translate("CatalogueTreeModel", "Action Plan task"),
            translate("CatalogueTreeModel", "Bodies responsible"),
        ]
        if with_counts:
            headers.append(translate("CatalogueTreeModel", "Activities"))
        self.setHorizontalHeaderLabels(headers)
        self._build()

    def _build(self) -> None:
        bold = QFont()
        bold.setBold(True)
        for chapter in self.catalogue.chapters:
            chapter_item = self._item(f"{chapter.code}. {heading(chapter)}", chapter.code,
                                      "chapter")
            chapter_item.setFont(bold)
            chapter_row = [chapter_item, self._item("", chapter.code, "chapter")]
            if self.with_counts:
                chapter_row.append(self._count_item(chapter.code, "chapter"))
            self.appendRow(chapter_row)
            for section in chapter.sections:
                section_item = self._item(
                    f"{section.code} {heading(section)}", section.code, "section"
                )
                section_row = [section_item, self._item("", section.code, "section")]
                if self.with_counts:
                    section_row.append(self._count_item(section.code, "section"))
                chapter_item.appendRow(section_row)
                for task in section.tasks:
                    task_item = self._item(task_label(task), task.code, "task")
                    task_item.setToolTip(task_tooltip(task))
                    task_item.setData(fold(search_text(task)), SEARCH_ROLE)
                    if self.checkable:
                        task_item.setCheckable(True)
                        task_item.setCheckState(UNCHECKED)
                    bodies = self._item(", ".join(task.bodies), task.code, "task")
                    bodies.setToolTip(
                        "\n".join(self.catalogue.body_name(code) for code in task.bodies)
                    )
                    row = [task_item, bodies]
                    self._task_items[task.code] = task_item
                    if self.with_counts:
                        count = self._count_item(task.code, "task")
                        self._count_items[task.code] = count
                        row.append(count)
                    section_item.appendRow(row)

    def _item(self, text: str, code: str, kind: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(code, CODE_ROLE)
        item.setData(kind, KIND_ROLE)
        item.setData(text, SEARCH_ROLE)
        return item

    def _count_item(self, code: str, kind: str) -> QStandardItem:
        item = self._item("0", code, kind)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if kind != "task":
            self._group_counts[code] = item
        return item

    # --- counts (Action Plan view) -------------------------------------------------------

    def set_counts(self, counts: dict[str, int], groups: dict[str, int],
                   gaps: Collection[str]) -> None:
        """Show per-task counts and distinct totals per section and chapter (``groups``:
        an activity mapped to two tasks of a section counts once there); the ``gaps``
        (tasks that apply to the mission and have no activity, as the Analysis counts
        them) are marked in red."""
        for code, item in self._count_items.items():
            count = counts.get(code, 0)
            item.setText(format_count(count))
            item.setData(count, COUNT_ROLE)
            task_item = self._task_items[code]
            gap = code in gaps
            brush = QBrush(GAP_COLOR) if gap else QBrush()
            background = QBrush(GAP_BACKGROUND) if gap else QBrush()
            for cell in (task_item, item):
                cell.setForeground(brush)
                cell.setBackground(background)
            item.setToolTip(
                translate(
                    "CatalogueTreeModel",
                    "No activity of this mission implements this task yet: explain "
                    "the gap in the questionnaire.",
                )
                if gap
                else ""
            )
        for code, item in self._group_counts.items():
            item.setText(format_count(groups.get(code, 0)))
            item.setData(groups.get(code, 0), COUNT_ROLE)
            item.setToolTip(translate("CatalogueTreeModel", "Distinct activities: one mapped "
                                      "to several tasks here counts once."))

    def count_of(self, code: str) -> int:
        """The count shown for a task, section or chapter."""
        item = self._count_items.get(code) or self._group_counts.get(code)
        return int(item.data(COUNT_ROLE) or 0) if item is not None else 0

    # --- selection (editor) -------------------------------------------------------------

    def task_index(self, code: str) -> QModelIndex:
        item = self._task_items.get(code)
        return item.index() if item is not None else QModelIndex()

    def set_checked(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, item in self._task_items.items():
            item.setCheckState(CHECKED if code in wanted else UNCHECKED)

    def checked(self) -> list[str]:
        """Checked task codes in catalogue order."""
        return [code for code, item in self._task_items.items() if item.checkState() == CHECKED]


class TaskFilterProxy(QSortFilterProxyModel):
    """Keeps tasks whose code, alias, titles (English or Russian) or text contain every
    typed word, and their parents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        haystack = fold(str(model.data(index, SEARCH_ROLE) or ""))
        return all(word in haystack for word in self._words)
