"""The paragraph and table classes the report uses, and the "dry" first layout pass.

``multiBuild`` lays the document out at least twice and keeps only the last pass. The first
pass exists only to learn on which page each heading lands and how many pages there are;
whatever it draws is thrown away. Drawing is half the cost of a pass (reportlab formats
every coordinate in Python), so during that pass the canvas is a :class:`DryCanvas` and
these flowables skip drawing. Layout (``wrap``/``split``) is untouched, so page breaks are
exactly those of the final pass. reportlab's own split code creates pieces with
``self.__class__``, so split paragraphs and tables keep this behaviour.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table


class DryCanvas(Canvas):
    """A canvas for a layout pass whose output is discarded (never saved)."""

    dry_run = True


def is_dry(canvas: Any) -> bool:
    return bool(getattr(canvas, "dry_run", False))


class Para(Paragraph):
    """A paragraph that does not draw during the dry layout pass."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if not is_dry(canvas):
            super().drawOn(canvas, x, y, _sW)


class CellParagraph(Para):
    """A paragraph for a table cell that lays itself out once per width.

    Splitting a table across pages re-measures every remaining row, and ``multiBuild``
    lays the whole document out twice; cell paragraphs are never split themselves, so
    their line breaks for a given width can be kept.
    """

    _wrapped_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_for == availWidth:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth
        return width, height


class DataTable(Table):
    """A table that does not draw (rules, fills, cells) during the dry layout pass."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if not is_dry(canvas):
            super().drawOn(canvas, x, y, _sW)
