"""Turning user text and values into safe paragraph markup.

reportlab's ``Paragraph`` parses an XML-like markup, so a title such as ``Police <b>unit``
or ``IOM & UNHCR`` would be bold, fail to parse, or abort the whole build. Every string
that comes from a user or the store goes through :func:`esc` (or :func:`para`), so it prints
exactly as typed. Formatting helpers live here too, so that dates, amounts and lists look
the same in every part of the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from focalpoint.report.flowables import Para

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)

# C0 controls (except tab and newline), DEL and C1 controls: not printable, and some of
# them make the PDF text layer unreadable.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BLANK_LINES = re.compile(r"\n\s*\n")
NO_VALUE = "—"


def clean(text: str) -> str:
    """Plain text without control characters, newlines normalized to ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def esc(text: str) -> str:
    """Paragraph markup that prints ``text`` literally (``<``, ``>``, ``&``, quotes)."""
    text = clean(text)
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
    )


def esc_lines(text: str) -> str:
    """Like :func:`esc`, keeping the user's line breaks."""
    return "<br/>".join(esc(line) for line in clean(text).split("\n"))


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph showing user text literally, line breaks kept."""
    return Para(esc_lines(text.strip()), style)


def paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """Long user text as one paragraph per blank-line-separated block.

    Separate paragraphs (instead of one with ``<br/>``) let platypus break pages between
    them, so a long narrative flows over pages without large gaps.
    """
    blocks = [block.strip() for block in _BLANK_LINES.split(clean(text))]
    return [para(block, style) for block in blocks if block]


def fmt_date(value: date | None) -> str:
    """``4 March 2006``: unambiguous in every OSCE country, unlike 04/03/2006."""
    if value is None:
        return NO_VALUE
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def fmt_short_date(value: date | None) -> str:
    """ISO dates in tables, where space is short and sorting by eye matters."""
    return value.isoformat() if value else NO_VALUE


def fmt_datetime(value: datetime | None) -> str:
    """A timestamp with its zone, for the submission time on the cover."""
    if value is None:
        return NO_VALUE
    zone = (value.strftime("%Z") or "UTC") if value.tzinfo else ""
    return f"{fmt_date(value.date())}, {value.strftime('%H:%M')} {zone}".rstrip()


def fmt_period(start: date, end: date) -> str:
    return f"{fmt_date(start)} – {fmt_date(end)}"


def fmt_span(start: date | None, end: date | None) -> str:
    """Activity dates for a table cell: one date, a range, or a dash."""
    if start is None and end is None:
        return NO_VALUE
    if start is None or end is None or start == end:
        return fmt_short_date(start or end)
    return f"{fmt_short_date(start)} – {fmt_short_date(end)}"


def fmt_amount(amount: Decimal, currency: str = "") -> str:
    """``95,000.00 EUR``: thousands separated so large budgets read at a glance."""
    text = f"{amount:,.2f}"
    return f"{text} {currency}".strip()


def fmt_count(count: Decimal) -> str:
    """Staff numbers: ``1``, ``0.5`` (part-time posts), never ``1.00``."""
    normalized = count.normalize()
    if normalized == normalized.to_integral():
        return str(normalized.quantize(Decimal(1)))
    return format(normalized, "f")


def joined(values: Iterable[str]) -> str:
    """A list for a cell, or a dash when empty."""
    items = [value for value in values if value]
    return ", ".join(items) if items else NO_VALUE


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word boundary, with an ellipsis."""
    text = " ".join(clean(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "…"
