"""The export function's contract: safe text, long content, atomic writes, progress, threads."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_pdfcheck import FIXED_DATE, HOSTILE_TITLES, add_activity, page_lines, page_texts

from focalpoint.domain import QuestionnaireResponse
from focalpoint.report import ExportCancelled, ReportError, export_questionnaire_pdf
from focalpoint.report.content import load_content
from focalpoint.report.export import render_pdf
from focalpoint.storage import Store

PERIOD: dict[str, object] = {"period_start": "2005-01-01", "period_end": "2006-06-30"}


def period_response(**fields: object) -> QuestionnaireResponse:
    """A response for the demo period (validated from plain data, as the store does)."""
    return QuestionnaireResponse.model_validate({**PERIOD, **fields})


@pytest.fixture
def mission_store(store: Store) -> Store:
    store.mission.save({"code": "TEST", "name": "OSCE Test Office",
                        "focal_point_name": "Nino Beridze", "focal_point_post": "Officer"})
    return store


def draft(store: Store) -> QuestionnaireResponse:
    return store.responses.save_draft(period_response())


def no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".part")]


def test_hostile_markup_prints_literally(mission_store: Store, tmp_path: Path) -> None:
    for title in HOSTILE_TITLES:
        add_activity(mission_store, title, partners=["IOM & <UNHCR>"],
                     description="<b>not bold</b> & <unclosed")
    response = mission_store.responses.save_draft(period_response(
        goal_setting="Goals <i>with</i> & markup </para>",
        task_entries=[{"task_code": "III.12.1", "status": "in_progress",
                       "comment": "Comment with <br/> and &nbsp; typed"}],
    ))
    result = export_questionnaire_pdf(mission_store, response, tmp_path / "hostile.pdf",
                                      creation_date=FIXED_DATE)
    text = " ".join(page_texts(PdfReader(str(result.path))))
    for typed in (*HOSTILE_TITLES, "IOM & <UNHCR>", "<b>not bold</b> & <unclosed",
                  "Goals <i>with</i> & markup </para>", "Comment with <br/> and &nbsp; typed"):
        assert " ".join(typed.split()) in text, typed


def test_long_texts_and_long_tables_split_across_pages(
    mission_store: Store, tmp_path: Path
) -> None:
    words = " ".join(f"word{n}" for n in range(2200))  # one paragraph of several pages
    add_activity(mission_store, "Very long activity", description=words,
                 partners=[f"Partner organisation number {n} " + "x" * 150 for n in range(100)])
    for n in range(60):
        add_activity(mission_store, f"Bulk training {n:03d}",
                     start_date=f"2005-07-{n % 28 + 1:02d}", end_date=None)
    content = load_content(mission_store, draft(mission_store))
    result = render_pdf(content, tmp_path / "long.pdf", creation_date=FIXED_DATE, chunk_rows=20)
    reader = PdfReader(str(result.path))
    text = " ".join(page_texts(reader))
    assert "word0 word1" in text and "word2199" in text
    assert "Partner organisation number 99" in text
    # Every page that shows rows of the task's activity table shows its header row too.
    table_pages = 0
    for index in range(len(reader.pages)):
        lines = [line.text for line in page_lines(reader, index)]
        if any("Bulk training" in line and "Training" in line.split("Bulk training")[1]
               for line in lines):
            table_pages += 1
            assert "No. Activity Dates Type Partners Audiences" in lines, index + 1
    assert table_pages >= 2


def test_same_document_twice_without_fixed_date_still_valid(
    mission_store: Store, tmp_path: Path
) -> None:
    add_activity(mission_store, "One activity")
    result = export_questionnaire_pdf(mission_store, draft(mission_store), tmp_path / "a.pdf")
    meta = PdfReader(str(result.path)).metadata
    assert meta is not None and meta.creation_date is not None
    assert meta.creation_date.year >= 2024


def test_cancelled_export_writes_nothing_and_keeps_old_file(
    mission_store: Store, tmp_path: Path
) -> None:
    add_activity(mission_store, "One activity")
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"%PDF-1.4 previous good file")
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 5  # let the layout start, then stop it

    with pytest.raises(ExportCancelled):
        export_questionnaire_pdf(mission_store, draft(mission_store), out, cancelled=cancelled)
    assert out.read_bytes() == b"%PDF-1.4 previous good file"
    assert no_temp_files(tmp_path)


def test_failure_while_writing_leaves_no_partial_file(
    mission_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_activity(mission_store, "One activity")
    out = tmp_path / "fail.pdf"

    def broken_replace(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("focalpoint.report.export.os.replace", broken_replace)
    with pytest.raises(ReportError, match="No space left on device"):
        export_questionnaire_pdf(mission_store, draft(mission_store), out)
    assert not out.exists()
    assert no_temp_files(tmp_path)


@pytest.mark.parametrize("target", ["missing-folder/out.pdf", "."])
def test_unwritable_targets_are_refused(
    mission_store: Store, tmp_path: Path, target: str
) -> None:
    with pytest.raises(ReportError):
        export_questionnaire_pdf(mission_store, draft(mission_store), tmp_path / target)
    assert no_temp_files(tmp_path)


def test_bad_page_size_is_refused(mission_store: Store, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="page size"):
        export_questionnaire_pdf(mission_store, draft(mission_store), tmp_path / "x.pdf",
                                 page_size="A3")
    assert not (tmp_path / "x.pdf").exists()


def test_store_without_mission_is_refused(store: Store, tmp_path: Path) -> None:
    response = store.responses.save_draft(period_response())
    with pytest.raises(ReportError, match="mission profile"):
        export_questionnaire_pdf(store, response, tmp_path / "x.pdf")


def test_progress_is_monotonic_and_finishes(mission_store: Store, tmp_path: Path) -> None:
    add_activity(mission_store, "One activity")
    seen: list[tuple[int, int, str]] = []
    export_questionnaire_pdf(mission_store, draft(mission_store), tmp_path / "p.pdf",
                             progress=lambda done, total, message: seen.append(
                                 (done, total, message)))
    assert len(seen) > 3
    dones = [done for done, _, _ in seen]
    assert dones == sorted(dones)
    assert seen[-1][0] == seen[-1][1]
    assert all(isinstance(message, str) and message for _, _, message in seen)


def test_export_runs_in_a_worker_thread_on_its_own_connection(
    demo_store: Store, tmp_path: Path
) -> None:
    """What the GUI does: a reopened store used only inside the worker thread."""
    response = demo_store.responses.latest()
    assert response is not None
    results: list[object] = []

    def work() -> None:
        with demo_store.reopen() as own:
            try:
                results.append(export_questionnaire_pdf(own, response, tmp_path / "t.pdf",
                                                        creation_date=FIXED_DATE))
            except Exception as error:  # pragma: no cover - reported by the assert below
                results.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    [result] = results
    assert not isinstance(result, Exception), result
    assert (tmp_path / "t.pdf").stat().st_size > 10_000


def test_submitted_response_prints_its_snapshot(demo_store: Store, tmp_path: Path) -> None:
    response = demo_store.responses.latest()
    assert response is not None
    demo_store.responses.submit(response.id, when=datetime(2006, 7, 15, 10, 0, tzinfo=UTC))
    [changed] = [a for a in demo_store.activities.list()
                 if a.title == "Trial monitoring of trafficking and organized crime cases"]
    demo_store.activities.save(changed.model_copy(update={"title": "Renamed after submission"}))
    submitted = demo_store.responses.get(response.id)
    result = export_questionnaire_pdf(demo_store, submitted, tmp_path / "s.pdf",
                                      creation_date=FIXED_DATE)
    text = " ".join(page_texts(PdfReader(str(result.path))))
    assert "Trial monitoring of trafficking and organized crime cases" in text
    assert "Renamed after submission" not in text
    assert "Submitted to the OSCE Secretariat on 15 July 2006, 10:00 UTC" in text


def test_report_package_never_imports_qt() -> None:
    code = (
        "import sys, focalpoint.report, focalpoint.report.cli, focalpoint.report.export; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]; "
        "sys.exit(1 if bad else 0)"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr


def test_dry_first_pass_and_seeded_contents_do_not_change_the_document(
    mission_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The speed-ups must be invisible: same bytes as a build that draws every pass."""
    for n in range(30):
        add_activity(mission_store, f"Тренинг {n}", description="Описание " * 40)
    response = draft(mission_store)
    fast = export_questionnaire_pdf(mission_store, response, tmp_path / "fast.pdf",
                                    creation_date=FIXED_DATE)
    assert fast.passes == 2
    monkeypatch.setattr("focalpoint.report.flowables.DryCanvas.dry_run", False)
    slow = export_questionnaire_pdf(mission_store, response, tmp_path / "slow.pdf",
                                    creation_date=FIXED_DATE)
    assert slow.path.read_bytes() == fast.path.read_bytes()


def test_budget_totals_per_currency_and_source(mission_store: Store, tmp_path: Path) -> None:
    response = mission_store.responses.save_draft(period_response(
        staff_posts=[
            {"year": 2005, "source": "unified_budget", "post": "Officer", "count": "1"},
            {"year": 2005, "source": "extrabudgetary", "post": "Assistant", "count": "0.5"},
        ],
        budget_lines=[
            {"year": 2005, "source": "unified_budget", "description": "Programme",
             "amount": "1000.50", "currency": "EUR"},
            {"year": 2005, "source": "extrabudgetary", "description": "Project",
             "amount": "2000", "currency": "EUR"},
            {"year": 2006, "source": "extrabudgetary", "description": "US grant",
             "amount": "500", "currency": "USD"},
        ],
    ))
    result = export_questionnaire_pdf(mission_store, response, tmp_path / "b.pdf",
                                      creation_date=FIXED_DATE)
    reader = PdfReader(str(result.path))
    lines = [line.text for i in range(len(reader.pages)) for line in page_lines(reader, i)]
    assert "2005 1 0.5 1.5" in lines  # posts: Unified Budget, extrabudgetary, total
    assert "2005 1,000.50 EUR 2,000.00 EUR 3,000.50 EUR" in lines
    assert "All years (EUR) 1,000.50 EUR 2,000.00 EUR 3,000.50 EUR" in lines
    assert "All years (USD) 0.00 USD 500.00 USD 500.00 USD" in lines  # never added to EUR


def test_period_without_activities_says_so(mission_store: Store, tmp_path: Path) -> None:
    add_activity(mission_store, "Outside the period", start_date="2010-01-01",
                 end_date="2010-01-02")
    result = export_questionnaire_pdf(mission_store, draft(mission_store),
                                      tmp_path / "empty.pdf", creation_date=FIXED_DATE)
    text = " ".join(page_texts(PdfReader(str(result.path))))
    assert result.activity_count == 0
    assert "No activity of the mission falls within the period." in text
    assert "Outside the period" not in text
