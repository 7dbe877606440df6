"""Part 2 of the questionnaire: the Action Plan, chapter by section by task.

For each task: its text (set apart in a tinted, italic box so it is never mistaken for
the mission's words), the mission's status, comment and challenges, then the activities of
the period mapped to it. A task that applies but has nothing reported is flagged in a box,
because the Secretariat reads silence as "nothing done" and the focal point should see it
before submitting.
"""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)

from focalpoint import questionnaire_text as words
from focalpoint.catalogue import Catalogue, Task
from focalpoint.domain import Activity
from focalpoint.report.content import ReportContent, TaskView
from focalpoint.report.flowables import DataTable, Para
from focalpoint.report.layout import Layout, cells
from focalpoint.report.styles import FONT_COMMAND, NAVY, TASK_FILL
from focalpoint.report.tables import CellParagraph, data_table
from focalpoint.report.text import esc, fmt_span, joined, paragraphs, shorten
from focalpoint.vocabularies import ImplementationStatus

#: A cell cannot split across pages; lists longer than this are cut (the Annex has all).
CELL_CHARS = 600


def bodies(task: Task, catalogue: Catalogue) -> str:
    """Who the Action Plan gives the task to, in words."""
    return ", ".join(catalogue.body_name(code) for code in task.bodies)


def status_label(view: TaskView) -> str:
    """The mission's status for the task; a task it did not answer is said to be so."""
    return view.status.label if view.entry is not None else words.NO_ANSWER


def task_box(view: TaskView, content: ReportContent, layout: Layout) -> Table:
    """The Action Plan's text of the task, set apart from the mission's answer."""
    s = layout.styles
    inner = [
        Para(esc(view.task.text), s.task_text),
        Para(esc(f"Action Plan task for: {bodies(view.task, content.catalogue)}"),
                  s.muted),
    ]
    box = DataTable([[inner]], colWidths=[layout.width])
    box.setStyle([
        FONT_COMMAND,
        ("BACKGROUND", (0, 0), (-1, -1), TASK_FILL),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, NAVY),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
    ])
    return box


def activity_rows(
    activities: tuple[Activity, ...], content: ReportContent, layout: Layout
) -> list[list[Flowable]]:
    s = layout.styles
    rows = []
    for activity in activities:
        number = content.numbers.get(activity.id)
        ref = (f'<a href="#activity-{number}" color="#1F3A5F">{number}</a>'
               if number else "")
        rows.append([
            CellParagraph(ref, s.cell_right),
            *cells([
                activity.title,
                fmt_span(activity.start_date, activity.end_date),
                activity.activity_type.label,
                shorten(joined(activity.partners), CELL_CHARS),
                shorten(joined(a.label for a in activity.audiences), CELL_CHARS),
            ], s.cell),
        ])
    return rows


def activities_table(view: TaskView, content: ReportContent, layout: Layout) -> list[Flowable]:
    s = layout.styles
    header = [CellParagraph("No.", s.head_cell_right),
              *cells(["Activity", "Dates", "Type", "Partners", "Audiences"], s.head_cell)]
    return [
        *layout.label(f"Activities of the period mapped to this task ({len(view.activities)})",
                      room=35 * mm),
        *data_table(header, activity_rows(view.activities, content, layout),
                    layout.widths(9, 52, 25, 23, 33, 28), chunk_rows=layout.options.chunk_rows),
    ]


def task_block(view: TaskView, content: ReportContent, layout: Layout) -> list[Flowable]:
    """Heading, task text, the mission's answer and the activities of one task."""
    s = layout.styles
    code = view.task.code
    count = len(view.activities)
    if view.applicable:
        summary = f"{status_label(view)}, {count} activit{'y' if count == 1 else 'ies'}"
    else:
        summary = "Not applicable"
    heading = layout.heading(f"Task {code}", level=3, key=f"task-{code}",
                             outline=f"Task {code} — {summary}")
    heading.toc = esc(f"Task {code} — {summary}")
    story: list[Flowable] = [
        KeepTogether([heading, task_box(view, content, layout), Spacer(1, 2 * mm)]),
    ]

    if view.applicable:
        status = status_label(view)
    elif view.entry is None:
        status = words.NOT_APPLICABLE_OTHER_BODIES
    else:
        status = "Not applicable to the mission"
    story.append(Para(f"<b>Implementation status:</b> {esc(status)}", s.body))
    if view.comment.strip():
        story += layout.label("Comment")
        story += paragraphs(view.comment, s.body)
    if view.challenges.strip():
        story += layout.label("Challenges")
        story += paragraphs(view.challenges, s.body)
    if view.unreported:
        story.append(layout.alert(
            "Applies to the mission: no activity of the period and no comment reported."
        ))
    elif view.applicable and not view.activities:
        story.append(layout.note("No activity of the period is mapped to this task."))
    if view.activities:
        story += activities_table(view, content, layout)
    return story


def overview(content: ReportContent, layout: Layout, shown: set[str]) -> list[Flowable]:
    """One paragraph of counts, and the omitted tasks by code, so nothing is silently absent."""
    tasks = content.tasks()
    applicable = [t for t in tasks if t.applicable]
    statuses = Counter(t.status for t in applicable if t.entry is not None)
    parts = [f"{statuses[st]} {st.label.lower()}" for st in ImplementationStatus
             if statuses[st] and st != ImplementationStatus.NOT_APPLICABLE]
    missing = sum(1 for t in applicable if t.entry is None)
    if missing:
        parts.append(f"{missing} without an answer")
    unreported = [t.task.code for t in applicable if t.unreported]
    lines = [
        f"{len(tasks)} tasks in the Action Plan catalogue (version {content.catalogue.version}); "
        f"{len(applicable)} apply to the mission"
        + (f": {', '.join(parts)}." if parts else "."),
    ]
    if unreported:
        lines.append(f"Applicable tasks with nothing reported: {', '.join(unreported)}.")
    omitted = [t.task.code for t in tasks if t.task.code not in shown]
    if omitted:
        lines.append(f"Tasks not applicable to the mission, left out of this part: "
                     f"{', '.join(omitted)}.")
    if content.unknown_tasks:
        lines.append("Task codes in the data that this catalogue does not contain (not "
                     f"reported below): {', '.join(content.unknown_tasks)}.")
    lines.append("Activity numbers refer to the Annex, which describes each activity in full.")
    return [Para(esc(line), layout.styles.body) for line in lines]


def part2(content: ReportContent, layout: Layout) -> list[Flowable]:
    """Part 2 as flowables, in catalogue order, starting on a new page."""
    include_na = layout.options.include_not_applicable
    shown = {t.task.code for t in content.tasks() if t.applicable or include_na}
    story: list[Flowable] = [
        layout.heading("Part 2 — Implementation of the Action Plan", level=0, key="part2"),
    ]
    story += overview(content, layout, shown)
    for chapter_view in content.chapters:
        sections = [(sv, [t for t in sv.tasks if t.task.code in shown])
                    for sv in chapter_view.sections]
        sections = [(sv, tasks) for sv, tasks in sections if tasks]
        if not sections:
            continue
        chapter = chapter_view.chapter
        story.append(CondPageBreak(70 * mm))
        story.append(layout.heading(f"{chapter.code}. {chapter.title}", level=1,
                                    key=f"chapter-{chapter.code}"))
        for section_view, tasks in sections:
            section = section_view.section
            story.append(CondPageBreak(50 * mm))
            story.append(layout.heading(f"{section.code} {section.title}", level=2,
                                        key=f"section-{section.code}"))
            for view in tasks:
                story += task_block(view, content, layout)
    story.append(PageBreak())
    return story
