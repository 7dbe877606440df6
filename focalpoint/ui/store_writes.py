"""Before the GUI thread writes to the store: the start-up integrity check must have passed.

Why: the store is opened with its integrity check left to a worker
(``focalpoint.storage.integrity``); until it passes, every ``atomic()`` waits for it. Called
on the GUI thread, that wait froze the window for the whole ``quick_check`` (seconds at
50,000 activities) with nothing on screen, and a failed check reached the editor as an
uncaught :class:`CorruptStoreError`. Every write made on the GUI thread (Save in a form,
the questionnaire's draft, delete, undo/redo, resolving a conflict, restoring a version)
therefore asks :func:`ready_to_write` first: while the check runs it is waited for in a
worker behind the usual busy dialog; when it failed nothing is written and the caller
shows the returned reason, keeping what the person typed on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from focalpoint.storage import CorruptStoreError, Store
from focalpoint.ui.busy import run_with_progress

translate = QCoreApplication.translate

_waiting: list[bool] = []  # a wait under way (its busy dialog's event loop is running)


def ready_to_write(store: Store, *, wait: bool = True) -> str:
    """'' when ``store`` may be written now; otherwise why not, as a sentence to show.

    While the integrity check still runs, ``wait`` waits for it off the GUI thread (a
    busy dialog says so); without ``wait`` (an autosave that can simply try again later),
    or when a wait is already under way, the answer is at once that it is still running.
    """
    gate = store.integrity
    if gate.pending and wait and not _waiting:
        _waiting.append(True)
        try:
            run_with_progress(translate("StoreWrites", "Checking the store before saving…"),
                              lambda _job: gate.wait(), "wait for the integrity check",
                              write=False)
        except CorruptStoreError:
            pass  # said below, from the gate
        finally:
            _waiting.clear()
    if gate.is_open():
        return ""
    if gate.error is not None:
        return translate(
            "StoreWrites",
            "Not saved: the store failed its integrity check (%1). Nothing was written to "
            "it; what you entered is still on screen.").replace(
                "%1", str(gate.error).removeprefix("the integrity check failed: "))
    return translate("StoreWrites", "Not saved yet: the store is still being checked.")


def ready_or_tell(parent: QWidget | None, store: Store, title: str) -> bool:
    """:func:`ready_to_write`, the reason shown in a message box (for actions without a
    place of their own to say it: delete, undo, resolve a conflict)."""
    reason = ready_to_write(store)
    if reason:
        QMessageBox.warning(parent, title, reason)
    return not reason
