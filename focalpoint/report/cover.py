"""The cover page and the contents page."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from focalpoint.report.content import ReportContent
from focalpoint.report.document import BODY_TEMPLATE, Heading
from focalpoint.report.flowables import DataTable, Para
from focalpoint.report.layout import Layout
from focalpoint.report.styles import ALERT_FILL, ALERT_RULE, FONT_COMMAND, HEADER_FILL, NAVY, RULE
from focalpoint.report.text import NO_VALUE, esc, fmt_date, fmt_datetime, fmt_period
from focalpoint.vocabularies import ResponseStatus

ACTION_PLAN = "OSCE Action Plan to Combat Trafficking in Human Beings"


def respondent(content: ReportContent) -> tuple[str, str]:
    """Name and post of the respondent: the response's, else the mission profile's."""
    response, mission = content.response, content.mission
    return (
        response.respondent_name or mission.focal_point_name,
        response.respondent_post or mission.focal_point_post,
    )


def status_line(content: ReportContent) -> str:
    """``Submitted on …`` or ``Draft — not submitted``, for the cover and the footer."""
    response = content.response
    if response.status == ResponseStatus.SUBMITTED:
        return f"Submitted to the OSCE Secretariat on {fmt_datetime(response.submitted_at)}"
    return "Draft — not yet submitted to the OSCE Secretariat"


def cover(content: ReportContent, layout: Layout, generated: datetime) -> list[Flowable]:
    """Mission, period, respondent, status and generation date, on a page of its own."""
    s = layout.styles
    response, mission = content.response, content.mission
    name, post = respondent(content)
    label_width = 45 * mm
    facts = [
        ("Mission", f"{mission.name} ({mission.code})"),
        ("Reporting period", fmt_period(response.period_start, response.period_end)),
        ("Respondent", name or NO_VALUE),
        ("Post", post or NO_VALUE),
        ("Status", response.status.label),
        ("Submitted", fmt_datetime(response.submitted_at)
         if response.status == ResponseStatus.SUBMITTED else "Not yet submitted"),
        ("Activities in the period", str(len(content.activities))),
        ("Action Plan catalogue", content.catalogue.version
         if content.data_catalogue_version == content.catalogue.version
         else f"{content.catalogue.version} (data recorded against "
              f"{content.data_catalogue_version})"),
        ("Generated", fmt_date(generated.date())),
        ("Response id", response.id),
    ]
    rows = [[Para(esc(label), s.label), Para(esc(value), s.body)]
            for label, value in facts]
    table = DataTable(rows, colWidths=[label_width, layout.width - label_width], hAlign="LEFT")
    table.setStyle([
        FONT_COMMAND,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ])
    submitted = response.status == ResponseStatus.SUBMITTED
    status = DataTable([[Para(esc(status_line(content).upper() if not submitted
                                   else status_line(content)), s.cover_status)]],
                   colWidths=[layout.width])
    status.setStyle([
        FONT_COMMAND,
        ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL if submitted else ALERT_FILL),
        ("BOX", (0, 0), (-1, -1), 0.8, NAVY if submitted else ALERT_RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
    ])
    return [
        Heading(esc("Organization for Security and Co-operation in Europe"), s.cover_kicker,
                level=0, key="cover", outline="Cover"),
        Spacer(1, 28 * mm),
        Para(esc("Questionnaire response"), s.cover_title),
        Para(esc(f"Implementation of the {ACTION_PLAN}"), s.cover_subtitle),
        Spacer(1, 10 * mm),
        Para(esc(mission.name), s.chapter),
        Para(esc(fmt_period(response.period_start, response.period_end)), s.subhead),
        Spacer(1, 8 * mm),
        table,
        Spacer(1, 12 * mm),
        status,
        Spacer(1, 6 * mm),
        layout.note(
            "Part 1 answers the narrative questions on goal setting, priorities and resources. "
            "Part 2 reports, task by task, on the implementation of the Action Plan tasks "
            "given to OSCE bodies. The Annex lists every activity of the period."
        ),
        NextPageTemplate(BODY_TEMPLATE),
        PageBreak(),
    ]


def contents_page(layout: Layout, toc: TableOfContents) -> list[Flowable]:
    """The contents, with page numbers computed by the multi-pass build."""
    return [
        Heading(esc("Contents"), layout.styles.toc_title, level=0, key="contents",
                outline="Contents"),
        toc,
        PageBreak(),
    ]
