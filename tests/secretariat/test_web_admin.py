"""Administration from the pages: a mission and its first token, tokens, halts, catalogues,
staff — each audited."""

from __future__ import annotations

import re

import requests
from sync_helpers import Service
from web_helpers import ADMIN, ANALYST, PASSWORD, Workspace, csrf_of

from focalpoint.catalogue import load_catalogue
from focalpoint.secretariat.auth import hash_token
from focalpoint.secretariat.store import missions as mission_queries


def _actions(workspace: Workspace) -> list[str]:
    rows, _total = workspace.client.app.state.workspace.accounts.audit(  # type: ignore[attr-defined]
        limit=500)
    return [row.action for row in rows]


def test_adding_a_mission_shows_its_token_once_and_stores_only_its_hash(
        workspace: Workspace, service: Service) -> None:
    client = workspace.login(ADMIN)
    csrf = csrf_of(client.get("/admin").text)
    page = client.post("/admin/missions", data={"csrf_token": csrf, "code": "omik",
                                                "name": "OSCE Mission in Kosovo"})
    assert page.status_code == 200 and "shown <strong>once</strong>" in page.text
    token = re.search(r'id="token"[^>]*value="([^"]+)"', page.text)
    assert token is not None
    with workspace.store.read() as db:
        row = mission_queries.token_row(db, token.group(1).split("_")[1])
    assert row is not None and row[0] == "OMIK" and row[1] == hash_token(token.group(1))
    health = requests.get(f"{service.url}/api/v1/feedback", timeout=10,
                          headers={"Authorization": f"Bearer {token.group(1)}"})
    assert health.status_code == 200  # the token works for the mission's API
    assert token.group(1) not in client.get("/missions/OMIK").text  # never shown again
    again = client.post("/admin/missions", data={"csrf_token": csrf, "code": "OMIK",
                                                 "name": "Again"})
    assert again.status_code == 400 and "exists already" in again.text
    bad = client.post("/admin/missions", data={"csrf_token": csrf, "code": "", "name": ""})
    assert bad.status_code == 400
    assert [m.code for m in workspace.store.missions()] == ["OMIK"]
    assert _actions(workspace).count("mission added") == 1


def test_tokens_issue_and_revoke(workspace: Workspace) -> None:
    workspace.store.add_mission("DEMO", "Demo")
    client = workspace.login(ADMIN)
    csrf = csrf_of(client.get("/missions/DEMO").text)
    page = client.post("/admin/missions/DEMO/tokens", data={"csrf_token": csrf})
    assert page.status_code == 200 and "New access token for DEMO" in page.text
    assert workspace.store.missions()[0].active_tokens == 2
    mission_page = client.get("/missions/DEMO").text
    token_ids = re.findall(r"/admin/missions/DEMO/tokens/([0-9a-f]{16})/revoke", mission_page)
    assert len(token_ids) == 2
    answer = client.post(f"/admin/missions/DEMO/tokens/{token_ids[0]}/revoke",
                         data={"csrf_token": csrf}, follow_redirects=False)
    assert answer.status_code == 303
    assert workspace.store.missions()[0].active_tokens == 1
    again = client.post(f"/admin/missions/DEMO/tokens/{token_ids[0]}/revoke",
                        data={"csrf_token": csrf})
    assert again.status_code == 400 and "not an active token" in again.text
    assert {"token issued", "token revoked"} <= set(_actions(workspace))


def test_halt_and_resume(workspace: Workspace) -> None:
    workspace.store.add_mission("DEMO", "Demo")
    client = workspace.login(ADMIN)
    csrf = csrf_of(client.get("/admin").text)
    empty = client.post("/admin/missions/DEMO/halt", data={"csrf_token": csrf, "message": " "})
    assert empty.status_code == 400
    assert client.post("/admin/missions/DEMO/halt", data={
        "csrf_token": csrf, "message": "Server move on Friday"}).status_code == 200
    assert workspace.store.missions()[0].halt_message == "Server move on Friday"
    assert "Server move on Friday" in client.get("/").text
    client.post("/admin/missions/DEMO/resume", data={"csrf_token": csrf})
    assert workspace.store.missions()[0].halt_message == ""
    assert client.post("/admin/missions/NOPE/resume",
                       data={"csrf_token": csrf}).status_code == 400
    assert {"sync halted", "sync resumed"} <= set(_actions(workspace))


def test_publishing_a_catalogue_shows_what_changes_before_confirming(
        workspace: Workspace) -> None:
    client = workspace.login(ADMIN)
    csrf = csrf_of(client.get("/admin").text)
    data = load_catalogue().model_dump()
    data["version"] = "2099.1"
    task = data["chapters"][0]["sections"][0]["tasks"][0]
    task["text"] = "A changed text <b>of</b> the task"
    text = load_catalogue().model_validate(data).to_json()

    bad = client.post("/admin/catalogue/preview", data={"csrf_token": csrf},
                      files={"file": ("c.json", b'{"version": "x"}', "application/json")})
    assert bad.status_code == 400 and "not accepted" in bad.text
    preview = client.post("/admin/catalogue/preview", data={"csrf_token": csrf},
                          files={"file": ("c.json", text.encode(), "application/json")})
    assert preview.status_code == 200
    assert "Changed (1)" in preview.text and task["code"] in preview.text
    assert "A changed text &lt;b&gt;of&lt;/b&gt; the task" in preview.text
    with workspace.store.read() as db:
        assert workspace.store.latest_catalogue(db).version != "2099.1"  # not yet
    confirm = client.post("/admin/catalogue/publish", data={
        "csrf_token": csrf_of(preview.text), "catalogue": text}, follow_redirects=False)
    assert confirm.status_code == 303
    with workspace.store.read() as db:
        assert workspace.store.latest_catalogue(db).version == "2099.1"
    twice = client.post("/admin/catalogue/publish", data={"csrf_token": csrf,
                                                          "catalogue": text})
    assert twice.status_code == 400 and "already published" in twice.text
    assert _actions(workspace).count("catalogue published") == 1


def test_staff_from_the_administration_page(workspace: Workspace) -> None:
    client = workspace.login(ADMIN)
    csrf = csrf_of(client.get("/admin").text)
    weak = client.post("/admin/staff", data={"csrf_token": csrf, "email": "new@osce.example",
                                             "name": "New", "role": "analyst",
                                             "password": "short"})
    assert weak.status_code == 400 and "at least 10" in weak.text
    answer = client.post("/admin/staff", data={
        "csrf_token": csrf, "email": "new@osce.example", "name": "Нина Новикова",
        "role": "analyst", "password": PASSWORD}, follow_redirects=False)
    assert answer.status_code == 303
    assert "Нина Новикова" in client.get("/admin").text
    workspace.login("new@osce.example", client=workspace.new_client())
    answer = client.post(f"/admin/staff/{ADMIN}/disable", data={"csrf_token": csrf})
    assert answer.status_code == 400 and "last active admin" in answer.text
    client.post(f"/admin/staff/{ANALYST}/disable", data={"csrf_token": csrf})
    client.post(f"/admin/staff/{ANALYST}/enable", data={"csrf_token": csrf})
    assert {"staff added", "staff disabled", "staff enabled"} <= set(_actions(workspace))
    audit_page = client.get("/admin/audit").text
    assert "staff disabled" in audit_page and ANALYST in audit_page
