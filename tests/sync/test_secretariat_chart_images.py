"""The Word draft's chart pictures are painted from the PDF's own drawings."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from reportlab.graphics.shapes import Circle, Drawing, Rect, String
from reportlab.lib import colors

from focalpoint.analysis.charts import Bar, Chart
from focalpoint.report.fonts import FAMILY, register_fonts
from focalpoint.report.self_assessment import chart_drawings
from focalpoint.secretariat.reporting.chart_images import chart_pngs, drawing_png


def test_rectangles_and_strings_land_where_the_pdf_puts_them() -> None:
    register_fonts()
    drawing = Drawing(100, 50)
    drawing.add(Rect(10, 10, 30, 20, fillColor=colors.HexColor("#0072B2"), strokeColor=None))
    drawing.add(String(60, 20, "Жінки", fontName=FAMILY, fontSize=10))
    image = Image.open(io.BytesIO(drawing_png(drawing, scale=2))).convert("RGB")
    assert image.size == (200, 100)
    # reportlab's y grows upwards: the bar spans y 10..30, i.e. pixel rows 40..80.
    assert image.getpixel((50, 60)) == (0x00, 0x72, 0xB2)
    assert image.getpixel((50, 90)) == (255, 255, 255)
    text_box = [image.getpixel((x, y)) for x in range(120, 200) for y in range(40, 62)]
    assert any(p != (255, 255, 255) for p in text_box)  # the Cyrillic label was painted


def test_a_shape_it_cannot_paint_is_an_error_not_a_silent_gap() -> None:
    drawing = Drawing(10, 10)
    drawing.add(Circle(5, 5, 2))
    with pytest.raises(TypeError, match="cannot paint a Circle"):
        drawing_png(drawing)


def test_one_picture_per_drawing_of_the_chart() -> None:
    register_fonts()
    bars = tuple(Bar(f"bar {n}", (float(n),), (None,)) for n in range(30))
    chart = Chart(("activities",), bars)
    pictures = chart_pngs(chart, 450)
    assert len(pictures) == len(chart_drawings(chart, 450)) == 2
    assert all(Image.open(io.BytesIO(p)).format == "PNG" for p in pictures)
