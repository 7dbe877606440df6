"""``focalpoint-secretariat report``: the consolidated draft lists, under each task, exactly
the period's activities mapped to it, from every mission, with the missions' comments."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from sync_helpers import Service, run_sync, store_args
from test_secretariat_analysis import mission_store

from focalpoint.catalogue import load_catalogue
from focalpoint.demo import demo_document
from focalpoint.secretariat.cli import main as secretariat_main
from focalpoint.secretariat.reporting.docx_draft import activity_line
from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import ActivityFilter

START, END = "2005-01-01", "2006-06-30"


def read_draft(path: Path) -> tuple[dict[tuple[str, str], set[str]], list[str], list[str],
                                    list[str]]:
    """(task, mission) -> activity lines; flagged tasks; annex lines; all paragraph texts."""
    found: dict[tuple[str, str], set[str]] = {}
    flagged: list[str] = []
    annex: list[str] = []
    texts: list[str] = []
    task = mission = ""
    in_annex = False
    for paragraph in Document(str(path)).paragraphs:
        style, text = (paragraph.style.name if paragraph.style else ""), paragraph.text
        texts.append(text)
        if style.startswith("Heading"):
            in_annex = text.startswith("Annex")
            task = text.removeprefix("Task ") if style == "Heading 3" else ""
            mission = ""
        elif in_annex and style == "List Bullet":
            annex.append(text)
        elif task and text.startswith("No mission reports on this task"):
            flagged.append(task)
        elif task and paragraph.runs and paragraph.runs[0].bold and text.endswith(")"):
            mission = text.rsplit("(", 1)[1].rstrip(")")
            found.setdefault((task, mission), set())
        elif task and mission and style == "List Bullet":
            found[(task, mission)].add(text)
    return found, flagged, annex, texts


def sync_three_missions(tmp_path: Path, service: Service, service_store: ServiceStore
                        ) -> tuple[dict[tuple[str, str], set[str]], dict[str, Any]]:
    """ALPHA (submitted questionnaire), BRAVO (a draft only) and CHARLIE (none) synced;
    returns (task, mission) -> the activity lines the draft must list, and the
    questionnaire the two missions answered."""
    specs = [("ALPHA", slice(0, 25), "EUR"), ("BRAVO", slice(20, 45), "USD"),
             ("CHARLIE", slice(40, 59), "EUR")]
    expected: dict[tuple[str, str], set[str]] = {}
    questionnaire = dict(demo_document()["questionnaire"], id=str(uuid.uuid4()))
    for code, share, currency in specs:
        token = service_store.add_mission(code, f"Mission {code}").token
        with mission_store(tmp_path / f"{code}.db", code, share, currency) as store:
            if code in ("ALPHA", "BRAVO"):
                draft = store.responses.save_draft(dict(questionnaire, id=str(uuid.uuid4())))
                if code == "ALPHA":
                    store.responses.submit(draft.id)
            assert run_sync(store, service.url, token, code).kind == "ok"
            period = store.activities.list(ActivityFilter(period_start=START, period_end=END))
            for activity in period:
                for task in activity.task_codes:
                    expected.setdefault((task, code), set()).add(activity_line(activity))
            # A mission that only writes about a task (no activity) in its submitted
            # questionnaire is listed under it too; BRAVO's draft reports nothing.
            for entry in questionnaire["task_entries"]:
                if code == "ALPHA" and (entry.get("comment") or entry.get("challenges")):
                    expected.setdefault((entry["task_code"], code), set())
    return expected, questionnaire


def test_draft_lists_exactly_each_missions_activities_per_task(
        tmp_path: Path, service: Service, service_store: ServiceStore,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    expected, questionnaire = sync_three_missions(tmp_path, service, service_store)
    out = tmp_path / "draft.docx"
    assert secretariat_main(["report", *store_args(service_store, monkeypatch), "--period",
                             f"{START}:{END}", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    found, flagged, annex, texts = read_draft(out)
    assert found == expected
    reported = {task for task, _mission in expected}
    assert flagged == [t.code for t in load_catalogue().tasks() if t.code not in reported]
    assert annex == ["Mission BRAVO (BRAVO): a draft only",
                     "Mission CHARLIE (CHARLIE): no questionnaire"]
    # The submitted mission's own words appear under its tasks.
    comments = [e["comment"] for e in questionnaire["task_entries"] if e.get("comment")]
    assert comments and all(f"Comment: {c}" in texts for c in comments)
    assert "2. Forms of trafficking addressed" in texts
    # Each summary figure carries its chart as a picture (drawn from the PDF's drawings).
    assert len(Document(str(out)).inline_shapes) >= 6


def test_report_refuses_bad_input_and_leaves_no_file(
        tmp_path: Path, service_store: ServiceStore, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    service_store.add_mission("EMPTY", "Empty mission")
    db = store_args(service_store, monkeypatch)
    year = "2005-01-01:2005-12-31"
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    cases = [
        (["--period", "2005", str(tmp_path / "a.docx")], "is not START:END"),
        (["--period", "2005-12-31:2005-01-01", str(tmp_path / "a.pdf")], "is before the start"),
        (["--period", year, str(tmp_path / "a.odt")], "write a .docx file"),
        (["--period", year, str(tmp_path / "nowhere" / "a.pdf")], "does not exist"),
        (["--period", year, "--mission", "NOPE", str(tmp_path / "a.pdf")], "no mission NOPE"),
    ]
    if os.geteuid() != 0:  # root writes into a read-only folder anyway
        cases += [(["--period", year, str(locked / "a.pdf")], "cannot be written"),
                  (["--period", year, str(locked / "a.docx")], "cannot be written")]
    try:
        for arguments, message in cases:
            assert secretariat_main(["report", *db, *arguments]) == 2, arguments
            err = capsys.readouterr().err
            assert message in err and "Traceback" not in err, (arguments, err)
    finally:
        locked.chmod(0o700)
    left = [p for p in tmp_path.rglob("*") if p.suffix in (".docx", ".pdf", ".part", ".odt")]
    assert left == []


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_write_that_fails_leaves_the_old_file_and_no_part(
        suffix: str, tmp_path: Path, service_store: ServiceStore,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Fault injection: the final rename fails (a full or read-only disk; also what root,
    who may write anywhere, never sees in the read-only-folder case above)."""
    service_store.add_mission("EMPTY", "Empty mission")
    db = store_args(service_store, monkeypatch)
    folder = tmp_path / "drafts"
    folder.mkdir()
    out = folder / f"draft{suffix}"
    out.write_bytes(b"the previous draft")
    renamed: list[str] = []

    def failing_replace(source: object, target: object) -> None:
        renamed.append(str(target))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    assert secretariat_main(["report", *db, "--period", "2005-01-01:2005-12-31",
                             str(out)]) == 2
    err = capsys.readouterr().err
    assert renamed == [str(out)]  # the fault fired, at the rename onto the target
    assert "cannot be written (No space left on device)" in err and "Traceback" not in err
    assert out.read_bytes() == b"the previous draft"
    assert sorted(p.name for p in folder.iterdir()) == [out.name]
