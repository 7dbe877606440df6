"""``focalpoint-secretariat report … OUT.pdf``: the PDF of the draft, read back with
pdftotext, lists under each task exactly the period's activities mapped to it, from every
mission — the same content as the Word draft (one content model, two documents)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sync_helpers import Service, store_args
from test_secretariat_report_draft import END, START, sync_three_missions

from focalpoint.catalogue import load_catalogue
from focalpoint.secretariat.cli import main as secretariat_main
from focalpoint.secretariat.store import ServiceStore

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"),
                                reason="needs poppler-utils (./test installs it)")
TASK = re.compile(r"Task ((?:III|IV|V)\.\d+\.\d+)")
MISSION = re.compile(r"Mission (ALPHA|BRAVO|CHARLIE) \((ALPHA|BRAVO|CHARLIE)\)")
RUNNING = re.compile(r"^(Report on the implementation of the Action Plan \(draft\)|"
                     r"Draft compiled by FocalPoint .* on \d{4}-\d\d-\d\d|"
                     r"Page \d+ of \d+|\d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d)$")


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-nopgbrk", str(path), "-"], capture_output=True,
                          text=True, check=True)
    return done.stdout


def words(text: str) -> str:
    return " ".join(text.split())


def read_pdf(path: Path) -> tuple[dict[tuple[str, str], set[str]], list[str], str]:
    """(task, mission) -> activity lines; flagged tasks; the whole text (running header
    and footer lines removed, so a page break never splits what a task lists)."""
    catalogue = load_catalogue()
    headings = {f"{c.code}. {c.title}" for c in catalogue.chapters} | {
        f"{s.code} {s.title}" for c in catalogue.chapters for s in c.sections}
    lines = [line for line in pdf_text(path).splitlines()
             if not RUNNING.match(line.strip()) and line.strip() not in headings]
    body = "\n".join(lines)
    first = re.search(r"^Task (?:III|IV|V)\.", body, re.MULTILINE)
    assert first is not None
    tasks_part = body[first.start():body.index("Summary of the missions' activities",
                                               first.start())]
    found: dict[tuple[str, str], set[str]] = {}
    flagged: list[str] = []
    pieces = re.split(r"^Task ((?:III|IV|V)\.\d+\.\d+)$", tasks_part, flags=re.MULTILINE)
    for task, segment in zip(pieces[1::2], pieces[2::2], strict=True):
        text = words(segment)
        if "No mission reports on this task for the period." in text:
            flagged.append(task)
        blocks = MISSION.split(text)
        for code, _again, block in zip(blocks[1::3], blocks[2::3], blocks[3::3], strict=True):
            bullets = [words(b) for b in block.split("•")[1:]]
            found[(task, code)] = set(bullets)
            assert len(bullets) == len(found[(task, code)]), (task, code)  # no duplicates
    return found, flagged, body


def test_pdf_lists_exactly_each_missions_activities_per_task(
        tmp_path: Path, service: Service, service_store: ServiceStore,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    expected, questionnaire = sync_three_missions(tmp_path, service, service_store)
    out = tmp_path / "draft.pdf"
    assert secretariat_main(["report", *store_args(service_store, monkeypatch), "--period",
                             f"{START}:{END}", str(out)]) == 0
    assert f"Wrote {out}" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    found, flagged, body = read_pdf(out)
    assert found == {key: {words(line) for line in lines} for key, lines in expected.items()}
    reported = {task for task, _mission in expected}
    assert flagged == [t.code for t in load_catalogue().tasks() if t.code not in reported]
    comments = [e["comment"] for e in questionnaire["task_entries"] if e.get("comment")]
    assert comments and all(words(f"Comment: {c}") in words(body) for c in comments)
    text = words(body)
    for title in ("1. Action Plan tasks with and without activities",
                  "2. Forms of trafficking addressed", "5. Funding: Unified Budget and "
                  "extrabudgetary"):
        assert title in text
    annex = text[text.rindex("Annex: missions that did not submit"):]
    assert "• Mission BRAVO (BRAVO): a draft only" in annex
    assert "• Mission CHARLIE (CHARLIE): no questionnaire" in annex
    assert "Mission ALPHA" not in annex
