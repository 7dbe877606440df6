"""One helper for background work, modelled on Anki's ``taskman``.

Why: the GUI thread must never wait on a search over 50,000 activities, a PDF export or the
network. Every such job goes through :class:`TaskManager`, which runs a plain function in a
``QThreadPool`` and calls the caller's callbacks back *on the GUI thread* through queued
signals, so callers never touch widgets from a worker. Writes that take long go to a pool
with a single thread so that database writes are serialized (SQLite allows one writer);
reads, the PDF and the network use the parallel pool. Each job carries a cancel flag and
reports progress as ``(done, total, message)``.

A worker function receives its :class:`Job` and must open its own store connection
(``store.reopen()``): SQLite connections are not shared across threads.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException, str], None]
ProgressCallback = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised by :meth:`Job.check` inside a worker when the user asked to stop."""


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted by a worker are delivered here (queued)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    errored = Signal(object, str)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.progressed.connect(self._on_progress)
        self.succeeded.connect(self._on_success)
        self.errored.connect(self._on_error)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.job._deliver_progress(done, total, message)

    @Slot(object)
    def _on_success(self, result: object) -> None:
        self.job._deliver_result(result)

    @Slot(object, str)
    def _on_error(self, error: object, details: str) -> None:
        assert isinstance(error, BaseException)
        self.job._deliver_error(error, details)


class Job:
    """A running piece of background work: progress, a cancel flag and its callbacks."""

    def __init__(
        self,
        name: str,
        on_done: DoneCallback | None,
        on_error: ErrorCallback | None,
        on_progress: ProgressCallback | None,
        finished: Callable[[Job], None],
        owner: QObject | None = None,
    ) -> None:
        self.name = name
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._finished = finished
        self._cancel = threading.Event()
        self.done = False
        #: Extra observers on the GUI thread (e.g. the status bar's progress panel).
        self.progress_listeners: list[ProgressCallback] = []
        self.finished_listeners: list[Callable[[Job], None]] = []
        # Owned by the task manager (a Qt parent on the GUI thread): the worker may drop
        # the last Python reference to this job, and a QObject must never be destroyed
        # on a thread other than its own. It is deleted, on the GUI thread, once finished.
        self.relay = _Relay(self, owner)

    # --- called from the worker thread -------------------------------------------------

    def progress(self, done: int, total: int, message: str = "") -> None:
        self.relay.progressed.emit(int(done), int(total), str(message))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user asked to stop (call between steps)."""
        if self._cancel.is_set():
            raise Cancelled(self.name)

    # --- called from the GUI thread ------------------------------------------------------

    def cancel(self) -> None:
        self._cancel.set()

    def _deliver_progress(self, done: int, total: int, message: str) -> None:
        if self.done:
            return
        for listener in [self._on_progress, *self.progress_listeners]:
            if listener is not None:
                listener(done, total, message)

    def _notify_finished(self) -> None:
        try:
            for listener in self.finished_listeners:
                listener(self)
            self._finished(self)
        finally:
            if self.relay.parent() is not None:
                self.relay.deleteLater()

    def _deliver_result(self, result: object) -> None:
        self.done = True
        try:
            if self._on_done is not None:
                self._on_done(result)
        finally:
            self._notify_finished()

    def _deliver_error(self, error: BaseException, details: str) -> None:
        self.done = True
        try:
            if self._on_error is not None:
                self._on_error(error, details)
            elif not isinstance(error, Cancelled):
                raise error
        finally:
            self._notify_finished()


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[[Job], Any]) -> None:
        super().__init__()
        self.job = job
        self.fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.job)
        except BaseException as error:
            details = "".join(traceback.format_exception(error))
            if not isinstance(error, Cancelled):
                log.warning("background job %r failed: %s", self.job.name, error)
            self.job.relay.errored.emit(error, details)
        else:
            self.job.relay.succeeded.emit(result)


class TaskManager(QObject):
    """Runs jobs off the GUI thread; callbacks come back on the GUI thread.

    ``busy_changed`` lets the window show that something is running.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._jobs: set[Job] = set()

    def run(
        self,
        fn: Callable[[Job], Any],
        *,
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        on_progress: ProgressCallback | None = None,
        write: bool = False,
        urgent: bool = False,
        name: str = "",
    ) -> Job:
        """Start ``fn(job)`` in the background and return its :class:`Job` at once.

        ``urgent`` jobs (what the user waits to see: the rows of the list) start before
        queued ones (counts and completion lists refreshed after an edit).

        Without ``on_error`` an exception is re-raised on the GUI thread, where the
        application's exception hook shows it; :class:`Cancelled` is then ignored.
        """
        job = Job(name or getattr(fn, "__name__", "job"), on_done, on_error, on_progress,
                  self._finish, self)
        was_idle = not self._jobs
        self._jobs.add(job)
        (self._writer if write else self._pool).start(_Runnable(job, fn), 1 if urgent else 0)
        if was_idle:
            self.busy_changed.emit(True)
        return job

    def _finish(self, job: Job) -> None:
        self._jobs.discard(job)
        if not self._jobs:
            self.busy_changed.emit(False)

    def active(self) -> list[Job]:
        return list(self._jobs)

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until running jobs end (used at shutdown, so no worker outlives the store)."""
        return bool(self._pool.waitForDone(msecs) and self._writer.waitForDone(msecs))
