"""The options of the questionnaire PDF, asked before the file name (as the CLI's
``--page-size``, ``--skip-not-applicable`` and the self-assessment annex).

Why before the file dialog: the page size is a decision about the document, not the file;
asking it first keeps the file dialog the last step, as in other programs' export. The
choices are remembered in the interface settings for the next export.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from focalpoint.ui.interface_settings import settings_for

PAGE_SIZE_KEY = "pdf/page_size"
SKIP_NA_KEY = "pdf/skip_not_applicable"
SELF_ASSESSMENT_KEY = "pdf/self_assessment"


@dataclass(frozen=True)
class PdfOptions:
    page_size: str = "a4"
    include_not_applicable: bool = True
    #: Add the "Self-assessment" annex (the Analysis figures with charts).
    with_self_assessment: bool = False


def _flag(value: object) -> bool:
    return str(value).lower() == "true"


#: Ask for the options: ``None`` when the person cancels.
ChooseOptions = Callable[[QWidget], PdfOptions | None]


def default_page_size() -> str:
    """Letter where the locale measures in US units (US, Canada's English), else A4."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if imperial else "a4"


class PdfOptionsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export questionnaire PDF"))
        self.setMinimumWidth(480)
        settings = settings_for(self)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose how the PDF is laid out; the file name is asked next."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.page_size.addItem(self.tr("Letter (8.5 × 11 in)"), "letter")
        remembered = str(settings.value(PAGE_SIZE_KEY, default_page_size()))
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(remembered)))
        form.addRow(self.tr("&Page size:"), self.page_size)
        self.skip_not_applicable = QCheckBox(
            self.tr("&Leave out tasks answered “Not applicable”"))
        self.skip_not_applicable.setChecked(_flag(settings.value(SKIP_NA_KEY, "false")))
        form.addRow("", self.skip_not_applicable)
        # Here with the other choices about the document (it was a lone checkbox in the
        # questionnaire's tab bar, easy to miss and not remembered).
        self.self_assessment = QCheckBox(self.tr("With the self-&assessment annex"))
        self.self_assessment.setToolTip(self.tr(
            "Add the Self-assessment annex to the PDF: the Analysis figures of the period "
            "(tasks and gaps, forms, audiences, results, funding, partners) with charts"))
        self.self_assessment.setChecked(_flag(settings.value(SELF_ASSESSMENT_KEY, "false")))
        form.addRow("", self.self_assessment)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Continue…"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def options(self) -> PdfOptions:
        return PdfOptions(str(self.page_size.currentData()),
                          not self.skip_not_applicable.isChecked(),
                          self.self_assessment.isChecked())

    def accept(self) -> None:
        settings = settings_for(self)
        options = self.options()
        settings.setValue(PAGE_SIZE_KEY, options.page_size)
        settings.setValue(SKIP_NA_KEY, "false" if options.include_not_applicable else "true")
        settings.setValue(SELF_ASSESSMENT_KEY,
                          "true" if options.with_self_assessment else "false")
        super().accept()


def choose_pdf_options(parent: QWidget) -> PdfOptions | None:
    dialog = PdfOptionsDialog(parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()
    finally:
        dialog.deleteLater()
