"""The questionnaire response as PDF (reportlab platypus).

Call :func:`export_questionnaire_pdf`; nothing here imports Qt, so the GUI runs it in a
worker thread with a store connection of its own. The export machinery (and reportlab) is
loaded on first use only: every ``focalpoint`` command imports this package to register the
``questionnaire`` sub-command, and most of them never print a PDF.
"""

from typing import TYPE_CHECKING

from focalpoint.report.errors import ExportCancelled, ReportError

if TYPE_CHECKING:
    from focalpoint.report.export import ExportResult, export_questionnaire_pdf

__all__ = ["ExportCancelled", "ExportResult", "ReportError", "export_questionnaire_pdf"]


def __getattr__(name: str) -> object:
    if name in ("ExportResult", "export_questionnaire_pdf"):
        from focalpoint.report import export

        return getattr(export, name)
    raise AttributeError(f"module 'focalpoint.report' has no attribute {name!r}")
