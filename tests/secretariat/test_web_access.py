"""Access rules of the staff pages: login, sessions, expiry, throttling, roles."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from web_helpers import ADMIN, ANALYST, PASSWORD, Workspace, csrf_of

from focalpoint.secretariat.store.browse import ActivityQuery
from focalpoint.secretariat.store.staff_tables import audit_log, staff_sessions
from focalpoint.storage import Store

PAGES = ["/", "/missions/DEMO", "/missions/DEMO?q=police", "/admin", "/admin/audit",
         "/missions/DEMO/activities/{activity}", "/missions/DEMO/responses/{response}",
         "/missions/DEMO/responses/{response}/pdf"]


def _urls(store: Store) -> list[str]:
    response = store.responses.latest()
    assert response is not None
    activity = store.activities.list()[0].id
    return [u.format(activity=activity, response=response.id) for u in PAGES]


def _audit(workspace: Workspace, action: str) -> list[sa.Row]:
    engine = workspace.client.app.state.workspace.store.engine  # type: ignore[attr-defined]
    with engine.connect() as conn:
        return list(conn.execute(sa.select(audit_log).where(audit_log.c.action == action)))


def test_without_a_session_every_page_redirects_to_login_and_shows_no_data(
        workspace: Workspace, synced_demo: Store) -> None:
    for url in _urls(synced_demo):
        answer = workspace.client.get(url, follow_redirects=False)
        assert answer.status_code == 303, url
        assert answer.headers["location"] == "/login"
        assert "OSCE Demo" not in answer.text and "DEMO" not in answer.text
    login = workspace.client.get("/login")
    assert login.status_code == 200 and "OSCE Demo" not in login.text
    assert 'name="email"' in login.text and 'name="password"' in login.text


def test_a_forged_or_expired_cookie_is_no_session(workspace: Workspace,
                                                  synced_demo: Store) -> None:
    workspace.client.cookies.set("fp_staff_session", "forged-value")
    answer = workspace.client.get("/", follow_redirects=False)
    assert answer.status_code == 303 and "OSCE Demo" not in answer.text


def test_login_sets_a_strict_http_only_cookie_and_opens_the_pages(
        workspace: Workspace, synced_demo: Store) -> None:
    page = workspace.client.get("/login")
    answer = workspace.client.post("/login", data={
        "email": ADMIN, "password": PASSWORD, "csrf_token": csrf_of(page.text)},
        follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/"
    cookie = next(h for h in answer.headers.get_list("set-cookie")
                  if h.startswith("fp_staff_session="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert "Secure" not in cookie  # plain http on 127.0.0.1
    assert "OSCE Demo Field Operation" in workspace.client.get("/").text
    assert _audit(workspace, "login")


def test_over_tls_the_cookie_is_secure(workspace: Workspace) -> None:
    client = workspace.new_client()
    client.base_url = "https://127.0.0.1"  # type: ignore[assignment]
    page = client.get("/login")
    answer = client.post("/login", data={"email": ADMIN, "password": PASSWORD,
                                         "csrf_token": csrf_of(page.text)},
                         follow_redirects=False)
    cookie = next(h for h in answer.headers.get_list("set-cookie")
                  if h.startswith("fp_staff_session="))
    assert "Secure" in cookie


def test_the_cookie_stores_only_a_hash(workspace: Workspace) -> None:
    workspace.login(ADMIN)
    value = workspace.client.cookies["fp_staff_session"]
    engine = workspace.client.app.state.workspace.store.engine  # type: ignore[attr-defined]
    with engine.connect() as conn:
        stored = [r.id_hash for r in conn.execute(sa.select(staff_sessions))]
    assert stored and value not in stored


@pytest.mark.parametrize("email,password", [(ADMIN, "wrong password!"),
                                            ("nobody@osce.example", PASSWORD)])
def test_a_wrong_password_or_unknown_account_is_refused(
        workspace: Workspace, synced_demo: Store, email: str, password: str) -> None:
    page = workspace.client.get("/login")
    answer = workspace.client.post("/login", data={
        "email": email, "password": password, "csrf_token": csrf_of(page.text)},
        follow_redirects=False)
    assert answer.status_code == 401
    assert "wrong" in answer.text and "OSCE Demo" not in answer.text
    assert not any(h.startswith("fp_staff_session=")
                   for h in answer.headers.get_list("set-cookie"))
    assert workspace.client.get("/", follow_redirects=False).status_code == 303
    failed = _audit(workspace, "login failed")
    assert [r.target for r in failed] == [email]


def test_a_login_without_its_form_token_is_refused(workspace: Workspace) -> None:
    answer = workspace.client.post("/login", data={"email": ADMIN, "password": PASSWORD},
                                   follow_redirects=False)
    assert answer.status_code == 403
    assert workspace.client.get("/", follow_redirects=False).status_code == 303


def _attempt(workspace: Workspace, email: str, password: str) -> int:
    client = workspace.new_client()
    page = client.get("/login")
    return client.post("/login", data={
        "email": email, "password": password, "csrf_token": csrf_of(page.text)},
        follow_redirects=False).status_code


def test_five_failures_for_an_account_throttle_it_for_a_while(workspace: Workspace) -> None:
    for _ in range(5):
        assert _attempt(workspace, ANALYST, "not the password") == 401
    page = workspace.client.get("/login")
    answer = workspace.client.post("/login", data={
        "email": ANALYST, "password": PASSWORD, "csrf_token": csrf_of(page.text)},
        follow_redirects=False)
    assert answer.status_code == 429  # even the right password
    assert 0 < int(answer.headers["retry-after"]) <= 15 * 60
    assert "Too many" in answer.text
    assert _audit(workspace, "login throttled")
    workspace.clock.advance(minutes=14)
    assert _attempt(workspace, ANALYST, PASSWORD) == 429
    workspace.clock.advance(minutes=2)
    assert _attempt(workspace, ANALYST, PASSWORD) == 303


def test_failures_from_one_address_throttle_it_for_every_account(workspace: Workspace) -> None:
    for number in range(5):
        assert _attempt(workspace, f"guess{number}@osce.example", "x" * 12) == 401
    assert _attempt(workspace, ADMIN, PASSWORD) == 429


def test_logout_revokes_the_session_on_the_server(workspace: Workspace) -> None:
    workspace.login(ADMIN)
    cookie = workspace.client.cookies["fp_staff_session"]
    page = workspace.client.get("/")
    answer = workspace.client.post("/logout", data={"csrf_token": csrf_of(page.text)},
                                   follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/login"
    other = workspace.new_client()  # a copy of the old cookie no longer opens anything
    other.cookies.set("fp_staff_session", cookie)
    assert other.get("/", follow_redirects=False).status_code == 303
    assert _audit(workspace, "logout")


def test_an_idle_session_expires_and_a_used_one_does_not(workspace: Workspace) -> None:
    workspace.login(ADMIN)
    for _ in range(3):
        workspace.clock.advance(minutes=20)
        assert workspace.client.get("/", follow_redirects=False).status_code == 200
    workspace.clock.advance(minutes=31)
    assert workspace.client.get("/", follow_redirects=False).status_code == 303


def test_a_session_ends_after_twelve_hours_however_busy(workspace: Workspace) -> None:
    workspace.login(ADMIN)
    for _ in range(24):  # 11 h 36 min of steady use
        workspace.clock.advance(minutes=29)
        assert workspace.client.get("/", follow_redirects=False).status_code == 200
    workspace.clock.advance(minutes=29)
    assert workspace.client.get("/", follow_redirects=False).status_code == 303


def test_disabling_an_account_ends_its_sessions(workspace: Workspace) -> None:
    analyst = workspace.login(ANALYST, client=workspace.new_client())
    admin = workspace.login(ADMIN)
    page = admin.get("/admin")
    answer = admin.post(f"/admin/staff/{ANALYST}/disable",
                        data={"csrf_token": csrf_of(page.text)}, follow_redirects=False)
    assert answer.status_code == 303
    assert analyst.get("/", follow_redirects=False).status_code == 303
    assert _attempt(workspace, ANALYST, PASSWORD) == 401


ADMIN_POSTS = ["/admin/missions", "/admin/missions/DEMO/tokens",
               "/admin/missions/DEMO/halt", "/admin/missions/DEMO/resume",
               "/admin/catalogue/preview", "/admin/catalogue/publish", "/admin/staff",
               f"/admin/staff/{ADMIN}/disable"]


def test_an_analyst_gets_403_for_every_admin_page_and_action(
        workspace: Workspace, synced_demo: Store) -> None:
    client = workspace.login(ANALYST)
    home = client.get("/")
    assert "Administration" not in home.text
    csrf = csrf_of(home.text)
    for url in ("/admin", "/admin/audit", "/admin/audit?page=2"):
        assert client.get(url).status_code == 403, url
    before = workspace.store.missions()
    for url in ADMIN_POSTS:
        answer = client.post(url, data={"csrf_token": csrf, "code": "NEW", "name": "New",
                                        "message": "stop", "email": "x@osce.example",
                                        "role": "admin", "password": "p" * 12})
        assert answer.status_code == 403, url
    assert workspace.store.missions() == before
    services = workspace.client.app.state.workspace  # type: ignore[attr-defined]
    assert len(services.accounts.staff()) == 2
    assert all(a.active for a in services.accounts.staff())
    token = services.browsing.mission("DEMO", ActivityQuery()).tokens[0]
    assert client.post(f"/admin/missions/DEMO/tokens/{token.token_id}/revoke",
                       data={"csrf_token": csrf}).status_code == 403
    assert workspace.store.missions()[0].active_tokens == 1
