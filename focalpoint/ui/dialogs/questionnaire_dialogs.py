"""Small dialogs of the questionnaire view: a new reporting period, submit, PDF file name,
and the offer to open the PDF once it is written.

Why apart from the view: they are the view's questions to the user, passed in as callables
(``confirm``, ``choose_path``, ``offer_open``) so tests can answer them without a modal loop.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from focalpoint.domain import QuestionnaireResponse
from focalpoint.ui.window_size import remember_dialog_size

translate = QCoreApplication.translate

#: Submit ``response``? Given the applicable tasks still without an answer (lines to show).
ConfirmSubmit = Callable[[QWidget, QuestionnaireResponse, list[str]], bool]
#: Unanswered tasks named in the question itself; the rest are in its details.
UNANSWERED_SHOWN = 12
ChoosePath = Callable[[QWidget, str], Path | None]
#: Offer to open the written PDF (its path and page count): True to open it.
OfferOpen = Callable[[QWidget, Path, int], bool]
OpenFile = Callable[[Path], bool]
#: Part of the draft cannot be saved (the reason given): lose it and go on?
AskDiscard = Callable[[QWidget, str], bool]


def confirm_submit(parent: QWidget, response: QuestionnaireResponse,
                   unanswered: list[str]) -> bool:
    """Ask before freezing the answer; name the tasks that would go as "No answer" first."""
    text = translate(
        "QuestionnaireView",
        "Submit the questionnaire for %1 – %2?\n\nThe submitted answer is frozen "
        "together with the period's activities and can no longer be changed. It "
        "is sent at the next sync.",
    ).replace("%1", response.period_start.isoformat()).replace(
        "%2", response.period_end.isoformat())
    box = QMessageBox(QMessageBox.Icon.Question,
                      translate("QuestionnaireView", "Submit to the Secretariat"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if unanswered:
        box.setIcon(QMessageBox.Icon.Warning)
        shown = "\n".join(f"• {line}" for line in unanswered[:UNANSWERED_SHOWN])
        more = len(unanswered) - UNANSWERED_SHOWN
        if more > 0:
            shown += "\n" + translate("QuestionnaireView", "… and %1 more (see Show Details)"
                                       ).replace("%1", str(more))
        box.setInformativeText(
            translate("QuestionnaireView",
                      "Applicable tasks still without an answer: %1. The PDF and the "
                      "Secretariat will show them as “No answer”:").replace(
                          "%1", str(len(unanswered)))
            + "\n" + shown)
        box.setDetailedText("\n".join(unanswered))
    return box.exec() == QMessageBox.StandardButton.Yes


def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    name, _f = QFileDialog.getSaveFileName(
        parent,
        translate("QuestionnaireView", "Export PDF"),
        suggested,
        translate("QuestionnaireView", "PDF files (*.pdf)"),
    )
    return Path(name) if name else None


def offer_open_pdf(parent: QWidget, path: Path, pages: int) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("QuestionnaireView", "Export PDF"),
        translate("QuestionnaireView", "The questionnaire was written to %1 (%2 pages).\n\n"
                  "Open it now?")
        .replace("%1", str(path))
        .replace("%2", str(pages)),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )
    return answer == QMessageBox.StandardButton.Open


def ask_discard_line(parent: QWidget, problem: str) -> bool:
    answer = QMessageBox.warning(
        parent,
        translate("QuestionnaireView", "Questionnaire not fully saved"),
        translate("QuestionnaireView", "Part of this questionnaire cannot be saved yet:\n\n%1"
                  "\n\nGo on and lose it, or stay and correct it?").replace("%1", problem),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def open_with_system(path: Path) -> bool:
    """Open a file in the program the system uses for it (the PDF viewer)."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


class NewPeriodDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New questionnaire"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        year = date.today().year
        self.start = QDateEdit(QDate(year, 1, 1))
        self.end = QDateEdit(QDate(year, 12, 31))
        for edit, name in (
            (self.start, self.tr("Period start")),
            (self.end, self.tr("Period end")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        form.addRow(self.tr("Reporting period &from:"), self.start)
        form.addRow(self.tr("&to:"), self.end)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        remember_dialog_size(self, "new_period", self.sizeHint())

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]
