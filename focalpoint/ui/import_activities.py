"""Importing a FocalPoint activities file (JSON) from the interface, in a worker.

Why a module of its own: the first-start dialog, the empty activity list and (later) the
File menu all offer the same import; it reads and validates the whole file off the GUI
thread and writes all or nothing (:func:`focalpoint.exchange.import_file`), then tells the
person in plain words what happened. The file chooser and the message are callables so
tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from focalpoint.exchange import ExchangeError, import_file
from focalpoint.storage import Store, StoreError
from focalpoint.ui.events import Events
from focalpoint.ui.numbers import format_count
from focalpoint.ui.tasks import Job, TaskManager

translate = QCoreApplication.translate

#: (parent) -> chosen path or None
ChooseFile = Callable[[QWidget], Path | None]
#: (parent, ok, text)
Tell = Callable[[QWidget, bool, str], None]


def choose_json(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent, translate("ImportActivities", "Import activities"), "",
        translate("ImportActivities", "FocalPoint activities (*.json);;All files (*)"))
    return Path(name) if name else None


def tell(parent: QWidget, ok: bool, text: str) -> None:
    title = translate("ImportActivities", "Import activities")
    if ok:
        QMessageBox.information(parent, title, text)
    else:
        QMessageBox.warning(parent, title, text)


def import_into(store: Store, path: Path) -> int:
    """Worker body: import ``path`` through a connection of the worker's own."""
    reader = store.reopen()
    try:
        return len(import_file(reader, path))
    finally:
        reader.close()


def import_activities(parent: QWidget, store: Store, tasks: TaskManager, events: Events, *,
                      choose: ChooseFile = choose_json, answer: Tell = tell,
                      path: Path | None = None) -> Job | None:
    """Ask for a file (unless ``path`` is given) and import it in the background."""
    path = path or choose(parent)
    if path is None:
        return None

    def work(_job: Job) -> int:
        return import_into(store, path)

    def done(count: int) -> None:
        events.activity_changed.emit("")
        events.outbox_changed.emit()
        answer(parent, True, translate("ImportActivities", "%1 activities imported from %2.")
               .replace("%1", format_count(count)).replace("%2", path.name))

    def failed(error: BaseException, _details: str) -> None:
        if not isinstance(error, ExchangeError | StoreError | OSError):
            raise error
        answer(parent, False, translate(
            "ImportActivities", "Nothing was imported: %1\n\nThe store is unchanged.")
            .replace("%1", str(error)))

    return tasks.run(work, on_done=done, on_error=failed, write=True, name="import activities")
