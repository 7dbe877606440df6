"""The summary charts as PNG pictures for the Word draft, drawn from the very drawings the
PDF prints (:func:`focalpoint.report.self_assessment.chart_drawings`).

Why not reportlab's ``renderPM``: since reportlab 4 it needs ``rlPyCairo`` and the cairo C
library, a new native dependency for the sake of a bitmap. The charts are made only of
filled rectangles and strings, so Pillow (already installed with reportlab) paints them
here shape by shape: same geometry, same colours, same DejaVu font, no second chart code.
A shape of another kind is a programming error and raises, so a chart that grows one is
noticed rather than silently drawn incomplete.
"""

from __future__ import annotations

import io
from functools import cache

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color

from focalpoint.analysis.charts import Chart
from focalpoint.report.fonts import FAMILY, FONTS_DIR
from focalpoint.report.self_assessment import chart_drawings

#: Pixels per point: 200 dpi, sharp when printed, small enough for an e-mail.
SCALE = 200 / 72
_FONT_FILES = {FAMILY: "DejaVuSans.ttf", f"{FAMILY}-Bold": "DejaVuSans-Bold.ttf"}


@cache
def _font(name: str, pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS_DIR / _FONT_FILES.get(name, "DejaVuSans.ttf")),
                              pixels)


def _rgb(colour: Color | None) -> tuple[int, int, int]:
    if colour is None:
        return (0, 0, 0)
    red, green, blue = colour.rgb()
    return (round(red * 255), round(green * 255), round(blue * 255))


def drawing_png(drawing: Drawing, scale: float = SCALE) -> bytes:
    """``drawing`` (rectangles and strings only) as a PNG on a white background."""
    width, height = round(drawing.width * scale), round(drawing.height * scale)
    image = Image.new("RGB", (max(width, 1), max(height, 1)), "white")
    paint = ImageDraw.Draw(image)
    for shape in drawing.contents:
        if isinstance(shape, Rect):
            if shape.fillColor is None:
                continue
            left, top = shape.x * scale, height - (shape.y + shape.height) * scale
            paint.rectangle((left, top, left + shape.width * scale,
                             top + shape.height * scale), fill=_rgb(shape.fillColor))
        elif isinstance(shape, String):
            font = _font(shape.fontName, max(1, round(shape.fontSize * scale)))
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}[shape.textAnchor]
            paint.text((shape.x * scale, height - shape.y * scale), shape.text, font=font,
                       fill=_rgb(shape.fillColor), anchor=anchor)
        else:
            raise TypeError(f"chart_images cannot paint a {type(shape).__name__}")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def chart_pngs(chart: Chart, width: float) -> list[bytes]:
    """The chart as PNGs, one per drawing the PDF prints (``width`` in points)."""
    return [drawing_png(drawing) for drawing in chart_drawings(chart, width)]
