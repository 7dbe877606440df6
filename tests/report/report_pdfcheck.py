"""Reading a generated PDF back the way a person would: lines of text, per page.

The tests check the PDF, not the code that made it: text is extracted with pypdf and
grouped into lines by position, so "the heading is on page 7" means the words are printed
on page 7, whatever the layout code believes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from focalpoint.report import ExportResult
from focalpoint.report.content import ReportContent
from focalpoint.storage import Store

_TOC_LINE = re.compile(r"^(?P<text>.*?)[\s.]*?(?P<page>\d+)$")
# Running header and footer lines, which also end in numbers.
_RUNNING = re.compile(r"Questionnaire response · |Page \d+ of \d+$")

FIXED_DATE = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)

#: Titles a focal point might really type, and that a markup parser would choke on.
HOSTILE_TITLES = (
    "Training <b>police</b> & <i>border</i> guards",
    "Round table </para><para> on NRM & 'SOPs' <br/> \"phase 2\"",
    "<font name=\"Courier\" size=\"40\">Big</font> &amp; &lt;escaped&gt; <a href=\"x\">",
)


@dataclass(frozen=True)
class DemoExport:
    path: Path
    result: ExportResult
    reader: PdfReader
    content: ReportContent


@dataclass(frozen=True)
class Line:
    y: float
    text: str


def page_lines(reader: PdfReader, index: int) -> list[Line]:
    """The text lines of page ``index`` (0-based), top to bottom, runs joined left to right."""
    runs: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            runs.append((round(cm[5] + tm[5], 0), cm[4] + tm[4], text.replace("\n", " ")))

    reader.pages[index].extract_text(visitor_text=visit)
    by_y: dict[float, list[tuple[float, str]]] = {}
    for y, x, text in runs:
        by_y.setdefault(y, []).append((x, text))
    lines = []
    for y in sorted(by_y, reverse=True):
        parts = sorted(by_y[y])
        lines.append(Line(y, " ".join(" ".join(t.split()) for _, t in parts).strip()))
    return lines


def page_texts(reader: PdfReader) -> list[str]:
    """Each page's text with whitespace collapsed (line wraps become single spaces)."""
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def toc_entries(reader: PdfReader) -> list[tuple[str, int]]:
    """(entry text, printed page number) from the contents pages, in order."""
    entries: list[tuple[str, int]] = []
    in_contents = False
    for index in range(len(reader.pages)):
        lines = page_lines(reader, index)
        texts = [line.text for line in lines]
        if "Contents" in texts:
            in_contents = True
        elif in_contents and not any(_TOC_LINE.match(t) and " . " in t for t in texts):
            break
        if not in_contents:
            continue
        for line in lines:
            match = _TOC_LINE.match(line.text)
            if not match or line.text == "Contents" or _RUNNING.search(line.text):
                continue
            text = match.group("text").rstrip(" .")
            if text:
                entries.append((text, int(match.group("page"))))
    return entries


def outline_titles(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(depth, title, 1-based page) for every outline (bookmark) entry."""
    found: list[tuple[int, str, int]] = []

    def walk(items: list[object], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                page = reader.get_destination_page_number(item)  # type: ignore[arg-type]
                assert page is not None, f"outline entry {item} points at no page"
                found.append((depth, str(item.title), page + 1))  # type: ignore[attr-defined]

    walk(reader.outline, 0)  # type: ignore[arg-type]
    return found


def open_pdf(path: Path) -> PdfReader:
    return PdfReader(str(path))


def add_activity(store: Store, title: str, **fields: object) -> str:
    """Save an activity inside the demo period (2005-01-01 to 2006-06-30); returns its id."""
    data: dict[str, object] = {
        "title": title,
        "activity_type": "training",
        "status": "completed",
        "start_date": "2005-06-01",
        "end_date": "2005-06-02",
        "task_codes": ["III.12.1"],
    }
    data.update(fields)
    return store.activities.save(data).id
