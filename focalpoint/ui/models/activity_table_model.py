"""The activity list as a lazy Qt table model, built for stores of 50,000 activities.

Why this shape: the model holds only the ordered list of matching ids (one cheap SQL query,
run in a worker) and fetches the visible rows' summaries a page at a time, keeping an
LRU cache. Sorting is done by SQL, never by a ``QSortFilterProxyModel`` (which would call
``data()`` for every comparison: seconds for 50k rows). Roles are module-level ints because
looking up ``Qt.ItemDataRole.DisplayRole`` costs ~10 µs per call.

The GUI thread never waits on the store for more than one indexed row: the id query also
reads the pages the view is about to show, a page scrolled into view later is read in a
worker (its cells are blank for that moment), and one edited activity is updated in place
— re-read, checked against the filter and placed among its neighbours with a few indexed
lookups — instead of re-running the whole query (a second at 50,000 activities).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
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
#: Rows past the last one the view asked for that the id query reads ahead (a screenful).
VISIBLE_ROWS = 60

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


class _Labels:
    """Translated vocabulary labels, looked up once per value (a page shows the same few
    types and statuses 200 times; the model is rebuilt when the language changes)."""

    def __init__(self) -> None:
        self._known: dict[tuple[type, str], str] = {}

    def __call__(self, vocabulary: type[ActivityType] | type[ActivityStatus], value: str) -> str:
        text = self._known.get((vocabulary, value))
        if text is None:
            text = self._known[(vocabulary, value)] = label_for(vocabulary, value)
        return text


def _row_texts(summary: ActivitySummary, labels: _Labels) -> tuple[str, ...]:
    """Everything the row displays, formatted once when the page is fetched."""
    return (
        summary.title,
        labels(ActivityType, summary.activity_type),
        labels(ActivityStatus, summary.status),
        summary.start_date or "",
        summary.end_date or "",
        ", ".join(summary.task_codes),
        ", ".join(summary.locations),
        ", ".join(summary.partners),
    )


@dataclass(frozen=True)
class _Answer:
    """What the id query's worker hands back: the ids, and the work done off the GUI
    thread that applying them needs (the comparison with the ids shown when it started,
    the new rows of the ids, the summaries of the pages about to be shown)."""

    ids: list[str]
    total: int
    summaries: dict[str, ActivitySummary]
    same_rows: bool
    same_order: bool
    position: dict[str, int]


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
        #: Bumped whenever ``_ids`` changes, so a worker's comparison with an older list
        #: is never applied to a newer one.
        self._ids_version = 0
        self._rows: OrderedDict[str, tuple[str, ...]] = OrderedDict()
        self._labels = _Labels()
        self._filter = ActivityFilter()
        self._sort = "start_date"
        self._descending = True
        self._generation = 0
        self._pending: Job | None = None
        #: Page starts being read in a worker; the last row the view asked for.
        self._fetching: set[int] = set()
        self._last_row = 0
        #: Activities changed while rows were being read: ``id -> change number``; a
        #: worker's summary older than the change is dropped.
        self._changes = 0
        self._changed: dict[str, int] = {}
        self._disposed = False
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
        self._last_row = row
        texts = self._rows.get(activity_id)
        if texts is None:
            self._fetch_page(row)
            texts = self._rows.get(activity_id)
            if texts is None:  # being read in a worker, or deleted meanwhile
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

    def is_fetching(self) -> bool:
        """Whether rows scrolled into view are still being read (their cells are blank)."""
        return bool(self._fetching)

    def refresh(self) -> Job:
        """Query the matching ids in a worker; the newest request wins.

        The worker also compares them with the ids shown now and reads the summaries of
        the first page and of the rows around the last one the view showed, so applying
        the answer on the GUI thread is a few milliseconds even for 50,000 rows.
        """
        self._generation += 1
        generation = self._generation
        flt, sort, descending = replace(self._filter), self._sort, self._descending
        store = self._store
        shown, version, changes = list(self._ids), self._ids_version, self._changes
        around = self._last_row

        def query(job: Job) -> _Answer:
            reader = store.reopen() if store.path is not None else store
            try:
                ids = reader.activities.ids(flt, sort, descending)
                job.check()
                total = reader.activities.total()
                wanted = _visible(ids, around)
                summaries = reader.activities.summaries(wanted) if wanted else {}
            finally:
                if reader is not store:
                    reader.close()
            same_rows = len(ids) == len(shown) and set(ids) == set(shown)
            same_order = same_rows and ids == shown
            position = ({i: row for row, i in enumerate(ids)}
                        if same_rows and not same_order else {})
            return _Answer(ids, total, summaries, same_rows, same_order, position)

        if self._pending is not None:
            self._pending.cancel()
        else:
            self.loading_changed.emit(True)
        job = self._tasks.run(
            query,
            on_done=lambda answer: self._apply(generation, version, changes, answer),
            on_error=lambda error, details: self._failed(generation, error, details),
            urgent=True,
            name="activity ids",
        )
        self._pending = job
        return job

    def dispose(self) -> None:
        """Ignore any query still running (its answer would reach a deleted model)."""
        self._generation += 1
        self._disposed = True
        if self._pending is not None:
            self._pending.cancel()

    def invalidate(self, activity_id: str) -> None:
        """An activity changed ('' when several did): bring the list up to date.

        One activity is updated in place when possible — its row re-read, removed when it
        no longer passes the filter, moved or inserted where the sort puts it — and
        ``refreshed`` is emitted at once; the selection and the current row stay on the
        same activities. Otherwise (several changes, a query running) the ids are
        queried again in a worker.
        """
        self._changes += 1
        if activity_id:
            self._rows.pop(activity_id, None)
            if self._fetching or self._pending is not None:
                self._changed[activity_id] = self._changes
        else:
            self._rows.clear()
        if not activity_id or self._pending is not None or not self._update_one(activity_id):
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
            self._ids_version += 1
            self.total = max(0, self.total - (last - first + 1))
            self.endRemoveRows()

    # --- internals ---------------------------------------------------------------------

    def _update_one(self, activity_id: str) -> bool:
        """Bring one changed activity's row up to date without re-querying the list.

        Only this activity changed since the list was queried, so the rest of the list is
        still in order: the activity belongs after the ids the sort puts before it. Each
        comparison is one indexed lookup (``in_order``), about 17 for 50,000 rows.
        Returns False when the store cannot be read here (the caller re-queries).
        """
        activities = self._store.activities
        row = self.row_of(activity_id)
        total = activities.total()
        if not activities.matches(activity_id, self._filter):
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self._ids_version += 1
                self.endRemoveRows()
            self.total = total
            self.refreshed.emit(len(self._ids))
            return True
        summary = activities.summaries([activity_id]).get(activity_id)
        if summary is None:
            return False
        self._rows[activity_id] = _row_texts(summary, self._labels)
        self._trim_cache()
        if row >= 0 and self._in_place(row):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        else:
            others = self._ids[:row] + self._ids[row + 1:] if row >= 0 else self._ids
            target = self._insertion_point(others, activity_id)
            if row < 0:
                self.beginInsertRows(QModelIndex(), target, target)
                self._ids.insert(target, activity_id)
                self._ids_version += 1
                self.endInsertRows()
            else:
                # Qt counts the destination before the move: below the row it is one more.
                destination = target + 1 if target >= row else target
                if destination != row and destination != row + 1:
                    self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
                    del self._ids[row]
                    self._ids.insert(target, activity_id)
                    self._ids_version += 1
                    self.endMoveRows()
                self.dataChanged.emit(self.index(target, 0),
                                      self.index(target, len(COLUMNS) - 1))
        self.total = total
        self.refreshed.emit(len(self._ids))
        return True

    def _in_place(self, row: int) -> bool:
        """Whether the row is still between its neighbours in the sort order."""
        around = self._ids[max(0, row - 1):row + 2]
        return self._store.activities.in_order(around, self._sort, self._descending) == around

    def _insertion_point(self, others: list[str], activity_id: str) -> int:
        """Where ``activity_id`` goes in ``others`` (in sort order): a binary search."""
        low, high = 0, len(others)
        activities = self._store.activities
        while low < high:
            middle = (low + high) // 2
            first = activities.in_order([others[middle], activity_id], self._sort,
                                        self._descending)
            if first and first[0] == activity_id:
                high = middle
            else:
                low = middle + 1
        return low

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

    def _apply(self, generation: int, version: int, changes: int, answer: _Answer) -> None:
        if not self._finish_loading(generation):
            return
        self.total = answer.total
        self._cache(answer.summaries, changes)
        if version != self._ids_version:  # rows removed meanwhile: compare here
            same_rows = (len(answer.ids) == len(self._ids)
                         and set(answer.ids) == set(self._ids))
            position = {i: row for row, i in enumerate(answer.ids)} if same_rows else {}
            same_order = same_rows and answer.ids == self._ids
        else:
            same_rows, same_order, position = (answer.same_rows, answer.same_order,
                                               answer.position)
        if same_order:
            if self._ids:  # rows re-read after a change of several activities
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._ids) - 1, len(COLUMNS) - 1))
        elif same_rows:
            self._reorder(answer.ids, position)
        else:
            self.beginResetModel()
            self._ids = answer.ids
            self._ids_version += 1
            self._trim_cache()
            self.endResetModel()
        self.refreshed.emit(len(answer.ids))

    def _reorder(self, ids: list[str], position: dict[str, int]) -> None:
        """Same rows in a new order: a layout change keeps selection and current row."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._ids[i.row()] if 0 <= i.row() < len(self._ids) else None for i in old]
        self._ids = ids
        self._ids_version += 1
        new = [
            self.index(position[a], i.column()) if a in position else QModelIndex()
            for i, a in zip(old, old_ids, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _cache(self, summaries: dict[str, ActivitySummary], changes: int) -> None:
        """Keep summaries read by a worker, except those of activities changed since."""
        for activity_id, summary in summaries.items():
            if self._changed.get(activity_id, 0) > changes or activity_id in self._rows:
                continue
            self._rows[activity_id] = _row_texts(summary, self._labels)
        if not self._fetching and self._pending is None:
            self._changed.clear()
        self._trim_cache()

    def _fetch_page(self, row: int) -> None:
        """Read the page around ``row`` (only the ids not cached yet), in a worker.

        Its cells are blank until the answer comes back (a few milliseconds), then
        ``dataChanged`` repaints them. A store in memory cannot be read from another
        thread: it is read here.
        """
        start = (row // PAGE_SIZE) * PAGE_SIZE
        if start in self._fetching:
            return
        wanted = [i for i in self._ids[start:start + PAGE_SIZE] if i not in self._rows]
        if not wanted:
            return
        store = self._store
        if store.path is None:
            self._cache(store.activities.summaries(wanted), self._changes)
            return
        self._fetching.add(start)
        changes = self._changes

        def read(_job: Job) -> dict[str, ActivitySummary]:
            reader = store.reopen()
            try:
                return reader.activities.summaries(wanted)
            finally:
                reader.close()

        def failed(error: BaseException, details: str) -> None:
            self._fetching.discard(start)
            if not isinstance(error, Cancelled):
                log.error("reading activity rows failed: %s\n%s", error, details)

        self._tasks.run(read, on_done=lambda found: self._fetched(start, changes, found),
                        on_error=failed, urgent=True, name="activity rows")

    def _fetched(self, start: int, changes: int,
                 summaries: dict[str, ActivitySummary]) -> None:
        self._fetching.discard(start)
        if self._disposed:
            return
        self._cache(summaries, changes)
        if self._ids:
            # The rows may have moved meanwhile: repaint what is shown (only visible
            # cells are re-read by the view).
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def _trim_cache(self) -> None:
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)


def _visible(ids: list[str], around: int) -> list[str]:
    """The ids of the first page and of the screenful at ``around`` (read ahead)."""
    rows = set(range(min(PAGE_SIZE, len(ids))))
    rows.update(range(max(0, around - VISIBLE_ROWS), min(len(ids), around + VISIBLE_ROWS)))
    return [ids[row] for row in sorted(rows)]
