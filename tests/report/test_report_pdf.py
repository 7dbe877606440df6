"""The demo mission's questionnaire PDF, read back with pypdf.

These checks are what a Secretariat officer would check by eye: every applicable task is
there, non-Latin titles print as typed, the contents point at the right pages, every page
says where it belongs, and the file is the same every time for the same data.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_pdfcheck import (
    FIXED_DATE,
    DemoExport,
    outline_titles,
    page_lines,
    page_texts,
    toc_entries,
)

from focalpoint.demo import load_demo
from focalpoint.report import export_questionnaire_pdf
from focalpoint.storage import Store

CYRILLIC_TITLE = "Поддержка горячей линии НПО для жертв торговли людьми и трудовых мигрантов"
GEORGIAN_TITLE = "ეროვნული რეფერალური მექანიზმის შეფასება"
ARMENIAN_TITLE = "Մարդկանց թրաֆիքինգի դեմ պայքարի օրենսդրության վերանայում"


def test_demo_pdf_has_several_a4_pages(demo_export: DemoExport) -> None:
    reader = demo_export.reader
    assert len(reader.pages) > 1
    assert demo_export.result.page_count == len(reader.pages)
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4 in points


def test_metadata_names_mission_and_period(demo_export: DemoExport) -> None:
    meta = demo_export.reader.metadata
    assert meta is not None
    assert meta.title == (
        "Questionnaire response — OSCE Demo Field Operation — 1 January 2005 – 30 June 2006"
    )
    assert meta.author is not None and "Elena Marković" in meta.author
    assert meta.subject is not None and "(DEMO)" in meta.subject
    assert meta.creation_date is not None
    assert meta.creation_date.replace(tzinfo=None) == FIXED_DATE.replace(tzinfo=None)


def test_cover_shows_mission_period_respondent_and_status(demo_export: DemoExport) -> None:
    cover = page_texts(demo_export.reader)[0]
    for expected in ("OSCE Demo Field Operation (DEMO)", "1 January 2005 – 30 June 2006",
                     "Elena Marković", "National Anti-Trafficking Programme Officer",
                     "DRAFT — NOT YET SUBMITTED", "Generated 1 March 2026"):
        assert expected in cover, expected


def test_every_applicable_task_has_its_heading(demo_export: DemoExport) -> None:
    lines = {line.text for index in range(len(demo_export.reader.pages))
             for line in page_lines(demo_export.reader, index)}
    applicable = [view.task.code for view in demo_export.content.tasks() if view.applicable]
    assert len(applicable) >= 20
    missing = [code for code in applicable if f"Task {code}" not in lines]
    assert missing == []


def test_non_latin_titles_are_extracted_exactly(demo_export: DemoExport) -> None:
    text = " ".join(page_texts(demo_export.reader))
    for title in (CYRILLIC_TITLE, GEORGIAN_TITLE, ARMENIAN_TITLE):
        assert title in text
    assert "■" not in text


def test_toc_page_numbers_are_where_the_headings_are(demo_export: DemoExport) -> None:
    reader = demo_export.reader
    entries = toc_entries(reader)
    codes = [view.task.code for view in demo_export.content.tasks()]
    # One entry per part, narrative section, chapter, section and task at least.
    assert len(entries) >= len(codes) + 3 + 5 + 3
    listed = [text.split(" — ")[0] for text, _ in entries if text.startswith("Task ")]
    assert listed == [f"Task {code}" for code in codes]  # all tasks, in catalogue order
    assert [page for _, page in entries] == sorted(page for _, page in entries)
    contents_end = min(page for _, page in entries) - 1
    lines_by_page = {
        index + 1: [line.text for line in page_lines(reader, index)]
        for index in range(contents_end, len(reader.pages))
    }
    for text, page in entries:
        heading = text.split(" — ")[0] if text.startswith("Task ") else text
        assert heading in lines_by_page[page], f"{heading!r} is not on page {page}"
        earlier = [p for p in range(contents_end + 1, page) if heading in lines_by_page[p]]
        assert earlier == [], f"{heading!r} appears before page {page}, on {earlier}"


def test_outline_has_parts_chapters_and_tasks(demo_export: DemoExport) -> None:
    titles = outline_titles(demo_export.reader)
    top = [title for depth, title, _ in titles if depth == 0]
    assert top[:2] == ["Cover", "Contents"]
    assert any(t.startswith("Part 1") for t in top)
    assert any(t.startswith("Part 2") for t in top)
    assert any(t.startswith("Annex") for t in top)
    chapters = [title for depth, title, _ in titles if depth == 1 and re.match(r"[IVX]+\. ", title)]
    assert [c.split(".")[0] for c in chapters] == ["III", "IV", "V"]
    tasks = {title.split(" — ")[0] for depth, title, _ in titles if depth == 3}
    assert {f"Task {view.task.code}" for view in demo_export.content.tasks()} <= tasks


def test_every_page_has_header_and_page_x_of_y(demo_export: DemoExport) -> None:
    reader = demo_export.reader
    total = len(reader.pages)
    for index in range(total):
        texts = [line.text for line in page_lines(reader, index)]
        footer = [t for t in texts if re.search(r"Page \d+ of \d+$", t)]
        assert footer and footer[0].endswith(f"Page {index + 1} of {total}"), (index, footer)
        if index > 0:
            header = texts[0]
            assert header.startswith("OSCE Demo Field Operation (DEMO)")
            assert header.endswith("Questionnaire response · 1 January 2005 – 30 June 2006")


def test_fonts_are_embedded_subsets(demo_export: DemoExport) -> None:
    reader = demo_export.reader
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})  # type: ignore[union-attr]
        for ref in fonts.values():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]))
            descendant = font.get("/DescendantFonts")
            descriptor = (descendant[0].get_object() if descendant else font).get(
                "/FontDescriptor")
            if descriptor is not None:
                assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
    assert names
    for name in names:
        # reportlab names subsets "AAAAAA+Face" ; Helvetica etc. would mean a built-in font.
        assert re.match(r"^/[A-Z]{6}\+DejaVuSans", name), name


def test_same_input_and_fixed_date_give_identical_bytes(
    demo_export: DemoExport, tmp_path: Path
) -> None:
    with Store.open(tmp_path / "again.db") as store:
        load_demo(store)
        # Same content, different store file and response object: the bytes must match.
        response = store.responses.latest()
        assert response is not None
        again = export_questionnaire_pdf(store, response, tmp_path / "again.pdf",
                                         creation_date=FIXED_DATE)
    assert again.path.read_bytes() == demo_export.path.read_bytes()


def test_letter_page_size(demo_store: Store, tmp_path: Path) -> None:
    response = demo_store.responses.latest()
    assert response is not None
    result = export_questionnaire_pdf(demo_store, response, tmp_path / "letter.pdf",
                                      page_size="Letter", creation_date=FIXED_DATE)
    reader = PdfReader(str(result.path))
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (612, 792)
    assert toc_entries(reader)  # the contents are rebuilt for the other page length


def test_not_applicable_tasks_can_be_left_out(demo_store: Store, tmp_path: Path) -> None:
    response = demo_store.responses.latest()
    assert response is not None
    not_applicable = "III.11.1"  # marked "not applicable" in the demo response
    entry = response.entry(not_applicable)
    assert entry is not None and entry.status == "not_applicable"
    result = export_questionnaire_pdf(demo_store, response, tmp_path / "short.pdf",
                                      include_not_applicable=False, creation_date=FIXED_DATE)
    reader = PdfReader(str(result.path))
    lines = {line.text for i in range(len(reader.pages)) for line in page_lines(reader, i)}
    assert f"Task {not_applicable}" not in lines
    assert "Task III.9.1" in lines
    text = " ".join(page_texts(reader))
    assert f"left out of this part: {not_applicable}" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None,
                    reason="pdftoppm (poppler-utils) is not installed; cannot render a page")
def test_a_page_renders_to_png(demo_export: DemoExport, tmp_path: Path) -> None:
    """Renders Part 2's first page so a person can look at it (kept in tmp_path)."""
    from PIL import Image

    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "6", "-l", "6",
                    str(demo_export.path), str(prefix)], check=True, capture_output=True)
    [png] = list(tmp_path.glob("page*.png"))
    print(f"rendered page 6 of the demo PDF: {png}")  # shown with pytest -s or -rP
    with Image.open(png) as image:
        assert image.size[0] > 300 and image.size[1] > 400
        grey = image.convert("L")
        dark = sum(count for value, count in enumerate(grey.histogram()) if value < 128)
    assert dark > 1000, "the rendered page is blank"


def test_activity_numbers_in_part2_link_to_the_annex(demo_export: DemoExport) -> None:
    reader = demo_export.reader
    outline = {title: page for _, title, page in outline_titles(reader)}
    part2, annex = outline["Part 2 — Implementation of the Action Plan"], outline[
        "A.2 Activities in detail"]
    targets = []
    for annotation in reader.pages[part2 - 1].get("/Annots") or []:
        link = annotation.get_object()
        if link.get("/Subtype") == "/Link" and link.get("/Dest"):
            page_ref = link["/Dest"][0]
            targets.append(next(i for i, page in enumerate(reader.pages)
                                if page.indirect_reference == page_ref) + 1)
    assert targets, "Part 2's activity numbers are not links"
    assert all(page >= annex for page in targets)
