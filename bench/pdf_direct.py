"""The PDF baseline: plain reportlab building the same tables as the exporter, directly.

What "the same tables" means: every table of activities the questionnaire PDF contains,
with the same rows, columns, widths, styles and cell text — Part 2's table of activities
under each task, and in the Annex each activity's title, facts table and description —
built with reportlab's own ``Paragraph`` and ``Table`` in a one-frame ``BaseDocTemplate``
with the same page size, margins and frame, in ONE build pass (no contents, no outline, no running
header or footer, no "Page X of Y", no cover, Part 1 or summary). The clock covers the
same work as the exporter's figure: from the loaded :class:`ReportContent` to the saved
file, so the cost of making the cell paragraphs is on both sides.

``tests/report/test_report_speed.py`` checks that every line of the baseline's text is
in the exporter's PDF and that every activity's table rows are in the baseline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from focalpoint.domain import Activity
from focalpoint.report.annex import LABEL_WIDTH, _funding
from focalpoint.report.content import ReportContent
from focalpoint.report.fonts import register_fonts
from focalpoint.report.part2 import CELL_CHARS
from focalpoint.report.styles import (
    FONT_COMMAND,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    RULE,
    grid_style,
    make_styles,
)
from focalpoint.report.styles import page_size as resolve_page_size
from focalpoint.report.text import esc, esc_lines, fmt_span, joined, paragraphs, shorten
from focalpoint.results_text import NOT_RECORDED, activity_results


def _widths(width: float, *parts: float) -> list[float]:
    total = sum(parts)
    return [width * part / total for part in parts]


def direct_pdf(content: ReportContent, path: Path, page_size: str = "a4") -> int:
    """Write the activity tables of ``content`` with plain reportlab; the page count."""
    styles = make_styles(register_fonts())
    doc = BaseDocTemplate(str(path), pagesize=resolve_page_size(page_size),
                          leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                          bottomMargin=MARGIN_BOTTOM, invariant=1)
    width = doc.width
    # The exporter's frame: no padding, so every table and line is as wide as there.
    doc.addPageTemplates([PageTemplate("body", [Frame(
        doc.leftMargin, doc.bottomMargin, width, doc.height, leftPadding=0, rightPadding=0,
        topPadding=0, bottomPadding=0)])])

    def p(text: str, style: Any) -> Paragraph:
        return Paragraph(esc(text), style)

    story: list[Any] = []
    header = [Paragraph("No.", styles.head_cell_right),
              *(p(h, styles.head_cell)
                for h in ("Activity", "Dates", "Type", "Partners", "Audiences"))]
    for view in content.tasks():
        if not view.activities:
            continue
        rows = [[Paragraph(str(content.numbers.get(a.id, "")), styles.cell_right),
                 p(a.title, styles.cell), p(fmt_span(a.start_date, a.end_date), styles.cell),
                 p(a.activity_type.label, styles.cell),
                 p(shorten(joined(a.partners), CELL_CHARS), styles.cell),
                 p(shorten(joined(x.label for x in a.audiences), CELL_CHARS), styles.cell)]
                for a in view.activities]
        story.append(p(f"Task {view.task.code}", styles.task))
        story.append(Table([header, *rows], colWidths=_widths(width, 9, 52, 25, 23, 33, 28),
                           repeatRows=1, style=grid_style(zebra_rows=len(rows)),
                           hAlign="LEFT", splitByRow=1))
    for activity in content.activities:
        story += _activity(activity, content.numbers[activity.id], width, styles)
    doc.build(story)
    return int(doc.page)


def _activity(activity: Activity, number: int, width: float, s: Any) -> list[Any]:
    value = (width - 2 * LABEL_WIDTH) / 2

    def cell(text: str, style: Any) -> Paragraph:
        return Paragraph(esc_lines(text), style)

    pairs = [("Type", activity.activity_type.label), ("Status", activity.status.label),
             ("Dates", fmt_span(activity.start_date, activity.end_date)),
             ("Recurrence", activity.recurrence.label)]
    rows: list[list[Any]] = [
        [cell(a[0], s.label), cell(a[1], s.small), cell(b[0], s.label), cell(b[1], s.small)]
        for a, b in zip(pairs[::2], pairs[1::2], strict=True)]
    for name, text in (("Action Plan tasks", joined(activity.task_codes)),
                       ("Forms of trafficking", joined(f.label for f in activity.forms)),
                       ("Locations", joined(activity.locations)),
                       ("Partners", joined(activity.partners)),
                       ("Target audiences", joined(a.label for a in activity.audiences)),
                       ("Funding", _funding(activity.funding)),
                       *(activity_results(activity) or [("Results", NOT_RECORDED)])):
        rows.append([cell(name, s.label), cell(text, s.small), "", ""])
    table = Table(rows, colWidths=[LABEL_WIDTH, value, LABEL_WIDTH, value], hAlign="LEFT")
    table.setStyle([FONT_COMMAND, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    *(("SPAN", (1, r), (3, r)) for r in range(2, len(rows)))])
    story: list[Any] = [
        HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=2, spaceAfter=4),
        Paragraph(f"{number}. {esc(activity.title)}", s.activity), table, Spacer(1, 1.5 * mm)]
    for label, text in (("Description", activity.description),
                        ("Outcome and evaluation", activity.outcome)):
        if text.strip():
            story.append(Paragraph(esc(label), s.label))
            story += paragraphs(text, s.small)  # one paragraph per block, as the Annex
    return story
