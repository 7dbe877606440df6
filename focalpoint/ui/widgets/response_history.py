"""The Questionnaire view's History tab: the versions of one questionnaire response.

Why a subclass of the activity editor's panel: the list, the before/after table and the
restore button behave the same; only the fields differ. A response is versioned per Part 1
field and per Part 2 entry field (``task_entries/III.12.1/comment``, see
:mod:`focalpoint.fields`), so each change is named "III.12.1 — Challenges". Only a draft can
go back to an earlier version (:meth:`ResponseRepository.restore_version`, a normal save
with its outbox row); a submitted response is frozen and its history is read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from focalpoint.storage import Store
from focalpoint.storage.history import Version
from focalpoint.ui.widgets.history_panel import Confirm, HistoryPanel
from focalpoint.vocabularies import ResponseStatus

translate = QCoreApplication.translate


def ask_restore_draft(parent: QWidget, when: str) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("ResponseHistoryPanel", "Restore this version"),
        translate(
            "ResponseHistoryPanel",
            "Make the questionnaire draft what it was on %1? It is saved at once as a new "
            "version (nothing is lost: the current one stays in the history).",
        ).replace("%1", when),
    )
    return answer == QMessageBox.StandardButton.Yes


class ResponseHistoryPanel(HistoryPanel):
    entity_type = "response"

    def __init__(self, store: Store, response_id: str | None, parent: QWidget | None = None,
                 *, confirm: Confirm = ask_restore_draft) -> None:
        super().__init__(store, response_id, parent, confirm=confirm)

    def intro_text(self) -> str:
        return self.tr("Every saved change of this questionnaire, newest first: when, by "
                       "whom, on which computer, and each answer before and after. Typing "
                       "saved within a few minutes by the same person is one version.")

    def load_versions(self) -> list[Version]:
        assert self.entity_id is not None
        return self.store.responses.versions(self.entity_id)

    def restore_to(self, version_id: int) -> object:
        assert self.entity_id is not None
        return self.store.responses.restore_version(self.entity_id, version_id)

    def cannot_restore(self) -> str:
        if self.entity_id is None:
            return ""
        response = self.store.responses.get(self.entity_id)
        if response.status == ResponseStatus.SUBMITTED:
            return self.tr("A submitted questionnaire cannot change; its history is shown "
                           "as it was recorded.")
        return ""
