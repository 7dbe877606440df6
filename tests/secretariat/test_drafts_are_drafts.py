"""A questionnaire draft synced to the Secretariat stays a draft in every count and listing:
the overview, the mission page, the response page, the analysis, the report draft and the
CLI (text and ``--json``). ALPHA submitted its questionnaire; BRAVO has the very same
answers only as a draft (and no activity, so anything BRAVO shows up in comes from it)."""

from __future__ import annotations

import html
import re
import uuid
from pathlib import Path

import pytest
from sync_helpers import Service, run_sync, store_args
from test_secretariat_analysis import cli_json, mission_store
from web_helpers import ANALYST, Workspace

from focalpoint.analysis.cli import period_argument
from focalpoint.demo import demo_document
from focalpoint.secretariat.analysis import analyse_missions
from focalpoint.secretariat.cli import main as secretariat_main
from focalpoint.secretariat.reporting.content import load_draft
from focalpoint.secretariat.store import ServiceStore

START, END = "2005-01-01", "2006-06-30"


def row_of(page: str, code: str) -> str:
    match = re.search(rf"<tr>(?:(?!</tr>).)*?/missions/{code}\"(?:(?!</tr>).)*</tr>", page,
                      re.S)
    assert match, f"no row for {code}"
    return html.unescape(re.sub(r"<[^>]+>", " ", match.group(0)))


def test_a_draft_is_counted_and_listed_as_a_draft_everywhere(
        tmp_path: Path, workspace: Workspace, service: Service, service_store: ServiceStore,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    questionnaire = demo_document()["questionnaire"]
    shares = {"ALPHA": slice(0, 20), "BRAVO": slice(0, 0)}
    stores = {}
    for code, share in shares.items():
        token = service_store.add_mission(code, f"Mission {code}").token
        stores[code] = (mission_store(tmp_path / f"{code}.db", code, share, "EUR"), token)
        assert run_sync(stores[code][0], service.url, token, code).kind == "ok"
    period = period_argument(f"{START}:{END}")
    assert period is not None
    db = store_args(service_store, monkeypatch)
    before = analyse_missions(service_store, period).to_json()
    cli_before = cli_json(secretariat_main, capsys, "analysis", *db, "--period",
                          f"{START}:{END}", "--json")
    ids = {}
    for code, (store, token) in stores.items():
        with store:
            draft = store.responses.save_draft(dict(questionnaire, id=str(uuid.uuid4())))
            ids[code] = draft.id
            if code == "ALPHA":
                store.responses.submit(draft.id)
            assert run_sync(store, service.url, token, code).kind == "ok"
    statuses = {c: [r["status"] for r in service_store.export_document(c)["responses"]]
                for c in shares}
    assert statuses == {"ALPHA": ["submitted"], "BRAVO": ["draft"]}

    # The overview and the mission page: BRAVO's is a draft, not awaiting review.
    client = workspace.login(ANALYST)
    overview = client.get("/").text
    assert "version 1: awaiting review" in row_of(overview, "ALPHA")
    bravo = row_of(overview, "BRAVO")
    assert "version 1: draft" in bravo and "awaiting review" not in bravo
    mission = client.get("/missions/BRAVO").text
    responses = html.unescape(mission.split('id="responses"')[1].split("</section>")[0])
    assert "version 1: draft" in responses and "awaiting review" not in responses
    page = client.get(f"/missions/BRAVO/responses/{ids['BRAVO']}").text
    assert "State: <strong>draft</strong>" in page and 'id="review"' not in page
    assert 'id="review"' in client.get(f"/missions/ALPHA/responses/{ids['ALPHA']}").text

    # The analysis counts activities only: the questionnaires change none of its figures.
    assert analyse_missions(service_store, period).to_json() == before
    assert cli_json(secretariat_main, capsys, "analysis", *db, "--period",
                    f"{START}:{END}", "--json") == cli_before

    # The report draft: BRAVO has "a draft only", and its draft's answers are no report
    # on any task (ALPHA's submitted answers are).
    content = load_draft(service_store, period)
    assert [m.code for m in content.not_submitted] == ["BRAVO"]
    on_tasks = {(t.task.code, m.mission.code) for t in content.tasks for m in t.missions}
    assert not any(code == "BRAVO" for _task, code in on_tasks)
    written = {e["task_code"] for e in questionnaire["task_entries"] if e.get("comment")}
    assert written and written <= {task for task, code in on_tasks if code == "ALPHA"}
    assert all(m.entry is not None for t in content.tasks for m in t.missions
               if t.task.code in written)

    # The CLI: the export says which is which, in text and in JSON.
    for code, expected in (("ALPHA", "1 questionnaire response (1 submitted, 0 drafts)"),
                           ("BRAVO", "1 questionnaire response (0 submitted, 1 draft)")):
        capsys.readouterr()
        assert secretariat_main(["export", *db, "--mission", code]) == 0
        out = capsys.readouterr().out
        assert expected in out, out
    exported = cli_json(secretariat_main, capsys, "export", *db, "--mission", "BRAVO",
                        "--json")
    assert [r["status"] for r in exported["responses"]] == ["draft"]
