"""Long work before the main window exists: a worker, a modal busy dialog, and questions
asked on the GUI thread.

Why: opening a store derives its key (Argon2id, a second or more on a slow laptop), runs
SQLite's integrity check over the whole file and may migrate it; restoring a mission pulls
it over the network. Done on the GUI thread, the window freezes and the desktop calls the
program "not responding". :func:`run_with_progress` runs the work through the one
background helper (:mod:`focalpoint.ui.tasks`) while a nested event loop keeps the screen
alive, and re-raises the worker's exception on the GUI thread so callers handle errors as
if the call had been direct.

Work that must ask the person something half-way (the store's passphrase is only asked
once the key file says one is needed) gets an ``ask`` wrapped by :class:`OnGuiThread`: the
worker blocks until the dialog, shown on the GUI thread, is answered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication, QProgressDialog

from focalpoint.ui.tasks import Job, TaskManager

translate = QCoreApplication.translate

A = TypeVar("A")
R = TypeVar("R")
Q = TypeVar("Q")

#: The busy dialog appears only when the work takes longer than this (no flash on a fast
#: open); the work itself is never timed.
SHOW_AFTER_MS = 300


class OnGuiThread(QObject, Generic[A, R]):
    """``fn`` made callable from a worker: the call runs on the GUI thread (where dialogs
    may be shown) and the worker waits for its result. Create it on the GUI thread."""

    _call = Signal(object)

    def __init__(self, fn: Callable[[A], R], before: Callable[[], None] | None = None,
                 after: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._fn = fn
        self._before = before
        self._after = after
        self._result: list[Any] = []
        self._call.connect(self._run, Qt.ConnectionType.BlockingQueuedConnection)

    def __call__(self, argument: A) -> R:
        if QThread.currentThread() is self.thread():
            return self._invoke(argument)
        self._result.clear()
        self._call.emit(argument)  # returns once _run has finished on the GUI thread
        outcome, value = self._result[0]
        if outcome == "error":
            raise value
        return value  # type: ignore[no-any-return]

    def _invoke(self, argument: A) -> R:
        if self._before is not None:
            self._before()
        try:
            return self._fn(argument)
        finally:
            if self._after is not None:
                self._after()

    @Slot(object)
    def _run(self, argument: object) -> None:
        try:
            self._result.append(("ok", self._invoke(argument)))  # type: ignore[arg-type]
        except BaseException as error:  # handed to the worker, which raises it
            self._result.append(("error", error))


class BusyDialog(QProgressDialog):
    """A modal "please wait" without a Cancel button unless the work can stop."""

    def __init__(self, text: str, *, cancellable: bool = False) -> None:
        super().__init__(text, translate("Busy", "Cancel") if cancellable else "", 0, 0)
        self.setWindowTitle(translate("Busy", "FocalPoint"))
        if not cancellable:
            self.setCancelButton(None)  # type: ignore[arg-type]
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(380)
        # QProgressDialog would show itself after its minimum duration; we decide.
        self.hide()


def run_with_progress(
    text: str,
    work: Callable[[Job], R],
    name: str,
    *,
    write: bool = True,
    cancellable: bool = False,
    on_dialog: Callable[[BusyDialog], None] | None = None,
) -> R:
    """Run ``work(job)`` in a worker while a busy dialog shows; its result, or its
    exception raised here on the GUI thread.

    Without a QApplication (no event loop, nothing on screen to keep alive) the work runs
    directly. ``on_dialog`` receives the dialog before the work starts (a caller shows
    progress text in it, or keeps it to hide it while a question is asked). With
    ``cancellable`` the dialog's Cancel sets the job's cancel flag; the work decides when
    to stop (:meth:`Job.check`).
    """
    if not isinstance(QCoreApplication.instance(), QApplication):
        return work(Job(name, None, None, None, lambda _job: None))
    dialog = BusyDialog(text, cancellable=cancellable)
    if on_dialog is not None:
        on_dialog(dialog)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    tasks = TaskManager()

    def done(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: BaseException, _details: str) -> None:
        outcome["error"] = error
        loop.quit()

    def progressed(done_count: int, total: int, message: str) -> None:
        dialog.setRange(0, max(total, 0))
        dialog.setValue(min(done_count, total) if total else 0)
        if message:
            dialog.setLabelText(message)

    job = tasks.run(work, on_done=done, on_error=failed, on_progress=progressed,
                    write=write, name=name)
    dialog.canceled.connect(job.cancel)
    shower = QTimer()
    shower.setSingleShot(True)
    shower.timeout.connect(lambda: None if job.done or dialog.property("asking")
                           else dialog.show())
    shower.start(SHOW_AFTER_MS)
    loop.exec()
    shower.stop()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]


def asking_over(dialog: BusyDialog, ask: Callable[[A], R]) -> OnGuiThread[A, R]:
    """``ask`` callable from the worker, with the busy dialog out of the way meanwhile."""

    def before() -> None:
        dialog.setProperty("asking", True)
        dialog.hide()

    def after() -> None:  # answered: the slow part (deriving the key) follows
        dialog.setProperty("asking", False)
        dialog.show()

    return OnGuiThread(ask, before, after)


def run_asking(
    text: str,
    work: Callable[[Job, Callable[[A], Q]], R],
    ask: Callable[[A], Q],
    name: str,
    **options: Any,
) -> R:
    """:func:`run_with_progress` for work that may need to ask the person something:
    ``work(job, ask)`` gets an ``ask`` that is safe to call from the worker."""
    asks: list[Callable[[A], Q]] = []
    return run_with_progress(
        text, lambda job: work(job, asks[0] if asks else ask), name,
        on_dialog=lambda dialog: asks.append(asking_over(dialog, ask)), **options)
