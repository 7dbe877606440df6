"""Every page renders for a logged-in admin on a synced demo mission."""

from __future__ import annotations

from web_helpers import ADMIN, Workspace

from focalpoint.storage import Store


def test_pages_render(workspace: Workspace, synced_demo: Store) -> None:
    client = workspace.login(ADMIN)
    assert "DEMO" in client.get("/").text
    page = client.get("/missions/DEMO")
    assert page.status_code == 200, page.text
    activity = synced_demo.activities.list()[0]
    page = client.get(f"/missions/DEMO/activities/{activity.id}")
    assert page.status_code == 200, page.text
    response = synced_demo.responses.latest()
    assert response is not None
    page = client.get(f"/missions/DEMO/responses/{response.id}")
    assert page.status_code == 200, page.text
    pdf = client.get(f"/missions/DEMO/responses/{response.id}/pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    for url in ("/admin", "/admin/audit", "/missions/DEMO?q=police&page=2"):
        page = client.get(url)
        assert page.status_code == 200, (url, page.text)
