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
from weakref import WeakKeyDictionary

from reportlab.lib.styles import ParagraphStyle
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


#: Parsed plain-text cells per style: the cleaned text, the style the parser returned and
#: its fragments. Weak on the style, so a finished export's styles take their cache along.
_PARSED: WeakKeyDictionary[ParagraphStyle, dict[str, tuple[str, Any, Any]]] = \
    WeakKeyDictionary()


class CellParagraph(Para):
    """A paragraph for a table cell that is parsed once per text and laid out once per width.

    Splitting a table across pages re-measures every remaining row, and ``multiBuild``
    lays the whole document out twice; cell paragraphs are never split themselves, so
    their line breaks for a given width can be kept.

    A PDF of 2,000 activities has some 60,000 cells, most of them repeating a few texts
    ("Type", "Training", "Completed", a date span): parsing the markup with reportlab's
    HTML parser was a fifth of the export. A cell without tags is plain text whose parse
    result (one fragment, never changed by line breaking, which only reads it) depends
    only on the text and the style, so it is parsed once and shared. Cells with markup
    (``<br/>``, links, bold) are parsed each time.
    """

    _wrapped_for: float | None = None
    #: Off only in the test that compares the PDF text with and without the speed-ups.
    share_parsed = True

    def _setup(self, text: str, style: Any, bulletText: Any, frags: Any,
               cleaner: Any) -> None:
        if frags is not None or bulletText or "<" in text or not self.share_parsed:
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        parsed = _PARSED.setdefault(style, {})
        known = parsed.get(text)
        if known is None:
            super()._setup(text, style, bulletText, frags, cleaner)
            parsed[text] = (self.text, self.style, self.frags)  # type: ignore[has-type]
            return
        self.text, self.style, self.frags = known
        self.bulletText = bulletText
        self.debug = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_for == availWidth:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth
        return width, height


class DataTable(Table):
    """A table that does not draw during the dry pass, and is not measured twice for one fit.

    platypus asks a table for its size several times at the same place: ``KeepTogether``
    measures its group, then the frame measures each member again before drawing it. The
    measurement (every row's height from its cells) is a pure function of the space
    offered, so a repeat of the last question gets the last answer (the table's row
    positions are still those computed for it).
    """

    #: Off only in the test that compares the PDF text with and without the speed-ups.
    remember_size = True
    _measured: tuple[float, float, float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._measured
        if self.remember_size and last is not None and last[:2] == (availWidth, availHeight):
            return last[2], last[3]
        width, height = super().wrap(availWidth, availHeight)
        self._measured = (availWidth, availHeight, width, height)
        return width, height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if not is_dry(canvas):
            super().drawOn(canvas, x, y, _sW)
