"""The PDF speed-ups and the benchmark's baseline, checked on what the PDF says.

The speed-ups (shared parse of plain-text cells, a table not measured twice for the same
space) must not change a word of the document: the demo mission's PDF is built with and
without them and the text of every page compared. ``bench/pdf_direct.py`` is the
baseline of the "PDF with 2,000 activities" figure; it must really print the exporter's
tables, or the ratio means nothing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from report_pdfcheck import FIXED_DATE, DemoExport
from reportlab.platypus import Table

from focalpoint.report.export import render_pdf
from focalpoint.report.flowables import CellParagraph, DataTable
from focalpoint.report.fonts import register_fonts
from focalpoint.report.styles import make_styles

BENCH = Path(__file__).resolve().parents[2] / "bench"


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def lines(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return [line.strip() for line in text.splitlines() if line.strip()]


def measured_tables(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count how often reportlab really measures a table."""
    calls = [0]
    original = Table.wrap

    def counting(self: Table, width: float, height: float) -> tuple[float, float]:
        calls[0] += 1
        return original(self, width, height)  # type: ignore[no-any-return]

    monkeypatch.setattr(Table, "wrap", counting)
    return calls


def test_speedups_leave_the_text_unchanged(demo_export: DemoExport, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    calls = measured_tables(monkeypatch)
    render_pdf(demo_export.content, tmp_path / "fast.pdf", creation_date=FIXED_DATE)
    fast_calls = calls[0]
    monkeypatch.setattr(CellParagraph, "share_parsed", False)
    monkeypatch.setattr(DataTable, "remember_size", False)
    calls[0] = 0
    render_pdf(demo_export.content, tmp_path / "plain.pdf", creation_date=FIXED_DATE)
    assert calls[0] > fast_calls  # the speed-up was really on in the first build
    fast, plain = pdf_text(tmp_path / "fast.pdf"), pdf_text(tmp_path / "plain.pdf")
    assert fast.count("\f") == plain.count("\f") > 10
    assert fast == plain


def test_shared_parse_keeps_markup_and_entities_apart() -> None:
    cell = make_styles(register_fonts()).cell
    first = CellParagraph("IOM &amp; UNHCR", cell)
    again = CellParagraph("IOM &amp; UNHCR", cell)
    other = CellParagraph("IOM &amp; ICMPD", cell)
    marked = CellParagraph("one<br/>two", cell)
    assert again.frags is first.frags  # shared: parsed once
    assert first.getPlainText() == "IOM & UNHCR" and other.getPlainText() == "IOM & ICMPD"
    assert marked.frags is not CellParagraph("one<br/>two", cell).frags  # markup: never


def test_the_benchmark_baseline_prints_the_same_tables(demo_export: DemoExport,
                                                       tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from pdf_direct import direct_pdf
    finally:
        sys.path.remove(str(BENCH))
    pages = direct_pdf(demo_export.content, tmp_path / "direct.pdf")
    ours = set(lines(demo_export.path))
    direct = lines(tmp_path / "direct.pdf")
    assert pages > 1
    assert [line for line in direct if line not in ours] == []
    # and the baseline is not a subset by being empty: every activity's rows are there
    text = "\n".join(direct)
    for activity in demo_export.content.activities:
        assert activity.title.split()[0] in text
        assert activity.activity_type.label in text
    headers = [line for line in direct if line == "Partners"]
    assert len(headers) >= len([t for t in demo_export.content.tasks() if t.activities])
