"""The questionnaire response as PDF (reportlab platypus).

Call :func:`export_questionnaire_pdf`; nothing here imports Qt, so the GUI runs it in a
worker thread with a store connection of its own.
"""

from focalpoint.report.errors import ExportCancelled, ReportError
from focalpoint.report.export import ExportResult, export_questionnaire_pdf

__all__ = ["ExportCancelled", "ExportResult", "ReportError", "export_questionnaire_pdf"]
