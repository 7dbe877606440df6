"""The fonts the questionnaire PDF is set in, registered once per process.

reportlab's fourteen built-in PDF fonts cover Latin-1 only: Cyrillic, Georgian and Armenian
text (titles typed by focal points in Ukraine, Georgia or Armenia) would print as black
boxes. DejaVu Sans covers all four scripts, so the report uses it for everything and ships
the TrueType files in ``resources/fonts/`` (with their licence) rather than depending on
what the machine happens to have installed. reportlab embeds TrueType fonts as subsets, so
a PDF carries only the glyphs it uses.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from focalpoint.report.errors import ReportError
from focalpoint.resources import RESOURCES_DIR

FONTS_DIR: Path = RESOURCES_DIR / "fonts"

#: Family name used in paragraph styles; ``<b>`` and ``<i>`` map to the other faces.
FAMILY = "FPSans"

_FACES: dict[str, str] = {
    FAMILY: "DejaVuSans.ttf",
    f"{FAMILY}-Bold": "DejaVuSans-Bold.ttf",
    f"{FAMILY}-Italic": "DejaVuSans-Oblique.ttf",
    f"{FAMILY}-BoldItalic": "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


@dataclass(frozen=True)
class FontSet:
    """Names of the registered faces, as paragraph and canvas calls expect them."""

    regular: str = FAMILY
    bold: str = f"{FAMILY}-Bold"
    italic: str = f"{FAMILY}-Italic"
    bold_italic: str = f"{FAMILY}-BoldItalic"


def register_fonts(fonts_dir: Path = FONTS_DIR) -> FontSet:
    """Register the report fonts with reportlab (idempotent and safe from any thread).

    The GUI runs the export in a worker thread, and reportlab's font registry is global,
    hence the lock. A missing or damaged font file is a broken installation, reported as a
    :class:`ReportError` naming the file instead of a reportlab traceback.
    """
    global _registered
    with _lock:
        if _registered:
            return FontSet()
        for name, filename in _FACES.items():
            path = fonts_dir / filename
            if not path.is_file():
                raise ReportError(
                    f"the PDF font {path} is missing; reinstall FocalPoint "
                    "(the fonts ship in resources/fonts/)"
                )
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (TTFError, OSError) as error:
                raise ReportError(f"the PDF font {path} cannot be used: {error}") from None
        pdfmetrics.registerFontFamily(
            FAMILY,
            normal=FAMILY,
            bold=f"{FAMILY}-Bold",
            italic=f"{FAMILY}-Italic",
            boldItalic=f"{FAMILY}-BoldItalic",
        )
        _registered = True
    return FontSet()
