"""The report draft as a PDF for circulation (reportlab platypus), from the same
:class:`~focalpoint.secretariat.reporting.content.DraftContent` as the Word draft.

Why reuse the questionnaire PDF's machinery (:mod:`focalpoint.report`): one look for
every PDF FocalPoint prints — the DejaVu fonts (Cyrillic, Georgian and Armenian names of
partners and places print as text, not boxes), the running header and "Page X of Y"
footer, the contents with real page numbers, the bookmarks, and the self-assessment
annex's vector charts and tables, which here show the consolidated figures.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from focalpoint import __version__
from focalpoint.analysis.charts import figures
from focalpoint.report.document import (
    BODY_TEMPLATE,
    PageCount,
    QuestionnaireDoc,
    RunningText,
    contents,
    seed_contents,
)
from focalpoint.report.export import pdf_target
from focalpoint.report.flowables import Para
from focalpoint.report.fonts import register_fonts
from focalpoint.report.layout import Layout, Options
from focalpoint.report.self_assessment import figure_block
from focalpoint.report.styles import make_styles
from focalpoint.report.text import esc
from focalpoint.secretariat.reporting.content import DraftContent, MissionOnTask, TaskReport
from focalpoint.secretariat.reporting.texts import (
    INTRO,
    NO_ACTIVITY,
    NOT_REPORTED,
    TITLE,
    activity_line,
    annex_line,
    period_text,
    unreported_line,
)
from focalpoint.vocabularies import ImplementationStatus

BULLET = "•"


def _mission(report: MissionOnTask, layout: Layout) -> list[Flowable]:
    s = layout.styles
    mission = report.mission
    story: list[Flowable] = [Para(esc(f"{mission.name} ({mission.code})"), s.activity)]
    entry = report.entry
    if entry is not None:
        story.append(Para(esc(f"Status: {ImplementationStatus(entry.status).label}"), s.small))
        if entry.comment:
            story.append(Para(esc(f"Comment: {entry.comment}"), s.small))
        if entry.challenges:
            story.append(Para(esc(f"Challenges: {entry.challenges}"), s.small))
    for activity in report.activities:
        story.append(Para(esc(activity_line(activity)), s.small, bulletText=BULLET))
    if not report.activities:
        story.append(layout.note(NO_ACTIVITY))
    story.append(Spacer(1, 1.5 * mm))
    return story


def _task(report: TaskReport, layout: Layout) -> list[Flowable]:
    task = report.task
    story: list[Flowable] = [
        # Tasks are bookmarks, not lines of the contents (chapters and sections are).
        layout.heading(f"Task {task.code}", level=3, key=f"task-{task.code}", toc=False),
        Para(esc(task.text), layout.styles.task_text),
        Spacer(1, 2 * mm),
    ]
    if not report.reported:
        story.append(layout.alert(NOT_REPORTED))
    for on_task in report.missions:
        story += _mission(on_task, layout)
    return story


def story(content: DraftContent, layout: Layout, page_count: PageCount) -> list[Flowable]:
    s = layout.styles
    toc = contents(s)
    reports = {t.task.code: t for t in content.tasks}
    flowables: list[Flowable] = [
        page_count,
        NextPageTemplate(BODY_TEMPLATE),
        Spacer(1, 30 * mm),
        Para(esc("Draft for the Permanent Council"), s.cover_kicker),
        Para(esc(TITLE), s.cover_title),
        Para(esc(period_text(content)), s.cover_subtitle),
        Spacer(1, 6 * mm),
        Para(esc(INTRO.format(missions=len(content.missions),
                              period=period_text(content))), s.body),
        Para(esc(unreported_line(content)), s.body),
        PageBreak(),
        Para(esc("Contents"), s.toc_title),
        toc,
        PageBreak(),
        layout.heading("What the missions did, task by task", level=0, key="tasks"),
    ]
    for chapter in content.catalogue.chapters:
        flowables.append(layout.heading(f"{chapter.code}. {chapter.title}", level=1,
                                        key=f"chapter-{chapter.code}"))
        for section in chapter.sections:
            flowables.append(layout.heading(f"{section.code} {section.title}", level=2,
                                            key=f"section-{section.code}"))
            for task in section.tasks:
                flowables += _task(reports[task.code], layout)
    flowables += [PageBreak(),
                  layout.heading("Summary of the missions' activities", level=0,
                                 key="summary")]
    for number, figure in enumerate(figures(content.analysis), start=1):
        flowables += figure_block(figure, number, layout, numbering="{}.")
    flowables += [PageBreak(),
                  layout.heading("Annex: missions that did not submit a questionnaire for "
                                 "the period", level=0, key="annex")]
    missing = content.not_submitted
    if not missing:
        flowables.append(Para(esc("Every mission submitted a questionnaire for the period."),
                              s.body))
    for mission in missing:
        flowables.append(Para(esc(annex_line(mission)), s.body, bulletText=BULLET))
    seed_contents(toc, flowables)
    return flowables


def write_pdf(content: DraftContent, out: Path, *, creation_date: datetime | None = None
              ) -> int:
    """Write the draft atomically (a temporary file next to ``out``, renamed when
    complete); returns the page count. Raises :class:`ReportError` with a message."""
    out = Path(out)
    fonts = register_fonts()
    styles = make_styles(fonts)
    page_count = PageCount()
    generated = creation_date or datetime.now(UTC)
    period = period_text(content)
    running = RunningText(header_left="Report on the implementation of the Action Plan "
                                      "(draft)",
                          header_right=period,
                          footer_left=f"Draft compiled by FocalPoint {__version__} on "
                                      f"{generated.date().isoformat()}")
    with pdf_target(out) as temp_name:
        doc = QuestionnaireDoc(
            temp_name, pagesize=A4, fonts=fonts, running=running, page_count=page_count,
            title=f"{TITLE} — draft — {period}", author="OSCE Secretariat",
            subject=f"Consolidated report of {len(content.missions)} missions for {period}",
            creator=f"FocalPoint {__version__}",
            keywords="OSCE, trafficking in human beings, Action Plan, report draft",
            invariant=creation_date is not None)
        layout = Layout(styles=styles, width=doc.width, options=Options(generated=generated))
        doc.multiBuild(story(content, layout, page_count), maxPasses=6)
    return page_count.seen or 0
