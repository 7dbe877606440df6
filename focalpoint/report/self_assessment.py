"""The optional "Self-assessment" annex: the six questions of the 2006 report for the
reporting period, each with its finding, a vector bar chart and the table behind it.

The figures come from :mod:`focalpoint.analysis.charts`, exactly as in the desktop
Analysis view and ``focalpoint analysis --json``, computed over the activities this PDF
prints (the submission snapshot for a submitted response). Charts are reportlab.graphics
drawings, so they stay sharp at any zoom and their text is real, searchable text.
"""

from __future__ import annotations

import re

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from focalpoint.analysis import Period, analyse
from focalpoint.analysis.charts import Chart, Figure, Table, english, figures
from focalpoint.report.content import ReportContent
from focalpoint.report.fonts import FAMILY
from focalpoint.report.layout import Layout, cells
from focalpoint.report.styles import INK
from focalpoint.report.tables import CellParagraph, data_table

#: The same colour-blind-safe series colours as the desktop chart (Okabe–Ito).
COLOURS = tuple(colors.HexColor(c) for c in ("#0072B2", "#E69F00", "#009E73", "#CC79A7"))
FONT_SIZE = 7.5
BAR = 3.2 * mm
GAP = 2.2 * mm
LEGEND = 6 * mm
#: A chart taller than this is split into several drawings (a drawing cannot split).
MAX_BARS_PER_DRAWING = 24


#: A cell that reads as a number (count, amount, share, or a dash for none).
_NUMBER = re.compile(r"[\d.,]+%?|–|—")


def _value(value: float, unit: str) -> str:
    return f"{value:,.2f}" if unit == "amount" else str(int(value))


def chart_drawings(chart: Chart, width: float) -> list[Drawing]:
    """The chart as one or more drawings of at most :data:`MAX_BARS_PER_DRAWING` bars."""
    if not chart.bars:
        return []
    labels = [english(bar.label) for bar in chart.bars]
    label_width = min(max(stringWidth(t, FAMILY, FONT_SIZE) for t in labels) + 3 * mm,
                      width * 0.42)
    values = [_value(v, chart.unit) for bar in chart.bars for v in bar.values]
    value_width = max(stringWidth(t, FAMILY, FONT_SIZE) for t in values) + 2 * mm
    span = max(10.0, width - label_width - value_width)
    biggest = max((v for bar in chart.bars for v in bar.values), default=0.0) or 1.0
    series = len(chart.series)
    row = series * BAR + GAP
    drawings: list[Drawing] = []
    for start in range(0, len(chart.bars), MAX_BARS_PER_DRAWING):
        chunk = chart.bars[start:start + MAX_BARS_PER_DRAWING]
        legend = LEGEND if series > 1 and start == 0 else 0
        height = legend + len(chunk) * row
        drawing = Drawing(width, height)
        if legend:
            x = 0.0
            for index, name in enumerate(chart.series):
                drawing.add(Rect(x, height - 4 * mm, 3 * mm, 3 * mm, fillColor=COLOURS[index],
                                 strokeColor=None))
                drawing.add(String(x + 4 * mm, height - 3.6 * mm, english(name),
                                   fontName=FAMILY, fontSize=FONT_SIZE, fillColor=INK))
                x += 8 * mm + stringWidth(english(name), FAMILY, FONT_SIZE)
        for index, bar in enumerate(chunk):
            top = height - legend - index * row
            label = english(bar.label)
            while stringWidth(label, FAMILY, FONT_SIZE) > label_width - 3 * mm and len(label) > 4:
                label = label[:-2].rstrip() + "…"
            drawing.add(String(label_width - 2 * mm, top - series * BAR / 2 - FONT_SIZE / 3,
                               label, fontName=FAMILY, fontSize=FONT_SIZE, fillColor=INK,
                               textAnchor="end"))
            for s, value in enumerate(bar.values):
                y = top - (s + 1) * BAR + 0.4 * mm
                length = span * value / biggest
                if value:
                    drawing.add(Rect(label_width, y, max(length, 0.6), BAR - 0.8 * mm,
                                     fillColor=COLOURS[s % len(COLOURS)], strokeColor=None))
                drawing.add(String(label_width + length + 1 * mm, y + 0.6 * mm,
                                   _value(value, chart.unit), fontName=FAMILY,
                                   fontSize=FONT_SIZE, fillColor=INK))
        drawings.append(drawing)
    return drawings


def _weights(table: Table) -> list[float]:
    """Column widths in proportion to what they hold: the longest cell text (capped, long
    names wrap) and the longest word of the header (headers never break inside a word)."""
    weights = []
    for index, header in enumerate(table.headers):
        words = english(header).split() or [""]
        longest = max(len(english(row[index].text)) for row in table.rows) if table.rows else 0
        weights.append(float(max(5, min(45, longest), max(len(w) for w in words) + 2)))
    return weights


def _table(table: Table, layout: Layout) -> list[Flowable]:
    s = layout.styles
    count = len(table.headers)
    numeric = tuple(i for i in range(1, count)
                    if table.rows and all(_NUMBER.fullmatch(r[i].text) for r in table.rows))
    header = [CellParagraph(english(h) if h else "",
                            s.head_cell_right if i in numeric else s.head_cell)
              for i, h in enumerate(table.headers)]
    grouped = [[cell for i, c in enumerate(row)
                for cell in cells([english(c.text)], s.cell_right if i in numeric else s.cell)]
               for row in table.rows]
    widths = layout.widths(*_weights(table))
    if not grouped:
        return [layout.note("Nothing to show for this period.")]
    return data_table(header, grouped, widths, right_columns=numeric,
                      chunk_rows=layout.options.chunk_rows)


def figure_block(figure: Figure, number: int, layout: Layout, *,
                 numbering: str = "S.{}") -> list[Flowable]:
    """Heading, finding and (the first part of) the chart kept on one page.

    ``numbering`` formats the figure's number in its heading (the Secretariat's report
    draft numbers its summary figures ``1.``, ``2.``...)."""
    drawings = chart_drawings(figure.chart, layout.width)
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        KeepTogether([
            layout.heading(f"{numbering.format(number)} {figure.title}", level=1,
                           key=f"self-{figure.key}"),
            layout.note(figure.note_text()),
            Spacer(1, 2 * mm),
            *drawings[:1],
        ]),
        *drawings[1:],
    ]
    for table in figure.tables:
        story += [Spacer(1, 3 * mm), *_table(table, layout)]
    return story


def self_assessment(content: ReportContent, layout: Layout) -> list[Flowable]:
    """The annex as flowables (after the activities annex)."""
    response = content.response
    result = analyse(content.activities, content.catalogue,
                     period=Period(response.period_start, response.period_end),
                     field_operation=content.mission.is_field_operation)
    story: list[Flowable] = [
        PageBreak(),
        layout.heading("Self-assessment", level=0, key="self-assessment"),
        layout.note(
            f"The questions of the 2006 report of the OSCE anti-trafficking mechanism, "
            f"answered from the {result.activities.count} activities of this period: Action "
            "Plan tasks with and without activities, forms of trafficking addressed (also "
            "for awareness-raising alone), audiences and people reached, one-off or recurring "
            "activities, evaluation and the sustainability factors of recommendation 8, "
            "funding by source, year, donor and currency, and partners. An activity mapped "
            "to several tasks counts once wherever a figure counts activities."),
    ]
    for number, figure in enumerate(figures(result), start=1):
        story += figure_block(figure, number, layout)
    return story
