"""The report draft as an editable Word document (python-docx).

Why .docx: staff rewrite the draft before it goes to the Permanent Council; Word's own
heading styles make its navigation pane and table of contents work, and every activity is
a "List Bullet" paragraph so a reviewer can restyle or delete it in one place.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Pt, RGBColor

from focalpoint.analysis.charts import english, figures
from focalpoint.domain import Activity
from focalpoint.secretariat.reporting.content import DraftContent, MissionOnTask
from focalpoint.vocabularies import ImplementationStatus

FLAG = RGBColor(0xB3, 0x26, 0x1E)
NO_VALUE = "—"


def activity_line(activity: Activity) -> str:
    """One activity as the draft lists it: title (dates; type; partners; audiences)."""
    start = activity.start_date.isoformat() if activity.start_date else "undated"
    dates = start if not activity.end_date or activity.end_date == activity.start_date \
        else f"{start} – {activity.end_date.isoformat()}"
    parts = [dates, activity.activity_type.label]
    if activity.partners:
        parts.append("partners: " + ", ".join(activity.partners))
    if activity.audiences:
        parts.append("audiences: " + ", ".join(a.label for a in activity.audiences))
    return f"{activity.title} ({'; '.join(parts)})"


def _mission_block(doc: DocxDocument, report: MissionOnTask) -> None:
    mission = report.mission
    heading = doc.add_paragraph()
    run = heading.add_run(f"{mission.name} ({mission.code})")
    run.bold = True
    entry = report.entry
    if entry is not None:
        status = ImplementationStatus(entry.status).label
        doc.add_paragraph(f"Status: {status}")
        if entry.comment:
            doc.add_paragraph(f"Comment: {entry.comment}")
        if entry.challenges:
            doc.add_paragraph(f"Challenges: {entry.challenges}")
    for activity in report.activities:
        doc.add_paragraph(activity_line(activity), style="List Bullet")
    if not report.activities:
        doc.add_paragraph("No activity of the period is mapped to this task.")


def _summary(doc: DocxDocument, content: DraftContent) -> None:
    doc.add_heading("Summary of the missions' activities", level=1)
    for figure in figures(content.analysis):
        doc.add_heading(figure.title, level=2)
        doc.add_paragraph(figure.note_text())
        table = figure.tables[0]
        grid = doc.add_table(rows=1, cols=len(table.headers))
        grid.style = "Table Grid"
        for cell, header in zip(grid.rows[0].cells, table.headers, strict=True):
            cell.text = english(header)
        for row in table.rows:
            cells = grid.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = english(value.text)


def build_docx(content: DraftContent) -> DocxDocument:
    doc = Document()
    styles = doc.styles
    styles["Normal"].font.size = Pt(10)  # type: ignore[union-attr]
    period = f"{content.period.start.isoformat()} – {content.period.end.isoformat()}"
    doc.add_heading("Report on the implementation of the OSCE Action Plan to Combat "
                    "Trafficking in Human Beings", level=0)
    doc.add_paragraph(f"Draft compiled by FocalPoint from the data of {len(content.missions)} "
                      f"missions for the period {period}. Every activity listed was reported "
                      "by the mission named above it; edit freely before circulation.")
    unreported = [t.task.code for t in content.tasks if not t.reported]
    doc.add_paragraph("Tasks no mission reports on for the period: "
                      + (", ".join(unreported) or "none") + ".")
    for chapter in content.catalogue.chapters:
        doc.add_heading(f"{chapter.code}. {chapter.title}", level=1)
        for section in chapter.sections:
            doc.add_heading(f"{section.code} {section.title}", level=2)
            for task in section.tasks:
                report = next(t for t in content.tasks if t.task.code == task.code)
                doc.add_heading(f"Task {task.code}", level=3)
                text = doc.add_paragraph()
                text.add_run(task.text).italic = True
                if not report.reported:
                    flag = doc.add_paragraph().add_run("No mission reports on this task for "
                                                       "the period.")
                    flag.bold = True
                    flag.font.color.rgb = FLAG
                for on_task in report.missions:
                    _mission_block(doc, on_task)
    _summary(doc, content)
    doc.add_heading("Annex: missions that did not submit a questionnaire for the period",
                    level=1)
    missing = content.not_submitted
    if not missing:
        doc.add_paragraph("Every mission submitted a questionnaire for the period.")
    for mission in missing:
        state = "a draft only" if mission.response is not None else "no questionnaire"
        doc.add_paragraph(f"{mission.name} ({mission.code}): {state}", style="List Bullet")
    return doc


def write_docx(content: DraftContent, out: Path) -> Path:
    """Write atomically: a temporary file next to ``out``, renamed when complete."""
    out = Path(out)
    handle, temp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    os.close(handle)
    try:
        build_docx(content).save(temp)
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return out
