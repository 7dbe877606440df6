"""Undo and redo of deleted activities: the deletions of this session, newest last.

Why a separate object: the store keeps what each deletion removed
(:meth:`ActivityRepository.delete_many`); this object remembers which deletions the
person made in this window, so Edit → Undo, Ctrl+Z and the "Deleted — Undo" notice all
undo the same, newest one. The main window owns it, so it survives the views being rebuilt
for a new interface language. A large restore runs on the database writer thread in short
transactions, with progress, like a large deletion.

Redo (Edit → Redo, Ctrl+Shift+Z / Ctrl+Y) deletes again what an undo brought back, as a new
deletion that can be undone in turn; a new deletion by the person clears what can be
redone, as in every editor. Why not ``QUndoStack``: its commands run ``undo()``/``redo()``
synchronously and move the stack's index at once, while a large restore or deletion here
is a cancellable background job that may end part-way (what was done stays undoable, the
rest redoable) — the stack must change when the store has, not before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from focalpoint.domain import new_id
from focalpoint.storage import NotFound, Store
from focalpoint.ui.events import Events
from focalpoint.ui.store_writes import ready_to_write
from focalpoint.ui.tasks import Job, TaskManager
from focalpoint.validation import InvalidRecord

translate = QCoreApplication.translate

#: Larger deletions are restored in the background, in chunks.
BACKGROUND_RESTORE = 200
RESTORE_CHUNK = 250
#: Tell the person why an undo could not be done (parent, message).
Warn = Callable[[QWidget | None, str], None]


def delete_in_chunks(store: Store, ids: list[str], deletion_id: str, job: Job,
                     chunk: int) -> list[str]:
    """Delete ``ids`` under one ``deletion_id`` on a connection of this worker's own, a
    transaction per ``chunk`` so an autosave never waits long for the lock, with progress;
    stops between chunks when the job is cancelled. Returns the ids reached.

    The one loop behind a large deletion (the Activities view) and a large redo.
    """
    writer = store.reopen()
    done: list[str] = []
    message = translate("ActivitiesView", "Deleting activities: %1 of %2")
    try:
        for start in range(0, len(ids), chunk):
            if job.cancelled():
                break
            part = ids[start:start + chunk]
            writer.activities.delete_many(part, deletion_id)
            done.extend(part)
            job.progress(len(done), len(ids), message.replace(
                "%1", str(len(done))).replace("%2", str(len(ids))))
    finally:
        writer.close()
    return done


def warn(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, translate("DeletionUndo", "Cannot undo"), message)


class DeletionUndo(QObject):
    #: The newest deletion changed (one was recorded, undone or dropped).
    changed = Signal()
    #: Activities came back (their ids).
    restored = Signal(list)
    #: Activities were deleted again by a redo (their ids).
    redone = Signal(list)
    #: A long restore or redo started (job, title).
    job_started = Signal(object, str)

    def __init__(self, store: Store, tasks: TaskManager, events: Events,
                 parent: QObject | None = None, *, warn: Warn = warn) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.events = events
        self.warn = warn
        self._stack: list[tuple[str, int, str]] = []
        #: What undos brought back, newest last: (the activities' ids, title).
        self._redo: list[tuple[list[str], str]] = []
        self._job: Job | None = None

    def record(self, deletion_id: str, count: int, title: str = "") -> None:
        """A deletion happened (``title``: the activity's, when only one was deleted);
        what could be redone is forgotten, as after a new edit in any editor."""
        if count:
            self._stack.append((deletion_id, count, title))
            self._redo.clear()
            self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self._stack) and self._job is None

    def can_redo(self) -> bool:
        return bool(self._redo) and self._job is None

    def redo_text(self) -> str:
        if not self._redo:
            return self.tr("&Redo")
        return self.tr("&Redo deleting %n activity(ies)", "", len(self._redo[-1][0]))

    def last(self) -> tuple[str, int, str] | None:
        return self._stack[-1] if self._stack else None

    def describe(self) -> str:
        """What the notice says about the newest deletion."""
        last = self.last()
        if last is None:
            return ""
        _id, count, title = last
        if count == 1 and title:
            return self.tr("Deleted “%1”.").replace("%1", title)
        return self.tr("Deleted %n activity(ies).", "", count)

    def action_text(self) -> str:
        last = self.last()
        if last is None:
            return self.tr("&Undo")
        return self.tr("&Undo deleting %n activity(ies)", "", int(last[1]))

    def undo(self) -> Job | None:
        """Restore the newest deletion (in the background when it is large)."""
        if not self.can_undo():
            return None
        if not self.ready():
            return None
        deletion_id, count, _title = self._stack[-1]
        if count <= BACKGROUND_RESTORE or self.store.path is None:
            try:
                result = self.store.activities.restore(deletion_id)
            except (NotFound, InvalidRecord) as error:
                self._failed(error)
                return None
            self._finished([a.id for a in result.activities])
            return None
        store = self.store

        message = self.tr("Restoring activities: %1 of %2")

        def work(job: Job) -> list[str]:
            writer = store.reopen()
            ids: list[str] = []
            try:
                remaining = count
                while remaining and not job.cancelled():
                    result = writer.activities.restore(deletion_id, limit=RESTORE_CHUNK)
                    ids += [a.id for a in result.activities]
                    remaining = result.remaining
                    job.progress(count - remaining, count, message.replace(
                        "%1", str(count - remaining)).replace("%2", str(count)))
            finally:
                writer.close()
            return ids

        def failed(error: BaseException, _details: str) -> None:
            self._job = None
            self.events.activity_changed.emit("")
            self.events.outbox_changed.emit()
            if isinstance(error, NotFound | InvalidRecord):
                self._failed(error)
            else:
                self.changed.emit()
                raise error

        self._job = self.tasks.run(work, on_done=self._background_done, on_error=failed,
                                   write=True, name="restore activities")
        self.changed.emit()
        self.job_started.emit(self._job, self.tr("Restoring activities…"))
        return self._job

    def _background_done(self, ids: list[str]) -> None:
        self._job = None
        deletion_id = self._stack[-1][0]
        if self.store.activities.deleted_count(deletion_id):
            # Cancelled part-way: what is left can still be undone.
            _id, count, title = self._stack[-1]
            self._stack[-1] = (deletion_id, count - len(ids), title)
            self._notify(ids, pop=False)
        else:
            self._finished(ids)

    def _finished(self, ids: list[str]) -> None:
        self._notify(ids, pop=True)

    def _notify(self, ids: list[str], *, pop: bool) -> None:
        title = self._stack[-1][2] if self._stack else ""
        if ids:
            self._redo.append((ids, title if len(ids) == 1 else ""))
        if pop:
            self._stack.pop()
        self.events.activity_changed.emit(ids[0] if len(ids) == 1 else "")
        self.events.outbox_changed.emit()
        self.changed.emit()
        self.restored.emit(ids)

    def redo(self) -> Job | None:
        """Delete again what the newest undo brought back (in the background when large);
        the deletion can be undone like any other."""
        if not self.can_redo():
            return None
        if not self.ready():
            return None
        ids, title = self._redo[-1]
        deletion_id = new_id()
        if len(ids) <= BACKGROUND_RESTORE or self.store.path is None:
            deleted = self.store.activities.delete_many(ids, deletion_id)
            self._redone(ids, deleted, deletion_id, title)
            return None
        store = self.store

        def work(job: Job) -> list[str]:
            return delete_in_chunks(store, ids, deletion_id, job, RESTORE_CHUNK)

        def done(reached: list[str]) -> None:
            self._job = None
            still = self.store.activities.get_many(reached)  # one query per 500, not per id
            self._redone(ids, [i for i in reached if i not in still], deletion_id, title)

        def failed(error: BaseException, _details: str) -> None:
            self._job = None
            count = self.store.activities.deleted_count(deletion_id)
            if count:  # whatever was deleted before the error can be undone
                self._stack.append((deletion_id, count, ""))
            self.events.activity_changed.emit("")
            self.events.outbox_changed.emit()
            self.changed.emit()
            raise error

        self._job = self.tasks.run(work, on_done=done, on_error=failed, write=True,
                                   name="redo deletion")
        self.changed.emit()
        self.job_started.emit(self._job, self.tr("Deleting activities…"))
        return self._job

    def _redone(self, ids: list[str], deleted: list[str], deletion_id: str,
                title: str) -> None:
        """After a redo: the deletion becomes the newest undo; ids not reached (a cancelled
        run) stay redoable."""
        gone = set(deleted)
        self._redo.pop()
        untouched = [activity_id for activity_id in ids if activity_id not in gone]
        present = self.store.activities.get_many(untouched)
        left = [activity_id for activity_id in untouched if activity_id in present]
        if left:
            self._redo.append((left, ""))
        if deleted:
            self._stack.append((deletion_id, len(deleted), title if len(deleted) == 1 else ""))
        self.events.activity_changed.emit(deleted[0] if len(deleted) == 1 else "")
        self.events.outbox_changed.emit()
        self.changed.emit()
        self.redone.emit(deleted)

    def ready(self) -> bool:
        """The store may be written (its integrity check waited for); if not, why is told."""
        reason = ready_to_write(self.store)
        if reason:
            parent = self.parent()
            self.warn(parent if isinstance(parent, QWidget) else None, reason)
        return not reason

    def _failed(self, error: Exception) -> None:
        self._stack.pop()
        self.changed.emit()
        parent = self.parent()
        text = self.tr("The deleted activities cannot be restored:\n\n%1")
        self.warn(parent if isinstance(parent, QWidget) else None,
                  text.replace("%1", str(error)))
