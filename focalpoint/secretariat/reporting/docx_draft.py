"""The report draft as an editable Word document (python-docx).

Why .docx: staff rewrite the draft before it goes to the Permanent Council; Word's own
heading styles make its navigation pane and table of contents work, and every activity is
a "List Bullet" paragraph so a reviewer can restyle or delete it in one place.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Mm, Pt, RGBColor

from focalpoint.analysis.charts import english, figures
from focalpoint.exchange import write_atomically
from focalpoint.report.fonts import register_fonts
from focalpoint.secretariat.reporting.chart_images import chart_pngs
from focalpoint.secretariat.reporting.content import DraftContent, MissionOnTask
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

__all__ = ["activity_line", "build_docx", "write_docx"]

FLAG = RGBColor(0xB3, 0x26, 0x1E)
#: The text width of an A4 page with Word's default margins.
CHART_WIDTH = Mm(160)


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
        doc.add_paragraph(NO_ACTIVITY)


def _summary(doc: DocxDocument, content: DraftContent) -> None:
    doc.add_heading("Summary of the missions' activities", level=1)
    register_fonts()  # the charts measure their labels in the PDF's font
    for number, figure in enumerate(figures(content.analysis), start=1):
        doc.add_heading(f"{number}. {figure.title}", level=2)
        doc.add_paragraph(figure.note_text())
        for picture in chart_pngs(figure.chart, CHART_WIDTH.pt):
            doc.add_picture(io.BytesIO(picture), width=CHART_WIDTH)
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
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph(INTRO.format(missions=len(content.missions),
                                   period=period_text(content)))
    doc.add_paragraph(unreported_line(content))
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
                    flag = doc.add_paragraph().add_run(NOT_REPORTED)
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
        doc.add_paragraph(annex_line(mission), style="List Bullet")
    return doc


def write_docx(content: DraftContent, out: Path) -> Path:
    """Write atomically: a temporary file next to ``out``, renamed when complete."""
    out = Path(out)

    def write(temp: Path) -> None:
        build_docx(content).save(str(temp))
        temp.chmod(0o644)  # a file to share, not a private temporary file's 0600

    write_atomically(out, write)
    return out
