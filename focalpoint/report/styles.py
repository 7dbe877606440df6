"""Page sizes, colours, paragraph and table styles of the questionnaire PDF.

One place for the look of the document, so the parts stay consistent: a sober, official
layout (OSCE-like navy headings, grey rules, no decoration) that prints well in black and
white, because the Secretariat files printed copies.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from focalpoint.report.errors import ReportError
from focalpoint.report.fonts import FAMILY, FontSet

PAGE_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}

NAVY = colors.HexColor("#1F3A5F")
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5A6270")
RULE = colors.HexColor("#B8C0CC")
HEADER_FILL = colors.HexColor("#E3E8EF")
TASK_FILL = colors.HexColor("#F2F4F7")
ALERT_FILL = colors.HexColor("#FFF4E0")
ALERT_RULE = colors.HexColor("#C98A1B")
ZEBRA = colors.HexColor("#F7F8FA")

MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm

#: Rows per table chunk. One long table gets slower with every page it spans (a 5,000-row
#: table renders about 3x faster in chunks; see bench/bench_pdf.py and docs/report.md).
TABLE_CHUNK_ROWS = 90

#: Tables set a font for every cell even when the cells are paragraphs; without this the
#: PDF would reference Helvetica (not embedded, Latin-1 only).
FONT_COMMAND: tuple[object, ...] = ("FONTNAME", (0, 0), (-1, -1), FAMILY)


def page_size(name: str) -> tuple[float, float]:
    """The page size for ``a4`` or ``letter`` (any case)."""
    try:
        return PAGE_SIZES[name.strip().lower()]
    except (KeyError, AttributeError):
        raise ReportError(
            f"unknown page size {name!r}; choose one of: {', '.join(PAGE_SIZES)}"
        ) from None


@dataclass(frozen=True)
class Styles:
    """The paragraph styles, by role."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold_right: ParagraphStyle
    head_cell: ParagraphStyle
    head_cell_right: ParagraphStyle
    task_text: ParagraphStyle
    alert: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_status: ParagraphStyle
    part: ParagraphStyle
    chapter: ParagraphStyle
    section: ParagraphStyle
    task: ParagraphStyle
    subhead: ParagraphStyle
    activity: ParagraphStyle
    toc_title: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]


def make_styles(fonts: FontSet) -> Styles:
    """Build the styles for the registered fonts."""
    base = ParagraphStyle(
        "body", fontName=fonts.regular, fontSize=9.5, leading=13, textColor=INK,
        spaceAfter=5, alignment=TA_LEFT,
    )

    def derive(name: str, **overrides: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **overrides)  # type: ignore[arg-type]

    cell = derive("cell", fontSize=8, leading=10, spaceAfter=0)
    heading = {"fontName": fonts.bold, "textColor": NAVY, "keepWithNext": 1}
    toc_levels = (
        derive("toc0", fontName=fonts.bold, fontSize=10.5, leading=14, spaceBefore=7,
               rightIndent=12 * mm, spaceAfter=0),
        derive("toc1", fontSize=9.5, leading=12.5, leftIndent=6 * mm, rightIndent=12 * mm,
               spaceAfter=0),
        derive("toc2", fontSize=9, leading=11.5, leftIndent=12 * mm, rightIndent=12 * mm,
               spaceAfter=0),
        derive("toc3", fontSize=8.5, leading=11, leftIndent=18 * mm, rightIndent=12 * mm,
               spaceAfter=0, textColor=MUTED),
    )
    return Styles(
        body=base,
        small=derive("small", fontSize=8.5, leading=11),
        muted=derive("muted", fontSize=8.5, leading=11, textColor=MUTED),
        # No keepWithNext: grouped with a long table or text it would push the whole group
        # to the next page; labels are preceded by a conditional page break instead.
        label=derive("label", fontName=fonts.bold, fontSize=8.5, leading=11, spaceAfter=1,
                     textColor=NAVY),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=fonts.bold),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_bold_right=ParagraphStyle("cell_bold_right", parent=cell, fontName=fonts.bold,
                                       alignment=TA_RIGHT),
        head_cell=ParagraphStyle("head_cell", parent=cell, fontName=fonts.bold,
                                 textColor=NAVY),
        head_cell_right=ParagraphStyle("head_cell_right", parent=cell, fontName=fonts.bold,
                                       textColor=NAVY, alignment=TA_RIGHT),
        task_text=derive("task_text", fontName=fonts.italic, fontSize=9, leading=12.5,
                         spaceAfter=0),
        alert=derive("alert", fontName=fonts.bold, fontSize=9, leading=12, spaceAfter=0,
                     textColor=colors.HexColor("#7A4E00")),
        cover_kicker=derive("cover_kicker", fontName=fonts.bold, fontSize=10, leading=14,
                            textColor=MUTED, spaceAfter=2),
        cover_title=derive("cover_title", fontName=fonts.bold, fontSize=22, leading=28,
                           textColor=NAVY, spaceAfter=6),
        cover_subtitle=derive("cover_subtitle", fontSize=13, leading=18, textColor=INK,
                              spaceAfter=4),
        cover_status=derive("cover_status", fontName=fonts.bold, fontSize=11, leading=15,
                            alignment=TA_CENTER, spaceAfter=0),
        part=derive("part", fontSize=17, leading=22, spaceBefore=0, spaceAfter=10, **heading),
        chapter=derive("chapter", fontSize=13.5, leading=18, spaceBefore=10, spaceAfter=6,
                       **heading),
        section=derive("section", fontSize=11.5, leading=15, spaceBefore=9, spaceAfter=4,
                       **heading),
        task=derive("task", fontSize=10.5, leading=14, spaceBefore=10, spaceAfter=3,
                    **heading),
        subhead=derive("subhead", fontSize=10, leading=13, spaceBefore=6, spaceAfter=3,
                       **heading),
        activity=derive("activity", fontName=fonts.bold, fontSize=9.5, leading=12.5,
                        spaceBefore=0, spaceAfter=2, textColor=NAVY),
        toc_title=derive("toc_title", fontSize=17, leading=22, spaceAfter=8, **heading),
        toc_levels=toc_levels,
    )


def grid_style(*, zebra_rows: int = 0, right_columns: tuple[int, ...] = ()) -> TableStyle:
    """The data-table look: tinted header row that repeats, thin rules, light zebra rows."""
    commands: list[tuple[object, ...]] = [
        FONT_COMMAND,
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in range(2, zebra_rows + 1, 2):
        commands.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    for column in right_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    return TableStyle(commands)


def total_row_style(row: int) -> list[tuple[object, ...]]:
    """Commands that mark ``row`` as a total line (rule above, tint)."""
    return [
        ("LINEABOVE", (0, row), (-1, row), 0.8, NAVY),
        ("BACKGROUND", (0, row), (-1, row), HEADER_FILL),
    ]
