"""Part 1 of the questionnaire: goal setting, priorities and resources.

The narrative answers as written, then the resources in figures: staff posts and budget
lines as detailed tables, each followed by totals by year and funding source (Unified
Budget against extrabudgetary), which is what the Secretariat compares across missions.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from reportlab.platypus import Flowable, PageBreak

from focalpoint.domain import BudgetLine, StaffPost
from focalpoint.report.content import ReportContent
from focalpoint.report.flowables import Para
from focalpoint.report.layout import Layout, cells
from focalpoint.report.tables import CellParagraph, data_table
from focalpoint.report.text import esc, fmt_amount, fmt_count, paragraphs
from focalpoint.vocabularies import FundingSource

SOURCES = (FundingSource.UNIFIED_BUDGET, FundingSource.EXTRABUDGETARY)

NARRATIVE = (
    ("goal_setting", "1.1 Goal setting",
     "How the mission sets its anti-trafficking goals, and with whom."),
    ("priorities", "1.2 Priorities", "The mission's anti-trafficking priorities for the period."),
    ("resources", "1.3 Resources", "Human and financial resources, in words."),
)


def _source_order(source: FundingSource) -> int:
    return SOURCES.index(source)


def _narrative(content: ReportContent, layout: Layout) -> list[Flowable]:
    story: list[Flowable] = []
    for field_name, title, question in NARRATIVE:
        story.append(layout.heading(title, level=1, key=f"part1-{field_name}"))
        story.append(layout.note(question))
        answer = str(getattr(content.response, field_name))
        story.extend(paragraphs(answer, layout.styles.body) or [layout.note("No answer given.")])
    return story


def _staff(posts: list[StaffPost], layout: Layout) -> list[Flowable]:
    s = layout.styles
    story: list[Flowable] = [layout.heading("1.4 Staff posts", level=1, key="part1-staff")]
    if not posts:
        return [*story, layout.note("No staff posts reported.")]
    ordered = sorted(posts, key=lambda p: (p.year, _source_order(p.source), p.post.casefold()))
    rows = [
        [*cells([str(p.year), p.source.label, p.post], s.cell), *cells([fmt_count(p.count)],
                                                                         s.cell_right)]
        for p in ordered
    ]
    story += data_table(
        [*cells(["Year", "Funding source", "Post"], s.head_cell),
         CellParagraph("Posts", s.head_cell_right)],
        rows, layout.widths(14, 30, 110, 16), chunk_rows=layout.options.chunk_rows,
        right_columns=(3,),
    )
    totals: dict[int, dict[FundingSource, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for p in posts:
        totals[p.year][p.source] += p.count
    summary = []
    for year in sorted(totals):
        values = [totals[year][source] for source in SOURCES]
        summary.append([CellParagraph(str(year), s.cell),
                        *cells([fmt_count(v) for v in [*values, sum(values, Decimal(0))]],
                               s.cell_right)])
    story.append(Para(esc("Posts by year and funding source"), s.subhead))
    story += data_table(
        [CellParagraph("Year", s.head_cell),
         *cells(["Unified Budget", "Extrabudgetary", "Total"], s.head_cell_right)],
        summary, layout.widths(40, 43, 43, 44), chunk_rows=layout.options.chunk_rows,
    )
    return story


def _budget(lines: list[BudgetLine], layout: Layout) -> list[Flowable]:
    s = layout.styles
    story: list[Flowable] = [layout.heading("1.5 Budget", level=1, key="part1-budget")]
    if not lines:
        return [*story, layout.note("No budget lines reported.")]
    ordered = sorted(lines, key=lambda b: (b.year, _source_order(b.source), b.currency,
                                           b.description.casefold()))
    rows = [
        [*cells([str(b.year), b.source.label, b.description], s.cell),
         *cells([fmt_amount(b.amount, b.currency)], s.cell_right)]
        for b in ordered
    ]
    story += data_table(
        [*cells(["Year", "Funding source", "Description"], s.head_cell),
         CellParagraph("Amount", s.head_cell_right)],
        rows, layout.widths(14, 30, 96, 30), chunk_rows=layout.options.chunk_rows,
        right_columns=(3,),
    )
    # Amounts in different currencies are never added together: one total line each.
    totals: dict[tuple[int, str], dict[FundingSource, Decimal]] = defaultdict(
        lambda: defaultdict(Decimal))
    overall: dict[str, dict[FundingSource, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for b in lines:
        totals[(b.year, b.currency)][b.source] += b.amount
        overall[b.currency][b.source] += b.amount

    def row(label: str, currency: str, values: dict[FundingSource, Decimal]) -> list[Flowable]:
        amounts = [values[source] for source in SOURCES]
        return [CellParagraph(esc(label), s.cell),
                *cells([fmt_amount(a, currency) for a in [*amounts, sum(amounts, Decimal(0))]],
                       s.cell_right)]

    summary = [row(str(year), currency, totals[(year, currency)])
               for year, currency in sorted(totals)]
    summary += [row(f"All years ({currency})", currency, overall[currency])
                for currency in sorted(overall)]
    story.append(Para(esc("Budget by year and funding source"), s.subhead))
    story += data_table(
        [CellParagraph("Year", s.head_cell),
         *cells(["Unified Budget", "Extrabudgetary", "Total"], s.head_cell_right)],
        summary, layout.widths(35, 45, 45, 45), chunk_rows=layout.options.chunk_rows,
        total_rows=len(overall),
    )
    return story


def part1(content: ReportContent, layout: Layout) -> list[Flowable]:
    """Part 1 as flowables, starting on a new page."""
    story: list[Flowable] = [
        layout.heading("Part 1 — Goal setting, priorities and resources", level=0,
                       key="part1"),
    ]
    story += _narrative(content, layout)
    story += _staff(list(content.response.staff_posts), layout)
    story += _budget(list(content.response.budget_lines), layout)
    story.append(PageBreak())
    return story
