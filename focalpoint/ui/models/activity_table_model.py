"""The activity list as a lazy Qt table model, built for stores of 50,000 activities.

Why this shape: the model holds only the ordered list of matching ids (one cheap SQL query,
run in a worker) and fetches the visible rows' summaries a page at a time, keeping an
LRU cache. Sorting is done by SQL, never by a ``QSortFilterProxyModel`` (which would call
``data()`` for every comparison: seconds for 50k rows). Roles are module-level ints because
looking up ``Qt.ItemDataRole.DisplayRole`` costs ~10 µs per call.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from focalpoint.storage import ActivityFilter, ActivitySummary, Store
from focalpoint.ui.labels import label_for
from focalpoint.ui.tasks import Cancelled, Job, TaskManager
from focalpoint.vocabularies import ActivityStatus, ActivityType

log = logging.getLogger(__name__)

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ID_ROLE = int(Qt.ItemDataRole.UserRole)
HORIZONTAL = Qt.Orientation.Horizontal
DESCENDING = Qt.SortOrder.DescendingOrder

PAGE_SIZE = 200
CACHE_ROWS = 10_000

#: (column key, header, sort key in the repository or None when not sortable)
COLUMNS: list[tuple[str, str, str | None]] = [
    ("title", str(QT_TRANSLATE_NOOP("ActivityTableModel", "Title")), "title"),
    ("activity_type", str(QT_TRANSLATE_NOOP("ActivityTableModel", "Type")), "activity_type"),
    ("status", str(QT_TRANSLATE_NOOP("ActivityTableModel", "Status")), "status"),
    ("start_date", str(QT_TRANSLATE_NOOP("ActivityTableModel", "Start")), "start_date"),
    ("end_date", str(QT_TRANSLATE_NOOP("ActivityTableModel", "End")), "end_date"),
    ("tasks", str(QT_TRANSLATE_NOOP("ActivityTableModel", "Action Plan tasks")), None),
    ("locations", str(QT_TRANSLATE_NOOP("ActivityTableModel", "Locations")), "locations"),
    ("partners", str(QT_TRANSLATE_NOOP("ActivityTableModel", "Partners")), "partners"),
]
TITLE_COLUMN = 0


def _header(text: str) -> str:
    return QCoreApplication.translate("ActivityTableModel", text)


def _row_texts(summary: ActivitySummary) -> tuple[str, ...]:
    """Everything the row displays, formatted once when the page is fetched."""
    return (
        summary.title,
        label_for(ActivityType, summary.activity_type),
        label_for(ActivityStatus, summary.status),
        summary.start_date or "",
        summary.end_date or "",
        ", ".join(summary.task_codes),
        ", ".join(summary.locations),
        ", ".join(summary.partners),
    )


class ActivityTableModel(QAbstractTableModel):
    """Rows are activity ids in display order; cells are filled from cached summaries.

    ``refreshed`` is emitted (on the GUI thread) each time a new id list is in place, with
    the number of matching activities; tests and the view wait on it.
    """

    refreshed = Signal(int)
    loading_changed = Signal(bool)

    def __init__(self, store: Store, tasks: TaskManager, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._ids: list[str] = []
        self._rows: OrderedDict[str, tuple[str, ...]] = OrderedDict()
        self._filter = ActivityFilter()
        self._sort = "start_date"
        self._descending = True
        self._generation = 0
        self._pending: Job | None = None
        self.total = 0
        self._headers = [_header(text) for _key, text, _sort in COLUMNS]

    # --- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == HORIZONTAL and role == DISPLAY and 0 <= section < len(COLUMNS):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role != DISPLAY and role != TOOLTIP and role != ID_ROLE:
            return None
        row = index.row()
        if not index.isValid() or row >= len(self._ids):
            return None
        activity_id = self._ids[row]
        if role == ID_ROLE:
            return activity_id
        texts = self._rows.get(activity_id)
        if texts is None:
            self._fetch_page(row)
            texts = self._rows.get(activity_id)
            if texts is None:  # deleted meanwhile by another writer
                return ""
        text = texts[index.column()]
        if role == TOOLTIP:
            return text if len(text) > 40 else None
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][2]
        if key is None:
            return
        descending = order == DESCENDING
        if key == self._sort and descending == self._descending and self._generation:
            return
        self._sort, self._descending = key, descending
        self.refresh()

    # --- what the view asks -------------------------------------------------------------

    @property
    def filter(self) -> ActivityFilter:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def set_filter(self, flt: ActivityFilter) -> None:
        self._filter = replace(flt)
        self.refresh()

    def activity_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, activity_id: str) -> int:
        try:
            return self._ids.index(activity_id)
        except ValueError:
            return -1

    def ids(self) -> list[str]:
        return list(self._ids)

    def is_loading(self) -> bool:
        return self._pending is not None

    def refresh(self) -> Job:
        """Query the matching ids in a worker; the newest request wins."""
        self._generation += 1
        generation = self._generation
        flt, sort, descending = replace(self._filter), self._sort, self._descending
        store = self._store

        def query(job: Job) -> tuple[list[str], int]:
            reader = store.reopen() if store.path is not None else store
            try:
                ids = reader.activities.ids(flt, sort, descending)
                job.check()
                return ids, reader.activities.total()
            finally:
                if reader is not store:
                    reader.close()

        if self._pending is not None:
            self._pending.cancel()
        else:
            self.loading_changed.emit(True)
        job = self._tasks.run(
            query,
            on_done=lambda result: self._apply(generation, *result),
            on_error=lambda error, details: self._failed(generation, error, details),
            name="activity ids",
        )
        self._pending = job
        return job

    def dispose(self) -> None:
        """Ignore any query still running (its answer would reach a deleted model)."""
        self._generation += 1
        if self._pending is not None:
            self._pending.cancel()

    def invalidate(self, activity_id: str) -> None:
        """An activity changed: re-read its row if shown, and re-query the list."""
        self._rows.pop(activity_id, None)
        row = self.row_of(activity_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.refresh()

    def remove_ids(self, ids: Sequence[str]) -> None:
        """Remove deleted activities at once (before the re-query confirms it).

        Rows go in contiguous blocks, bottom first, one ``beginRemoveRows`` per block: a
        thousand selected rows are one or a few signals, not a thousand (each of which
        makes the view re-read its selection).
        """
        position = {activity_id: row for row, activity_id in enumerate(self._ids)}
        rows = sorted({position[i] for i in ids if i in position}, reverse=True)
        blocks: list[list[int]] = []
        for row in rows:
            if blocks and blocks[-1][0] == row + 1:
                blocks[-1][0] = row
            else:
                blocks.append([row, row])
        for first, last in blocks:
            self.beginRemoveRows(QModelIndex(), first, last)
            for activity_id in self._ids[first:last + 1]:
                self._rows.pop(activity_id, None)
            del self._ids[first:last + 1]
            self.total = max(0, self.total - (last - first + 1))
            self.endRemoveRows()

    # --- internals ---------------------------------------------------------------------

    def _finish_loading(self, generation: int) -> bool:
        if generation != self._generation:
            return False
        self._pending = None
        self.loading_changed.emit(False)
        return True

    def _failed(self, generation: int, error: BaseException, details: str) -> None:
        # A query cancelled by the window closing (TaskManager.cancel_all) is no failure.
        if self._finish_loading(generation) and not isinstance(error, Cancelled):
            log.error("activity list query failed: %s\n%s", error, details)
            raise error

    def _apply(self, generation: int, ids: list[str], total: int) -> None:
        if not self._finish_loading(generation):
            return
        self.total = total
        if len(ids) == len(self._ids) and set(ids) == set(self._ids):
            self._reorder(ids)
        else:
            self.beginResetModel()
            self._ids = ids
            self._trim_cache()
            self.endResetModel()
        self.refreshed.emit(len(ids))

    def _reorder(self, ids: list[str]) -> None:
        """Same rows in a new order: a layout change keeps selection and current row."""
        if ids == self._ids:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._ids[i.row()] if 0 <= i.row() < len(self._ids) else None for i in old]
        self._ids = ids
        position = {activity_id: row for row, activity_id in enumerate(ids)}
        new = [
            self.index(position[a], i.column()) if a in position else QModelIndex()
            for i, a in zip(old, old_ids, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _fetch_page(self, row: int) -> None:
        """Fetch the page around ``row`` (only the ids not cached yet)."""
        start = (row // PAGE_SIZE) * PAGE_SIZE
        wanted = [i for i in self._ids[start:start + PAGE_SIZE] if i not in self._rows]
        if not wanted:
            return
        summaries = self._store.activities.summaries(wanted)
        for activity_id in wanted:
            summary = summaries.get(activity_id)
            if summary is not None:
                self._rows[activity_id] = _row_texts(summary)
        self._trim_cache()

    def _trim_cache(self) -> None:
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)
