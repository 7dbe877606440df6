"""Optional features that live in other packages: the PDF report and the sync engine.

Why lazily: the report and sync packages are developed alongside the interface and a build
may lack them. The interface asks here at the moment of use; when a module is missing the
button stays disabled with a tooltip saying when it becomes available, instead of failing.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from PySide6.QtCore import QCoreApplication


def _module(name: str, *attributes: str) -> ModuleType | None:
    try:
        module = importlib.import_module(name)
    except ImportError:
        return None
    if not all(hasattr(module, attribute) for attribute in attributes):
        return None
    return module


def report_module() -> ModuleType | None:
    """``focalpoint.report`` with ``export_questionnaire_pdf`` and ``ReportError``, or None."""
    return _module("focalpoint.report", "export_questionnaire_pdf", "ReportError")


def sync_engine_module() -> ModuleType | None:
    """``focalpoint.sync.engine`` with the engine and its status functions, or None."""
    return _module("focalpoint.sync.engine", "SyncEngine", "sync_status")


def schedule_module() -> ModuleType | None:
    return _module("focalpoint.sync.schedule", "SyncSchedule")


def pdf_unavailable_reason() -> str:
    return QCoreApplication.translate(
        "Integrations", "Available when the PDF export (focalpoint.report) is installed.")


def sync_unavailable_reason() -> str:
    return QCoreApplication.translate(
        "Integrations", "Available when the sync engine (focalpoint.sync.engine) is installed.")
