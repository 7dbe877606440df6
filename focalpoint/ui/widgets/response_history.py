"""The Questionnaire view's History tab: the versions of one questionnaire response.

Why a subclass of the activity editor's panel: the list, the before/after table and the
restore button behave the same; only the fields differ. A response is versioned per Part 1
field and per Part 2 entry field (``task_entries/III.12.1/comment``, see
:mod:`focalpoint.fields`), so each change is named "III.12.1 — Challenges". Only a draft can
go back to an earlier version (:meth:`ResponseRepository.restore_version`, a normal save
with its outbox row); a submitted response is frozen and its history is read-only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from focalpoint import questionnaire_text as words
from focalpoint.fields import ENTRY_PREFIX
from focalpoint.storage import Store
from focalpoint.storage.history import Version
from focalpoint.ui.labels import label_for
from focalpoint.ui.numbers import format_amount
from focalpoint.ui.widgets.history_panel import Confirm, HistoryPanel
from focalpoint.vocabularies import FundingSource, ImplementationStatus, ResponseStatus

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

    def field_name(self, field: str) -> str:
        if field.startswith(ENTRY_PREFIX):
            code, _, part = field[len(ENTRY_PREFIX):].rpartition("/")
            entry = {
                "status": self.tr("Implementation status"),
                "comment": self.tr("How the mission implemented the task"),
                "challenges": self.tr("Challenges"),
            }.get(part, part.replace("_", " "))
            return self.tr("%1 — %2").replace("%1", code).replace("%2", entry)
        narrative = {q.field: translate(words.CONTEXT, q.title) for q in words.NARRATIVE}
        names = {
            **narrative,
            "staff_posts": translate(words.CONTEXT, words.STAFF_TITLE),
            "budget_lines": translate(words.CONTEXT, words.BUDGET_TITLE),
            "respondent_name": self.tr("Respondent name"),
            "respondent_post": self.tr("Respondent post"),
            "status": self.tr("Status"),
            "submitted_at": self.tr("Submitted"),
            "period_start": self.tr("Period start"),
            "period_end": self.tr("Period end"),
            "revises": self.tr("Revises the returned response"),
        }
        return names.get(field, field.replace("_", " ").capitalize())

    def value_text(self, field: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return "—"
        if field.endswith("/status") or field == "status":
            vocabulary = ImplementationStatus if field.startswith(ENTRY_PREFIX) \
                else ResponseStatus
            return label_for(vocabulary, str(value))
        if field in ("staff_posts", "budget_lines") and isinstance(value, list):
            return "\n".join(self._line(field, line) for line in value
                             if isinstance(line, dict))
        return super().value_text(field, value)

    def _line(self, field: str, line: dict[str, Any]) -> str:
        source = label_for(FundingSource, str(line.get("source", "")))
        if field == "staff_posts":
            parts = [str(line.get("year", "")), source, str(line.get("post", "")),
                     "× " + format_amount(str(line.get("count", "")))]
        else:
            parts = [str(line.get("year", "")), source, str(line.get("description", "")),
                     format_amount(str(line.get("amount", ""))), str(line.get("currency", ""))]
        return " ".join(p for p in parts if p.strip())
