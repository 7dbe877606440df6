"""Part 1 of the questionnaire: goal setting, priorities and resources.

The narrative answers as written, then the resources in figures: staff posts and budget
lines as detailed tables, each followed by totals by year and funding source (Unified
Budget against extrabudgetary), which is what the Secretariat compares across missions.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from focalpoint import questionnaire_text as words
from focalpoint.domain import BudgetLine, StaffPost
from focalpoint.report.content import ReportContent
from focalpoint.report.flowables import Para
from focalpoint.report.layout import Layout, cells
from focalpoint.report.tables import CellParagraph, data_table
from focalpoint.report.text import esc, fmt_amount, fmt_count, paragraphs
from focalpoint.resource_totals import SOURCES, TotalRow, budget_totals, staff_totals
from focalpoint.vocabularies import FundingSource


def _source_order(source: FundingSource) -> int:
    return SOURCES.index(source)


def _narrative(content: ReportContent, layout: Layout) -> list[Flowable]:
    story: list[Flowable] = []
    for question in words.NARRATIVE:
        story.append(layout.heading(question.title, level=1, key=f"part1-{question.field}"))
        story.append(layout.note(question.guidance))
        answer = str(getattr(content.response, question.field))
        story.extend(paragraphs(answer, layout.styles.body)
                     or [layout.note(words.NO_ANSWER_GIVEN)])
    return story


def _staff(posts: list[StaffPost], layout: Layout) -> list[Flowable]:
    s = layout.styles
    story: list[Flowable] = [layout.heading(words.STAFF_TITLE, level=1, key="part1-staff")]
    if not posts:
        return [*story, layout.note(words.NO_STAFF_POSTS)]
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
    summary = [[CellParagraph(str(row.year), s.cell),
                *cells([fmt_count(v) for v in [*row.by_source, row.total]], s.cell_right)]
               for row in staff_totals(posts)]
    story.append(Para(esc(words.STAFF_TOTALS_TITLE), s.subhead))
    story += data_table(
        [CellParagraph(words.YEAR, s.head_cell),
         *cells([*(source.label for source in SOURCES), words.TOTAL], s.head_cell_right)],
        summary, layout.widths(40, 43, 43, 44), chunk_rows=layout.options.chunk_rows,
    )
    return story


def _budget(lines: list[BudgetLine], layout: Layout) -> list[Flowable]:
    s = layout.styles
    story: list[Flowable] = [layout.heading(words.BUDGET_TITLE, level=1, key="part1-budget")]
    if not lines:
        return [*story, layout.note(words.NO_BUDGET_LINES)]
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
    by_year, overall = budget_totals(lines)

    def row(total: TotalRow) -> list[Flowable]:
        label = (str(total.year) if total.year is not None
                 else words.ALL_YEARS.replace("%1", total.currency))
        return [CellParagraph(esc(label), s.cell),
                *cells([fmt_amount(a, total.currency) for a in [*total.by_source, total.total]],
                       s.cell_right)]

    summary = [row(total) for total in [*by_year, *overall]]
    story.append(Para(esc(words.BUDGET_TOTALS_TITLE), s.subhead))
    story += data_table(
        [CellParagraph(words.YEAR, s.head_cell),
         *cells([*(source.label for source in SOURCES), words.TOTAL], s.head_cell_right)],
        summary, layout.widths(35, 45, 45, 45), chunk_rows=layout.options.chunk_rows,
        total_rows=len(overall),
    )
    return story


def part1(content: ReportContent, layout: Layout) -> list[Flowable]:
    """Part 1 as flowables, starting on a new page."""
    story: list[Flowable] = [
        layout.heading(words.PART1_TITLE, level=0, key="part1"),
    ]
    story += _narrative(content, layout)
    story += _staff(list(content.response.staff_posts), layout)
    story += _budget(list(content.response.budget_lines), layout)
    story.append(PageBreak())
    return story
