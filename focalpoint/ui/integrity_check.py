"""The store's start-up integrity check, run in a worker once the window is up.

Why here: ``PRAGMA quick_check`` reads every page of the store (seconds at 50,000
activities); run before the window it was most of the start-up. The store is opened with
``defer_check`` (``focalpoint.storage.integrity``): it is read-only and every write waits
until this check passes, so the invariant — a damaged file is never written — holds while
the window is already usable for reading. When the check fails, ``failed`` is emitted; the
main window then closes and the application hands the store to the store-problem dialog
(restore a backup, open another file or quit), as when the damage is found at open.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from focalpoint.storage import Store
from focalpoint.ui.tasks import Job, TaskManager

log = logging.getLogger(__name__)


class IntegrityCheck(QObject):
    """Runs :meth:`Store.check_integrity` once, in the background; ``failed(error)`` if the
    store is damaged, ``passed`` once writes may go ahead."""

    passed = Signal()
    failed = Signal(object)

    def __init__(self, store: Store, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self.job: Job | None = None

    def start(self) -> Job | None:
        """Start the check if the store still needs it (None when it already ran)."""
        if not self._store.integrity.pending or self.job is not None:
            return None
        store = self._store
        self.job = self._tasks.run(lambda _job: store.check_integrity(),
                                   on_done=lambda _result: self.passed.emit(),
                                   on_error=self._failed, name="integrity check")
        return self.job

    def _failed(self, error: BaseException, details: str) -> None:
        log.error("the store failed its integrity check: %s\n%s", error, details)
        self.failed.emit(error)
