"""The Annex: summary counts, then every activity of the period in full.

Part 2 shows activities as one table row per task; the Annex is where a reader finds the
whole record (description, funding, outcome), numbered so Part 2 can refer to it.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Spacer,
    Table,
)

from focalpoint.analysis.coverage import task_coverage
from focalpoint.domain import Activity, FundingLine
from focalpoint.report.content import ReportContent
from focalpoint.report.flowables import DataTable, Para
from focalpoint.report.layout import Layout, cells
from focalpoint.report.styles import FONT_COMMAND, RULE
from focalpoint.report.tables import CellParagraph, data_table
from focalpoint.report.text import (
    NO_VALUE,
    esc,
    esc_lines,
    fmt_amount,
    fmt_span,
    joined,
    paragraphs,
)
from focalpoint.results_text import NOT_RECORDED, activity_results
from focalpoint.vocabularies import TraffickingForm

#: A table cell cannot split across pages: longer values are printed below the table.
CELL_LIMIT = 1500
LABEL_WIDTH = 36 * mm


def _chapters_of(activity: Activity, content: ReportContent) -> set[str]:
    codes = (content.catalogue.resolve(code) for code in activity.task_codes)
    return {code.split(".", 1)[0] for code in codes if code}


def by_section(content: ReportContent, layout: Layout) -> list[Flowable]:
    """Activities per chapter and section (an activity counts once per heading).

    Counted by :func:`task_coverage`, as the Action Plan and Analysis views count.
    """
    s = layout.styles
    coverage = task_coverage(content.activities, content.catalogue, field_operation=False)
    chapter_counts = {area.code: len(area.ids) for area in coverage.chapters}
    section_counts = {area.code: len(area.ids) for area in coverage.sections}
    rows: list[list[Flowable]] = []
    for chapter in content.catalogue.chapters:
        rows.append([*cells([f"{chapter.code}. {chapter.title}"], s.cell_bold),
                     *cells([str(chapter_counts.get(chapter.code, 0))], s.cell_bold_right)])
        for section in chapter.sections:
            rows.append([*cells([f"    {section.code} {section.title}"], s.cell),
                         *cells([str(section_counts.get(section.code, 0))], s.cell_right)])
    rows.append([*cells(["All activities of the period"], s.cell_bold),
                 *cells([str(len(content.activities))], s.cell_bold_right)])
    return [
        Para(esc("Activities by chapter and section"), s.subhead),
        *data_table([CellParagraph("Chapter / section", s.head_cell),
                     CellParagraph("Activities", s.head_cell_right)], rows,
                    layout.widths(140, 30), right_columns=(1,), total_rows=1,
                    chunk_rows=layout.options.chunk_rows),
        layout.note("An activity mapped to tasks in several sections counts once in each."),
    ]


def by_form(content: ReportContent, layout: Layout) -> list[Flowable]:
    """Activities per form of trafficking addressed, by chapter, with distinct totals."""
    s = layout.styles
    chapters = [chapter.code for chapter in content.catalogue.chapters]
    forms: list[TraffickingForm | None] = [*TraffickingForm, None]
    counts: dict[tuple[TraffickingForm | None, str], int] = {}
    totals: dict[TraffickingForm | None, int] = {}
    chapter_totals: dict[str, int] = {}
    for activity in content.activities:
        in_chapters = _chapters_of(activity, content)
        for code in in_chapters:
            chapter_totals[code] = chapter_totals.get(code, 0) + 1
        addressed: list[TraffickingForm | None] = [*activity.forms] or [None]
        for form in addressed:
            totals[form] = totals.get(form, 0) + 1
            for code in in_chapters:
                counts[(form, code)] = counts.get((form, code), 0) + 1
    rows = []
    for form in forms:
        label = form.label if form else "No form recorded"
        values = [str(counts.get((form, code), 0)) for code in chapters]
        rows.append([*cells([label], s.cell), *cells([*values, str(totals.get(form, 0))],
                                                       s.cell_right)])
    rows.append([*cells(["All activities of the period"], s.cell_bold),
                 *cells([*(str(chapter_totals.get(code, 0)) for code in chapters),
                         str(len(content.activities))], s.cell_bold_right)])
    header = [CellParagraph("Form of trafficking", s.head_cell),
              *cells([f"Chapter {code}" for code in chapters], s.head_cell_right),
              CellParagraph("Activities", s.head_cell_right)]
    widths = layout.widths(60, *([80 / max(len(chapters), 1)] * len(chapters)), 30)
    return [
        Para(esc("Activities by form of trafficking addressed and chapter"), s.subhead),
        *data_table(header, rows, widths, right_columns=tuple(range(1, len(chapters) + 2)),
                    total_rows=1, chunk_rows=layout.options.chunk_rows),
        layout.note("An activity addressing several forms, or mapped to several chapters, "
                    "counts in each; the last column counts each activity once per form."),
    ]


def _funding(lines: list[FundingLine]) -> str:
    parts = []
    for line in lines:
        donor = f" – {line.donor}" if line.donor else ""
        parts.append(f"{line.source.label}{donor}: {fmt_amount(line.amount, line.currency)}")
    return "; ".join(parts) if parts else NO_VALUE


def facts_table(pairs: list[tuple[str, str]], wide: list[tuple[str, str]],
                layout: Layout) -> Table:
    """Short facts two to a row, then the list-valued ones across the whole width."""
    s = layout.styles
    label, value = LABEL_WIDTH, (layout.width - 2 * LABEL_WIDTH) / 2

    def cell(text: str, style: object) -> CellParagraph:
        return CellParagraph(esc_lines(text), style)

    rows: list[list[Flowable | str]] = []
    for left, right in zip(pairs[::2], [*pairs[1::2], ("", "")], strict=False):
        rows.append([cell(left[0], s.label), cell(left[1], s.small),
                     cell(right[0], s.label), cell(right[1], s.small)])
    first_wide = len(rows)
    for name, text in wide:
        rows.append([cell(name, s.label), cell(text, s.small), "", ""])
    table = DataTable(rows, colWidths=[label, value, label, value], hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        FONT_COMMAND,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for row in range(first_wide, len(rows)):
        commands.append(("SPAN", (1, row), (3, row)))
    table.setStyle(commands)
    return table


def activity_block(activity: Activity, number: int, layout: Layout) -> list[Flowable]:
    """One activity with all its fields; long values flow below the facts table."""
    s = layout.styles
    title = Para(f'<a name="activity-{number}"/>{number}. {esc(activity.title)}',
                      s.activity)
    pairs = [
        ("Type", activity.activity_type.label),
        ("Status", activity.status.label),
        ("Dates", fmt_span(activity.start_date, activity.end_date)),
        ("Recurrence", activity.recurrence.label),
    ]
    listed = [
        ("Action Plan tasks", joined(activity.task_codes)),
        ("Forms of trafficking", joined(f.label for f in activity.forms)),
        ("Locations", joined(activity.locations)),
        ("Partners", joined(activity.partners)),
        ("Target audiences", joined(a.label for a in activity.audiences)),
        ("Funding", _funding(activity.funding)),
        # Results (recommendation 8): only what is recorded, else one line saying so.
        *(activity_results(activity) or [("Results", NOT_RECORDED)]),
    ]
    wide = [(name, text) for name, text in listed if len(text) <= CELL_LIMIT]
    long = [(name, text) for name, text in listed if len(text) > CELL_LIMIT]
    table = facts_table(pairs, wide, layout)
    story: list[Flowable] = [KeepTogether([
        HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=2, spaceAfter=4),
        title, table, Spacer(1, 1.5 * mm),
    ])]
    for label, value in [*long, ("Description", activity.description),
                         ("Outcome and evaluation", activity.outcome)]:
        if value.strip():
            story += layout.label(label)
            story += paragraphs(value, s.small)
    story.append(Spacer(1, 2 * mm))
    return story


def annex(content: ReportContent, layout: Layout) -> list[Flowable]:
    """The Annex as flowables (the document's last part)."""
    story: list[Flowable] = [
        layout.heading("Annex — Activities of the reporting period", level=0, key="annex"),
        layout.note(
            f"{len(content.activities)} activities whose dates overlap the reporting period"
            + (", as recorded in the snapshot taken at submission." if content.from_snapshot
               else ", as recorded at the time this document was generated.")
        ),
        layout.heading("A.1 Summary", level=1, key="annex-summary"),
        *by_section(content, layout),
        Spacer(1, 4 * mm),
        *by_form(content, layout),
        CondPageBreak(90 * mm),
        layout.heading("A.2 Activities in detail", level=1, key="annex-detail"),
    ]
    if not content.activities:
        story.append(layout.note("No activity of the mission falls within the period."))
    for activity in content.activities:
        story += activity_block(activity, content.numbers[activity.id], layout)
    return story
