"""The document template: pages, running header and footer, contents, bookmarks.

platypus lays the story out in several passes (``multiBuild``) until every indexing
flowable is satisfied. Two of them drive it here:

* the :class:`~reportlab.platypus.tableofcontents.TableOfContents`, fed by
  :meth:`QuestionnaireDoc.afterFlowable` with the page each :class:`Heading` landed on, so
  its page numbers are the real ones;
* :class:`PageCount`, which makes the footer's "Page X of Y" use the page total of the
  previous pass and asks for one more pass until that total no longer changes.

Deferring page output until the end (the usual "NumberedCanvas" recipe for "of Y") would
break the PDF outline, whose entries point at the page being written. A build normally
takes two passes: :func:`seed_contents` gives the contents their final size before the
first one, and that first pass (always discarded) draws nothing (see ``flowables.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from focalpoint.report.flowables import Para
from focalpoint.report.fonts import FontSet
from focalpoint.report.styles import (
    FONT_COMMAND,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    NAVY,
    RULE,
    Styles,
)

COVER_TEMPLATE = "cover"
BODY_TEMPLATE = "body"

ProgressHook = Callable[[str, int], None]

__all__ = [
    "BODY_TEMPLATE",
    "COVER_TEMPLATE",
    "Heading",
    "PageCount",
    "QuestionnaireDoc",
    "RunningText",
    "contents",
    "pdf_date",
    "seed_contents",
]


@dataclass(frozen=True)
class RunningText:
    """The plain-text lines printed on every page (drawn directly, never parsed)."""

    header_left: str
    header_right: str
    footer_left: str


class Heading(Para):
    """A heading that becomes a PDF outline entry, a link target and (optionally) a TOC line.

    ``key`` must be unique in the document; ``outline`` is plain text (not markup) and
    ``toc`` is paragraph markup, ``None`` to keep the heading out of the contents.
    """

    def __init__(
        self, markup: str, style: Any, *, level: int, key: str, outline: str,
        toc: str | None = None,
    ) -> None:
        super().__init__(markup, style)
        self.level = level
        self.key = key
        self.outline = outline
        self.toc = toc

    def draw(self) -> None:
        # A destination at the heading's top, so links and bookmarks land on the heading.
        self.canv.bookmarkHorizontal(self.key, 0, self.height)
        super().draw()


class PageCount(Flowable):
    """Invisible; keeps ``multiBuild`` going until the page total used in footers is right."""

    def __init__(self) -> None:
        super().__init__()
        self.used: int | None = None  # total printed in footers during this pass
        self.seen: int | None = None  # total pages the pass produced
        self.width = self.height = 0

    def isIndexing(self) -> int:
        return 1

    def isSatisfied(self) -> bool:
        return self.used is not None and self.used == self.seen

    def beforeBuild(self) -> None:
        self.used = self.seen

    def afterBuild(self) -> None:
        pass

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == "PageCount":
            self.seen = int(stuff)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        pass


def contents(styles: Styles) -> TableOfContents:
    """The table of contents, styled per level, dotted leaders from level 1 down."""
    toc = TableOfContents(dotsMinLevel=1, rightColumnWidth=12 * mm, tableStyle=TableStyle([
        FONT_COMMAND,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    toc.levelStyles = list(styles.toc_levels)
    return toc


def _headings(flowables: list[Flowable]) -> list[Heading]:
    """Headings in story order, including those inside ``KeepTogether`` groups."""
    found: list[Heading] = []
    for flowable in flowables:
        if isinstance(flowable, Heading):
            found.append(flowable)
        inner = getattr(flowable, "_content", None)
        if isinstance(inner, list):
            found.extend(_headings(inner))
    return found


def seed_contents(toc: TableOfContents, story: list[Flowable]) -> None:
    """Give the contents all its lines (page numbers unknown) before the first pass.

    Without this, the first pass lays the document out with a one-line placeholder
    instead of the contents, every heading lands on the wrong page, and ``multiBuild``
    needs a third pass. Seeded, the first pass already has the final page breaks and the
    second pass only fills in the numbers.
    """
    toc._entries = [(h.level, h.toc, 0, h.key) for h in _headings(story) if h.toc is not None]


def pdf_date(when: datetime) -> Callable[..., str]:
    """A reportlab date formatter that always prints ``when`` (as UTC).

    Used with invariant mode for reproducible files: the creation and modification dates
    are the only varying bytes left.
    """
    moment = when.astimezone(UTC) if when.tzinfo else when
    text = moment.strftime("D:%Y%m%d%H%M%S+00'00'")

    def formatter(*_parts: int) -> str:
        return text

    return formatter


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points (header lines)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class QuestionnaireDoc(BaseDocTemplate):
    """A4 or Letter pages with the cover first, then header and footer on every page."""

    def __init__(
        self,
        filename: str,
        *,
        pagesize: tuple[float, float],
        fonts: FontSet,
        running: RunningText,
        page_count: PageCount,
        title: str,
        author: str,
        subject: str,
        creator: str,
        keywords: str = "",
        invariant: bool = False,
    ) -> None:
        super().__init__(
            filename,
            pagesize=pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=author,
            subject=subject,
            creator=creator,
            keywords=keywords,
            invariant=1 if invariant else 0,
            lang="en",
            # Otherwise every page references Helvetica, which is not embedded.
            initialFontName=fonts.regular,
            initialFontSize=9,
            displayDocTitle=1,
            allowSplitting=1,
        )
        self.fonts = fonts
        self.running = running
        self.page_count = page_count
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(COVER_TEMPLATE, [frame], onPageEnd=self._decorate_cover),
            PageTemplate(BODY_TEMPLATE, [frame], onPageEnd=self._decorate_page),
        ])

    # --- contents and outline ----------------------------------------------------------

    def afterFlowable(self, flowable: Flowable) -> None:
        """Record where each heading landed: outline entry now, TOC entry for next pass."""
        if isinstance(flowable, Heading):
            self.canv.addOutlineEntry(flowable.outline, flowable.key, level=flowable.level,
                                      closed=flowable.level >= 2)
            if flowable.toc is not None:
                self.notify("TOCEntry", (flowable.level, flowable.toc, self.page, flowable.key))

    # --- page decoration ---------------------------------------------------------------

    def _footer(self, canv: Canvas) -> None:
        width, _ = self.pagesize
        y = MARGIN_BOTTOM - 10 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, y + 4 * mm, width - MARGIN_X, y + 4 * mm)
        canv.setFont(self.fonts.regular, 7.5)
        canv.setFillColor(MUTED)
        total = self.page_count.used
        number = f"Page {canv.getPageNumber()} of {total if total is not None else '?'}"
        canv.drawRightString(width - MARGIN_X, y, number)
        room = width - 2 * MARGIN_X - stringWidth(number, self.fonts.regular, 7.5) - 10 * mm
        canv.drawString(MARGIN_X, y, _fit(self.running.footer_left, self.fonts.regular, 7.5,
                                          room))

    def _header(self, canv: Canvas) -> None:
        width, height = self.pagesize
        y = height - MARGIN_TOP + 8 * mm
        right = self.running.header_right
        canv.setFont(self.fonts.regular, 7.5)
        canv.setFillColor(MUTED)
        canv.drawRightString(width - MARGIN_X, y, right)
        room = width - 2 * MARGIN_X - stringWidth(right, self.fonts.regular, 7.5) - 8 * mm
        canv.setFont(self.fonts.bold, 7.5)
        canv.setFillColor(NAVY)
        canv.drawString(MARGIN_X, y, _fit(self.running.header_left, self.fonts.bold, 7.5, room))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, y - 2.5 * mm, width - MARGIN_X, y - 2.5 * mm)

    def _decorate_cover(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        self._footer(canv)
        canv.restoreState()
        self.notify("PageCount", canv.getPageNumber())

    def _decorate_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        self._header(canv)
        self._footer(canv)
        canv.restoreState()
        self.notify("PageCount", canv.getPageNumber())

