"""The values already used in the store, as a list model for completers.

Why a model of its own: several fields complete from the same list (the editor's Partners,
the activity filter's partner box), and the list must follow edits without each widget
querying the store. The order is the store's ranking (most used first), so completers
use it unsorted: the popup shows the usual spelling first.

With a :class:`TaskManager` the grouped query runs in a worker (about a quarter of a
second per field at 50,000 activities); the list keeps its previous values until the
answer arrives and ``refreshed`` is emitted. Without one it is read at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Signal
from shiboken6 import isValid

from focalpoint.storage import Store
from focalpoint.ui.tasks import Cancelled, Job, TaskManager


class SuggestionModel(QStringListModel):
    #: The list now holds the store's values (after each refresh).
    refreshed = Signal()

    def __init__(self, store: Store, field: str, parent: QObject | None = None,
                 tasks: TaskManager | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.field = field
        self._tasks = tasks
        self._generation = 0
        self._pending: Job | None = None
        self.refresh()

    def is_loading(self) -> bool:
        return self._pending is not None

    def refresh(self) -> None:
        """Reload from the store (one grouped query over the JSON lists); the newest
        request wins."""
        store, field = self.store, self.field
        if self._tasks is None or store.path is None:
            self._show([used.value for used in store.suggestions.used(field)])
            return
        self._generation += 1
        generation = self._generation

        def query(_job: Job) -> list[str]:
            reader = store.reopen()
            try:
                return [used.value for used in reader.suggestions.used(field)]
            finally:
                reader.close()

        if self._pending is not None:
            self._pending.cancel()
        self._pending = self._tasks.run(
            query, on_done=lambda values: self._answer(generation, values),
            on_error=lambda error, _details: self._failed(generation, error),
            name=f"suggested {field}")

    def _answer(self, generation: int, values: list[str]) -> None:
        # The worker's answer outlives the model when its owner is gone meanwhile (an
        # editor saved and deleted while its completion lists were still being read).
        if not isValid(self):
            return
        if generation == self._generation:
            self._pending = None
            self._show(values)

    def _failed(self, generation: int, error: BaseException) -> None:
        if not isValid(self):
            return
        if generation == self._generation:
            self._pending = None
            if not isinstance(error, Cancelled):  # cancelled: the window is closing
                raise error

    def _show(self, values: list[str]) -> None:
        if values != self.stringList():
            self.setStringList(values)
        self.refreshed.emit()
