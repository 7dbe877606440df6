"""What every story builder needs: styles, page width, options, and shared small blocks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from focalpoint.report.document import Heading
from focalpoint.report.flowables import DataTable, Para
from focalpoint.report.styles import ALERT_FILL, ALERT_RULE, FONT_COMMAND, TABLE_CHUNK_ROWS, Styles
from focalpoint.report.tables import CellParagraph
from focalpoint.report.text import esc


@dataclass(frozen=True)
class Options:
    """Choices that change what the document contains."""

    include_not_applicable: bool = True
    generated: datetime | None = None
    chunk_rows: int = TABLE_CHUNK_ROWS
    #: Add the "Self-assessment" annex (the analysis figures with charts).
    self_assessment: bool = False


@dataclass(frozen=True)
class Layout:
    """The styles and frame width the builders lay out against."""

    styles: Styles
    width: float
    options: Options

    def widths(self, *millimetres: float) -> list[float]:
        """Column widths given in millimetres for A4, scaled to the actual frame width."""
        total = sum(millimetres)
        return [self.width * part / total for part in millimetres]

    def heading(
        self, text: str, *, level: int, key: str, toc: bool = True, outline: str | None = None,
    ) -> Heading:
        """A heading of ``level`` (0 part, 1 chapter, 2 section, 3 task) from plain text."""
        style = {
            0: self.styles.part, 1: self.styles.chapter, 2: self.styles.section,
            3: self.styles.task,
        }[level]
        return Heading(esc(text), style, level=level, key=key, outline=outline or text,
                       toc=esc(text) if toc else None)

    def label(self, text: str, *, room: float = 25 * mm) -> list[Flowable]:
        """A small heading for what follows, never alone at the foot of a page.

        A conditional page break (not ``keepWithNext``) so that a long table or text after
        the label still starts on this page and splits, instead of leaving a blank page.
        """
        return [CondPageBreak(room), Para(esc(text), self.styles.label)]

    def note(self, text: str) -> Paragraph:
        """A muted explanatory line (plain text)."""
        return Para(esc(text), self.styles.muted)

    def alert(self, text: str) -> Table:
        """A tinted box with a bar on the left, for what the reader must not miss."""
        box = DataTable([[Para(esc(text), self.styles.alert)]], colWidths=[self.width])
        box.setStyle([
            FONT_COMMAND,
            ("BACKGROUND", (0, 0), (-1, -1), ALERT_FILL),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, ALERT_RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
        ])
        return box


def cells(values: Sequence[str], style: object) -> list[Paragraph]:
    """A table row of paragraphs showing plain text literally."""
    return [CellParagraph(esc(value), style) for value in values]  # type: ignore[arg-type]

