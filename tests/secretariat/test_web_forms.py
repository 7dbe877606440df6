"""CSRF on every form, escaping of every value staff or missions supply, and what the
forms do: feedback, review decisions, the audit row committed with its change."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from sync_helpers import Service, run_sync
from web_helpers import ADMIN, ANALYST, Workspace, csrf_of

from focalpoint.secretariat.store import audit as audit_queries
from focalpoint.secretariat.store.staff_tables import audit_log, reviews
from focalpoint.secretariat.store.tables import feedback
from focalpoint.storage import Store

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _count(workspace: Workspace, table: sa.Table) -> int:
    engine = workspace.client.app.state.workspace.store.engine  # type: ignore[attr-defined]
    with engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def _response_id(store: Store) -> str:
    response = store.responses.latest()
    assert response is not None
    return response.id


def _posts(store: Store) -> list[tuple[str, dict[str, Any]]]:
    response = _response_id(store)
    activity = store.activities.list()[0].id
    return [
        ("/missions/DEMO/feedback", {"message": "hello"}),
        ("/missions/DEMO/feedback", {"message": "hello", "activity_id": activity}),
        (f"/missions/DEMO/responses/{response}/review",
         {"decision": "returned", "comment": "please revise"}),
        ("/admin/missions/DEMO/halt", {"message": "stop"}),
        ("/admin/missions", {"code": "NEW", "name": "New mission"}),
        ("/admin/missions/DEMO/tokens", {}),
        ("/admin/staff", {"email": "new@osce.example", "name": "New", "role": "admin",
                          "password": "p" * 12}),
        (f"/admin/staff/{ANALYST}/disable", {}),
        ("/admin/catalogue/publish", {"catalogue": "{}"}),
        ("/logout", {}),
    ]


def _state(workspace: Workspace) -> tuple[Any, ...]:
    services = workspace.client.app.state.workspace  # type: ignore[attr-defined]
    return (workspace.store.missions(), _count(workspace, feedback),
            _count(workspace, reviews), [(s.email, s.active) for s in services.accounts.staff()])


@pytest.mark.parametrize("token", [None, "", "wrong-token"])
def test_a_post_without_the_right_csrf_token_is_403_and_changes_nothing(
        workspace: Workspace, synced_demo: Store, token: str | None) -> None:
    client = workspace.login(ADMIN)
    before = _state(workspace)
    for url, data in _posts(synced_demo):
        body = dict(data) if token is None else {**data, "csrf_token": token}
        answer = client.post(url, data=body, follow_redirects=False)
        assert answer.status_code == 403, url
        assert "nothing was changed" in answer.text
    assert _state(workspace) == before
    assert client.get("/", follow_redirects=False).status_code == 200  # logout refused too


def test_a_post_without_a_session_changes_nothing(workspace: Workspace,
                                                  synced_demo: Store) -> None:
    before = _state(workspace)
    for url, data in _posts(synced_demo):
        answer = workspace.client.post(url, data=data, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/login", url
    assert _state(workspace) == before


def test_every_user_value_is_escaped(workspace: Workspace, demo_store: Store,
                                     service: Service, demo_token: str) -> None:
    activity = demo_store.activities.list()[0]
    demo_store.activities.save(activity.model_copy(update={
        "title": "Title " + EVIL, "partners": ["Partner " + EVIL]}))
    draft = demo_store.responses.latest()
    assert draft is not None
    demo_store.responses.save_draft(draft.model_copy(update={
        "goal_setting": "Goals " + EVIL}).model_dump())
    demo_store.responses.submit(draft.id)
    assert run_sync(demo_store, service.url, demo_token).ok
    workspace.store.add_mission("EVIL", "Mission " + EVIL)
    workspace.store.set_halt("EVIL", "Halt " + EVIL)
    workspace.add_staff("evil@osce.example", "analyst", "Staff " + EVIL)
    client = workspace.login(ADMIN)
    csrf = csrf_of(client.get("/").text)
    client.post("/missions/DEMO/feedback", data={"csrf_token": csrf, "message": "Note " + EVIL,
                                                 "activity_id": activity.id})
    task = draft.task_entries[0].task_code
    answer = client.post(f"/missions/DEMO/responses/{draft.id}/review", data={
        "csrf_token": csrf, "decision": "returned", "comment": "Review " + EVIL,
        f"task_comment_{task}": "Task " + EVIL}, follow_redirects=False)
    assert answer.status_code == 303
    pages = ["/", "/missions/DEMO", "/missions/EVIL", f"/missions/DEMO/activities/{activity.id}",
             f"/missions/DEMO/responses/{draft.id}", "/admin", "/admin/audit",
             "/missions/DEMO?q=Title"]
    seen = ""
    for url in pages:
        html = client.get(url).text
        assert "<script>" not in html and "<img src=x" not in html, url
        seen += html
    escaped = "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"
    for prefix in ("Title", "Partner", "Goals", "Mission", "Halt", "Staff", "Note", "Review",
                   "Task"):
        assert f"{prefix} {escaped}" in seen, prefix


def test_feedback_from_a_page_reaches_the_mission_on_its_next_sync(
        workspace: Workspace, synced_demo: Store, service: Service, demo_token: str) -> None:
    client = workspace.login(ANALYST)
    activity = synced_demo.activities.list()[0]
    page = client.get(f"/missions/DEMO/activities/{activity.id}")
    answer = client.post("/missions/DEMO/feedback", data={
        "csrf_token": csrf_of(page.text), "message": "Где список участников?",
        "activity_id": activity.id}, follow_redirects=False)
    assert answer.status_code == 303
    assert "Где список участников?" in client.get(answer.headers["location"]).text
    assert run_sync(synced_demo, service.url, demo_token).ok
    from focalpoint.sync.engine import feedback as pulled

    items = pulled(synced_demo)
    assert [(f.message, f.entity_id, f.author) for f in items] == [
        ("Где список участников?", activity.id, "Anna Analyst")]


def test_an_empty_comment_is_refused_with_a_message(workspace: Workspace,
                                                    synced_demo: Store) -> None:
    client = workspace.login(ANALYST)
    csrf = csrf_of(client.get("/missions/DEMO").text)
    answer = client.post("/missions/DEMO/feedback", data={"csrf_token": csrf, "message": "  "})
    assert answer.status_code == 400 and "empty" in answer.text
    assert _count(workspace, feedback) == 0


def test_review_rules(workspace: Workspace, synced_demo: Store) -> None:
    client = workspace.login(ANALYST)
    response_id = _response_id(synced_demo)
    url = f"/missions/DEMO/responses/{response_id}"
    csrf = csrf_of(client.get(url).text)
    for data, message in [
        ({"decision": "returned"}, "say what to revise"),
        ({}, "choose a decision"),
        ({"decision": "returned", "task_comment_IX.99.9": "x"}, "not a task"),
        ({"decision": "maybe"}, "choose a decision"),
    ]:
        answer = client.post(url + "/review", data={"csrf_token": csrf, **data})
        assert answer.status_code == 400 and message in answer.text, data
    assert _count(workspace, reviews) == 0
    answer = client.post(url + "/review", data={"csrf_token": csrf, "decision": "accepted",
                                                "comment": "Thank you"},
                         follow_redirects=False)
    assert answer.status_code == 303
    page = client.get(url).text
    assert "Accepted" in page and "Thank you" in page and "Anna Analyst" in page
    assert _count(workspace, reviews) == 1


def test_the_audit_row_commits_with_its_change(workspace: Workspace, synced_demo: Store,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Fault injection: the audit insert fails, so the decision must not be stored either."""
    client = workspace.login(ANALYST)
    url = f"/missions/DEMO/responses/{_response_id(synced_demo)}"
    csrf = csrf_of(client.get(url).text)
    real = audit_queries.append
    fired = []

    def broken(conn: sa.Connection, **values: Any) -> None:
        if values["action"].startswith("review"):
            fired.append(values["action"])
            real(conn, **values)  # written, then the transaction fails after it
            raise sa.exc.OperationalError("INSERT INTO audit_log", {}, Exception("disk full"))
        real(conn, **values)

    monkeypatch.setattr(audit_queries, "append", broken)
    with pytest.raises(sa.exc.OperationalError):
        client.post(url + "/review", data={"csrf_token": csrf, "decision": "accepted"})
    assert fired == ["review accepted"]
    assert _count(workspace, reviews) == 0
    engine = workspace.client.app.state.workspace.store.engine  # type: ignore[attr-defined]
    with engine.connect() as conn:
        assert not list(conn.execute(sa.select(audit_log).where(
            audit_log.c.action == "review accepted")))
    monkeypatch.setattr(audit_queries, "append", real)
    client.post(url + "/review", data={"csrf_token": csrf, "decision": "accepted"})
    assert _count(workspace, reviews) == 1


def test_the_audit_log_is_append_only(workspace: Workspace) -> None:
    workspace.login(ADMIN)
    engine = workspace.client.app.state.workspace.store.engine  # type: ignore[attr-defined]
    for statement in (audit_log.update().values(actor="someone else"), audit_log.delete()):
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
            conn.execute(statement)
    assert _count(workspace, audit_log) >= 1
