"""The optional Self-assessment annex: the analysis figures with vector charts."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_pdfcheck import FIXED_DATE, open_pdf, outline_titles, page_texts

from focalpoint.analysis import Period, analyse
from focalpoint.cli import main
from focalpoint.demo import load_demo
from focalpoint.report import export_questionnaire_pdf
from focalpoint.report.content import load_content
from focalpoint.storage import Store


@pytest.fixture
def demo(store: Store) -> Store:
    load_demo(store)
    return store


def test_annex_has_the_six_figures_with_the_analysis_numbers(demo: Store, tmp_path: Path):
    response = demo.responses.latest()
    assert response is not None
    out = tmp_path / "sa.pdf"
    with_annex = export_questionnaire_pdf(demo, response, out, creation_date=FIXED_DATE,
                                          with_self_assessment=True)
    plain = export_questionnaire_pdf(demo, response, tmp_path / "plain.pdf",
                                     creation_date=FIXED_DATE)
    assert with_annex.page_count > plain.page_count
    reader = open_pdf(out)
    titles = [title for _depth, title, _page in outline_titles(reader)]
    assert "Self-assessment" in titles
    for title in ("S.1 Action Plan tasks with and without activities",
                  "S.2 Forms of trafficking addressed", "S.5 Funding: Unified Budget and "
                  "extrabudgetary", "S.6 Partners by kind and task area"):
        assert title in titles
    start = next(page for _d, title, page in outline_titles(reader) if title == "Self-assessment")
    annex = " ".join(page_texts(reader)[start - 1:])
    content = load_content(demo, response)
    result = analyse(content.activities, content.catalogue,
                     period=Period(response.period_start, response.period_end))
    covered, applicable = len(result.tasks.covered), len(result.tasks.tasks)
    assert f"{covered} of {applicable} applicable tasks have activities" in annex
    awareness = result.forms.awareness.activities.count
    assert f"of which {awareness} awareness-raising" in annex
    for share in result.funding.shares:
        assert f"{share.extrabudgetary_share * 100:.1f}%" in annex  # type: ignore[operator]
    # Charts are vector drawings: their labels are text in the PDF, not pixels.
    assert "tasks with activities" in annex and "Unified Budget" in annex


def test_cli_flag(demo: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    out = tmp_path / "cli.pdf"
    assert main(["--db", str(demo.path), "questionnaire", "export-pdf", str(out),
                 "--self-assessment", "--creation-date", "2026-03-01"]) == 0
    titles = [title for _d, title, _p in outline_titles(open_pdf(out))]
    assert "Self-assessment" in titles
    out2 = tmp_path / "without.pdf"
    assert main(["--db", str(demo.path), "questionnaire", "export-pdf", str(out2)]) == 0
    assert "Self-assessment" not in [t for _d, t, _p in outline_titles(open_pdf(out2))]


def test_empty_period_annex_still_renders(store: Store, tmp_path: Path):
    store.mission.save({"code": "EMPTY", "name": "Empty mission"})
    response = store.responses.save_draft({"period_start": "1999-01-01",
                                           "period_end": "1999-12-31"})
    result = export_questionnaire_pdf(store, response, tmp_path / "e.pdf",
                                      with_self_assessment=True)
    text = " ".join(page_texts(open_pdf(result.path)))
    assert "Self-assessment" in text and "0 of " in text
