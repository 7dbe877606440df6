"""Counts and money in the interface locale, stored as today (``Decimal`` strings).

Why one small helper: a Russian focal point types "12 500,50" and expects to read
"95 000"; the store, the sync wire format and the JSON files keep "12500.50". Every count
display, the activity editor's funding lines and the questionnaire budget table go
through these functions, so parsing and display agree everywhere. The locale is Qt's
default one, which the application sets from the interface language.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale

#: Spaces people and locales use inside numbers: space, no-break, narrow no-break, thin.
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")
_GROUPED = re.compile(r"[+-]?\d{1,3}( \d{3})+")
_WHOLE = re.compile(r"[+-]?\d+")
_FRACTION = re.compile(r"\d*")


def format_count(value: int) -> str:
    """``95000`` -> "95,000" (English) or "95 000" (Russian)."""
    return QLocale().toString(int(value))


def format_amount(value: str | Decimal) -> str:
    """A stored amount ("12500.50") for display: "12,500.50" / "12 500,50".

    Text that is not a number is returned unchanged, so a half-typed value is never lost.
    """
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    decimals = max(0, -int(number.as_tuple().exponent))
    return QLocale().toString(float(number), "f", decimals) if decimals else \
        QLocale().toString(int(number))


def parse_amount(text: str) -> str:
    """What a person typed ("12 500,50", "12,500.50", "95 000") -> "12500.50".

    The interface locale decides the decimal mark; "." is accepted too where it cannot be
    a group mark, so the stored form "12500.50" is understood everywhere. Group marks (the
    locale's, or any kind of space) must separate groups of three digits, so "12,50" in
    English is not silently read as 1250. Text that is not a number is returned stripped
    but otherwise unchanged, so that validation names it ("not a number").
    """
    stripped = text.strip()
    if not stripped:
        return ""
    locale = QLocale()
    point = locale.decimalPoint()
    group = " " if locale.groupSeparator().isspace() else locale.groupSeparator()
    marks = {" ", group} - {point}
    typed = _SPACES.sub(" ", stripped)
    if point in typed:
        whole, _sep, fraction = typed.partition(point)
    elif "." in typed and "." not in marks:
        whole, _sep, fraction = typed.partition(".")
    else:
        whole, fraction = typed, ""
    if any(mark in whole for mark in marks):
        if not _GROUPED.fullmatch(whole.translate({ord(m): " " for m in marks})):
            return stripped
        whole = "".join(ch for ch in whole if ch not in marks)
    if not _WHOLE.fullmatch(whole) or not _FRACTION.fullmatch(fraction):
        return stripped
    return str(Decimal(whole + ("." + fraction if fraction else "")))
