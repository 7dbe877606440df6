"""``focalpoint questionnaire export-pdf``: choosing the response, exit codes, no half files."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_pdfcheck import page_texts

from focalpoint.cli import main
from focalpoint.storage import Store


def run(store_path: Path, *args: str) -> int:
    return main(["--db", str(store_path), "questionnaire", "export-pdf", *args])


def test_exports_the_latest_response(
    demo_store: Store, store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.pdf"
    assert run(store_path, str(out), "--creation-date", "2026-03-01") == 0
    assert "Wrote" in capsys.readouterr().out
    reader = PdfReader(str(out))
    assert len(reader.pages) > 1
    assert "1 January 2005 – 30 June 2006" in page_texts(reader)[0]


@pytest.mark.parametrize(("period", "problem"), [
    ("2005-01-01", "is not START:END"),
    ("2005-13-01:2006-01-01", "the start '2005-13-01' is not a date"),
    ("2005-01-01:soon", "the end 'soon' is not a date"),
    ("2006-01-01:2005-01-01", "is before the start"),
    (":", "is not START:END"),
])
def test_bad_period_exits_2_and_writes_nothing(
    demo_store: Store, store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    period: str, problem: str,
) -> None:
    out = tmp_path / "out.pdf"
    assert run(store_path, str(out), "--period", period) == 2
    assert problem in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("target", ["no/such/folder/out.pdf", "."])
def test_unwritable_path_exits_2(
    demo_store: Store, store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    target: str,
) -> None:
    assert run(store_path, str(tmp_path / target)) == 2
    assert "focalpoint: error:" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")] == []


def test_no_response_and_no_period_exits_2(
    store: Store, store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.mission.save({"code": "TEST", "name": "OSCE Test Office"})
    assert run(store_path, str(tmp_path / "out.pdf")) == 2
    assert "no questionnaire response" in capsys.readouterr().err


def test_period_without_response_exports_a_draft_for_it(
    demo_store: Store, store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "2006.pdf"
    assert run(store_path, str(out), "--period", "2006-01-01:2006-12-31",
               "--page-size", "letter") == 0
    assert "draft response 2006-01-01:2006-12-31" in capsys.readouterr().out
    reader = PdfReader(str(out))
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "1 January 2006 – 31 December 2006" in page_texts(reader)[0]


def test_period_of_a_submitted_response_exports_it(
    demo_store: Store, store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    response = demo_store.responses.latest()
    assert response is not None
    demo_store.responses.submit(response.id, when=datetime(2006, 7, 15, 10, 0, tzinfo=UTC))
    out = tmp_path / "submitted.pdf"
    assert run(store_path, str(out), "--period", "2005-01-01:2006-06-30",
               "--skip-not-applicable") == 0
    assert "submitted response" in capsys.readouterr().out
    assert "Submitted to the OSCE Secretariat on 15 July 2006" in page_texts(
        PdfReader(str(out)))[0]


def test_unknown_response_id_and_conflicting_options_exit_2(
    demo_store: Store, store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "out.pdf")
    assert run(store_path, out, "--response", "0e6894ea-0000-0000-0000-000000000000") == 2
    assert "no questionnaire response" in capsys.readouterr().err
    assert run(store_path, out, "--response", "x", "--period", "2005-01-01:2005-12-31") == 2
    assert "either --response or --period" in capsys.readouterr().err
    assert run(store_path, out, "--creation-date", "yesterday") == 2
    assert "--creation-date" in capsys.readouterr().err


def test_bad_page_size_is_a_usage_error(demo_store: Store, store_path: Path,
                                        tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(store_path, str(tmp_path / "out.pdf"), "--page-size", "a3")
    assert exit_info.value.code == 2


def test_page_size_choices_match_the_report_styles() -> None:
    from focalpoint.report.cli import PAGE_SIZE_NAMES
    from focalpoint.report.styles import PAGE_SIZES

    assert sorted(PAGE_SIZE_NAMES) == sorted(PAGE_SIZES)
