"""The values already used in the store, as a list model for completers.

Why a model of its own: several fields complete from the same list (the editor's Partners,
the activity filter's partner box), and the list must follow edits without each widget
querying the store. The order is the store's ranking (most used first), so completers
use it unsorted: the popup shows the usual spelling first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel

from focalpoint.storage import Store


class SuggestionModel(QStringListModel):
    def __init__(self, store: Store, field: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.field = field
        self.refresh()

    def refresh(self) -> None:
        """Reload from the store (cheap: one grouped query over the JSON lists)."""
        self.setStringList([used.value for used in self.store.suggestions.used(self.field)])
