"""The exceptions the PDF export raises, kept apart so callers can import them cheaply."""

from __future__ import annotations


class ReportError(ValueError):
    """The export cannot be made from this input (bad option, unwritable path, bad data).

    A ``ValueError`` so the CLI's generic handler reports it with exit code 2; the message
    is written for the focal point and says what to change.
    """


class ExportCancelled(Exception):
    """The caller asked to stop (``cancelled()`` returned true); no file was written."""
