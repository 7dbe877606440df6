"""Export a questionnaire response as PDF: the one entry point the CLI and the GUI call.

The export never touches Qt and takes its own :class:`~focalpoint.storage.Store`, so the GUI
can run it in a worker thread on a connection of its own (``store.reopen()``). It reports
progress through a plain callback, stops when ``cancelled()`` says so, and writes
atomically: the PDF is built in a temporary file next to the target and renamed over it
only when complete, so a failure, a cancellation or a crash never leaves half a PDF (nor
destroys a previous good one).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import LayoutError

from focalpoint import __version__
from focalpoint.domain import QuestionnaireResponse
from focalpoint.report.annex import annex
from focalpoint.report.content import ReportContent, load_content
from focalpoint.report.cover import ACTION_PLAN, contents_page, cover, respondent, status_line
from focalpoint.report.document import (
    PageCount,
    QuestionnaireDoc,
    RunningText,
    contents,
    pdf_date,
    seed_contents,
)
from focalpoint.report.errors import ExportCancelled, ReportError
from focalpoint.report.flowables import DryCanvas
from focalpoint.report.fonts import register_fonts
from focalpoint.report.layout import Layout, Options
from focalpoint.report.part1 import part1
from focalpoint.report.part2 import part2
from focalpoint.report.self_assessment import self_assessment
from focalpoint.report.styles import TABLE_CHUNK_ROWS, make_styles
from focalpoint.report.styles import page_size as resolve_page_size
from focalpoint.report.text import fmt_date, fmt_period
from focalpoint.storage import Store

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

#: Passes a normal build takes: page breaks and page numbers found (the contents are
#: seeded with their lines), then the final pass that prints them.
EXPECTED_PASSES = 2
#: Progress is reported in this many steps at most (enough for a smooth bar).
PROGRESS_STEPS = 1000


@dataclass(frozen=True)
class ExportResult:
    """Where the PDF went and how long it is."""

    path: Path
    page_count: int
    activity_count: int = 0
    passes: int = 0


class _Monitor:
    """Turns reportlab's build events into ``progress(done, total, message)`` calls.

    Progress never goes backwards: the layout normally takes two passes, reported as two
    equal halves; a rare extra pass holds the bar just short of the end.
    """

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None,
                 page_count: PageCount | None = None) -> None:
        self.progress = progress
        self.page_count = page_count
        self.cancelled = cancelled
        self.passes = 0
        self.size = 1
        self.last = -1
        self.page = 0
        #: Page total of the previous pass, for "Writing page 12 of 40".
        self.pages_expected: int | None = None

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled("the PDF export was cancelled")

    def emit(self, done: int, message: str) -> None:
        done = max(0, min(done, PROGRESS_STEPS))
        if self.progress is not None and done > self.last:
            self.last = done
            self.progress(done, PROGRESS_STEPS, message)

    def __call__(self, kind: str, value: int) -> None:
        self.check()
        if kind == "PASS":
            self.passes = int(value)
            self.page = 0
            if self.page_count is not None:
                self.pages_expected = self.page_count.seen
        elif kind == "SIZE_EST":
            self.size = max(int(value), 1)
        elif kind == "PAGE":
            self.page = int(value)
        elif kind == "PROGRESS":
            pass_no = min(self.passes, EXPECTED_PASSES)
            fraction = (pass_no - 1 + min(int(value) / self.size, 1.0)) / EXPECTED_PASSES
            if self.passes <= 1 or self.pages_expected is None:
                message = f"Laying out pages ({self.page} so far)"
            else:
                message = f"Writing page {min(self.page + 1, self.pages_expected)} of " \
                          f"{self.pages_expected}"
            self.emit(int(fraction * (PROGRESS_STEPS - 10)), message)


def _check_target(out_path: Path) -> None:
    """Refuse what can never be written before doing any work."""
    if out_path.name == "" or out_path.is_dir():
        raise ReportError(f"{out_path}: is a folder; give a file name such as response.pdf")
    parent = out_path.parent
    if not parent.is_dir():
        raise ReportError(f"{out_path}: the folder {parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ReportError(f"{out_path}: the folder {parent} is not writable")


@contextmanager
def pdf_target(out_path: Path) -> Iterator[str]:
    """A temporary file name next to ``out_path`` to build the PDF in; renamed onto
    ``out_path`` when the block completes, removed when it fails (a :class:`ReportError`
    for a layout or file error), so no half-written PDF is ever left behind."""
    try:
        handle, temp_name = tempfile.mkstemp(
            dir=out_path.parent, prefix=f".{out_path.name}.", suffix=".part")
    except OSError as error:
        raise ReportError(f"{out_path}: cannot be written ({error.strerror})") from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp_name
        os.chmod(temp, 0o644)
        os.replace(temp, out_path)
    except LayoutError as error:
        temp.unlink(missing_ok=True)
        raise ReportError(f"the document could not be laid out: {error}") from None
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise ReportError(f"{out_path}: cannot be written ({error.strerror or error})") from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def story(content: ReportContent, layout: Layout, generated: datetime,
          page_count: PageCount) -> list[Flowable]:
    """The whole document as one platypus story."""
    toc = contents(layout.styles)
    flowables = [
        page_count,
        *cover(content, layout, generated),
        *contents_page(layout, toc),
        *part1(content, layout),
        *part2(content, layout),
        *annex(content, layout),
        *(self_assessment(content, layout) if layout.options.self_assessment else []),
    ]
    seed_contents(toc, flowables)
    return flowables


def render_pdf(
    content: ReportContent,
    out_path: Path,
    *,
    page_size_name: str = "a4",
    include_not_applicable: bool = True,
    creation_date: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    chunk_rows: int = TABLE_CHUNK_ROWS,
    with_self_assessment: bool = False,
) -> ExportResult:
    """Lay out ``content`` and write it atomically to ``out_path``.

    ``chunk_rows`` exists for the benchmark (a huge value gives one table per task).
    """
    out_path = Path(out_path)
    size = resolve_page_size(page_size_name)
    _check_target(out_path)
    page_count = PageCount()
    monitor = _Monitor(progress, cancelled, page_count)
    monitor.check()
    fonts = register_fonts()
    styles = make_styles(fonts)
    generated = creation_date or datetime.now(UTC)
    mission, response = content.mission, content.response
    period = fmt_period(response.period_start, response.period_end)
    name, _post = respondent(content)
    running = RunningText(
        header_left=f"{mission.name} ({mission.code})",
        header_right=f"Questionnaire response · {period}",
        footer_left=f"{status_line(content)} · generated {fmt_date(generated.date())}",
    )
    with pdf_target(out_path) as temp_name:
        doc = QuestionnaireDoc(
            temp_name,
            pagesize=size,
            fonts=fonts,
            running=running,
            page_count=page_count,
            title=f"Questionnaire response — {mission.name} — {period}",
            author=", ".join(part for part in (name, mission.name) if part),
            subject=f"Implementation of the {ACTION_PLAN}: response of {mission.name} "
                    f"({mission.code}) for {period}",
            creator=f"FocalPoint {__version__}",
            keywords=f"OSCE, trafficking in human beings, questionnaire, {mission.code}",
            invariant=creation_date is not None,
        )
        doc.setProgressCallBack(monitor)
        layout = Layout(styles=styles, width=doc.width, options=Options(
            include_not_applicable=include_not_applicable, generated=generated,
            chunk_rows=chunk_rows, self_assessment=with_self_assessment))
        flowables = story(content, layout, generated, page_count)
        canvasmaker = _canvas_factory(monitor, creation_date)
        passes = doc.multiBuild(flowables, maxPasses=6, canvasmaker=canvasmaker)
    total = page_count.seen or 0
    monitor.emit(PROGRESS_STEPS, f"Wrote {total} pages")
    return ExportResult(path=out_path, page_count=total,
                        activity_count=len(content.activities), passes=int(passes))


def _canvas_factory(monitor: _Monitor, creation_date: datetime | None) -> Callable[..., Canvas]:
    """The canvas for each layout pass.

    The first pass is never the one saved (the page total is unknown until it ends, see
    :class:`~focalpoint.report.document.PageCount`), so it gets a :class:`DryCanvas` on
    which the report's flowables skip drawing. With ``creation_date`` the PDF dates are
    fixed, which with invariant mode makes the output reproducible.
    """
    formatter = pdf_date(creation_date) if creation_date is not None else None

    def make(*args: Any, **kwargs: Any) -> Canvas:
        kind = DryCanvas if monitor.passes <= 1 else Canvas
        canvas = kind(*args, **kwargs)
        if formatter is not None:
            canvas.setDateFormatter(formatter)
        return canvas

    return make


def export_questionnaire_pdf(
    store: Store,
    response: QuestionnaireResponse,
    out_path: Path,
    *,
    page_size: str = "a4",
    include_not_applicable: bool = True,
    creation_date: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    with_self_assessment: bool = False,
) -> ExportResult:
    """Write ``response`` of the mission in ``store`` as a PDF at ``out_path``.

    ``page_size`` is ``"a4"`` or ``"letter"``. ``creation_date`` fixes the dates written in
    the file and on the cover, which makes the output byte-identical for the same input.
    ``progress(done, total, message)`` is called as the layout advances (from the calling
    thread); ``cancelled()`` is polled and, when true, the export stops with
    :class:`ExportCancelled` and nothing is written. ``with_self_assessment`` adds the
    "Self-assessment" annex (:mod:`focalpoint.report.self_assessment`). Raises
    :class:`ReportError` for bad input (page size, unwritable path, a store without
    mission profile).
    """
    out_path = Path(out_path)
    resolve_page_size(page_size)  # validate before reading the store
    _check_target(out_path)
    if progress is not None:
        progress(0, PROGRESS_STEPS, "Reading the response and the activities")
    content = load_content(store, response)
    return render_pdf(
        content, out_path, page_size_name=page_size,
        include_not_applicable=include_not_applicable, creation_date=creation_date,
        progress=progress, cancelled=cancelled, with_self_assessment=with_self_assessment,
    )
