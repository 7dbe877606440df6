"""The activity page shows the versions the Secretariat received and the open conflicts;
the mission API's /sync is for mission tokens only."""

from __future__ import annotations

import html
import re

from exchange_helpers import Device, change, new_activity
from web_helpers import ADMIN, ANALYST, Workspace

from focalpoint.secretariat.store import versions


def devices(workspace: Workspace, token: str) -> tuple[Device, Device]:
    a, b = Device(workspace.client, token), Device(workspace.client, token)
    return a, b


def section(page: str, name: str) -> str:
    match = re.search(rf'<section class="card" id="{name}">(.*?)</section>', page, re.S)
    assert match, f"no {name} section"
    return html.unescape(match.group(1))


def test_history_lists_each_version_with_device_and_fields(
        workspace: Workspace, demo_token: str) -> None:
    a, b = devices(workspace, demo_token)
    activity = new_activity("Training of border guards", status="completed")
    a.push(activity)
    b.sync()
    a.push({**activity, "title": "Training of border police"}, base=1)
    b.push({**activity, "status": "planned"}, base=1)  # merged with A's edit
    client = workspace.login(ANALYST)
    page = client.get(f"/missions/DEMO/activities/{activity['id']}")
    assert page.status_code == 200
    history = section(page.text, "history")
    rows = re.findall(r"<tr><td class=\"n\">(\d+)</td>(.*?)</tr>", history, re.S)
    assert [number for number, _ in rows] == ["3", "2", "1"]  # newest first
    third, second, first = (body for _, body in rows)
    assert b.id[:8] in third and "<strong>Status</strong>: completed → planned" in third
    assert "<strong>Title</strong>" not in third  # only what this version changed
    assert a.id[:8] in second
    assert "Training of border guards → Training of border police" in second
    assert "created" in first
    assert "conflicts" not in page.text.split('id="history"')[0]  # no conflict: no section


def test_a_long_text_changed_far_in_shows_what_changed(
        workspace: Workspace, demo_token: str) -> None:
    a, _ = devices(workspace, demo_token)
    opening = "Two-day training for labour inspectors on identifying victims. " * 5
    closing = " Materials were translated into Romanian and Russian by the mission."
    activity = new_activity("Training of labour inspectors",
                            description=opening + "Held in Chisinau." + closing)
    a.push(activity)
    a.push({**activity, "description": opening + "Held in Balti." + closing}, base=1)
    history = section(workspace.login(ANALYST).get(
        f"/missions/DEMO/activities/{activity['id']}").text, "history")
    changed = re.search(r"<strong>Description</strong>: (.*?)</li>", history, re.S)
    assert changed, history
    old, new = changed.group(1).split(" → ")
    assert len(opening) > 240 and old != new  # before, both read the same first 239 chars
    assert old.startswith("…") and "Held in Chisinau." in old and "Held in Balti." in new
    assert old.endswith("…") and new.endswith("…")  # cut after some context
    assert "victims." in old and len(old) < 200  # a little of the text around it


def test_open_conflict_shows_both_values_until_resolved(
        workspace: Workspace, demo_token: str) -> None:
    a, b = devices(workspace, demo_token)
    activity = new_activity("Study visit")
    a.push(activity)
    b.sync()
    a.push({**activity, "title": "Study visit to Vienna"}, base=1)
    conflict_id = b.push({**activity, "title": "Study visit to Warsaw"}, base=1)["conflict_id"]
    client = workspace.login(ADMIN)
    url = f"/missions/DEMO/activities/{activity['id']}"
    conflicts = section(client.get(url).text, "conflicts")
    assert "Since version 3" in conflicts
    assert "Study visit to Vienna" in conflicts and "Study visit to Warsaw" in conflicts
    assert a.id[:8] in conflicts and b.id[:8] in conflicts
    b.push({**activity, "title": "Study visit to Warsaw"}, base=3, resolves=conflict_id)
    page = client.get(url).text
    assert 'id="conflicts"' not in page
    assert "Study visit to Vienna → Study visit to Warsaw" in section(page, "history")


def test_delete_conflict_is_explained(workspace: Workspace, demo_token: str) -> None:
    a, b = devices(workspace, demo_token)
    activity = new_activity("Awareness campaign")
    a.push(activity)
    b.sync()
    a.push({**activity, "title": "Awareness campaign in schools"}, base=1)
    b.push(activity, op="delete", base=1)
    page = workspace.login(ANALYST).get(f"/missions/DEMO/activities/{activity['id']}")
    conflicts = section(page.text, "conflicts")
    assert "deleted this activity while another device edited it" in conflicts
    assert b.id[:8] in conflicts


def test_a_deleted_activity_shows_who_deleted_it_and_its_history(
        workspace: Workspace, demo_token: str) -> None:
    a, b = devices(workspace, demo_token)
    activity = new_activity("Round table on the NRM", status="completed")
    a.push(activity)
    a.push({**activity, "title": "Round table on the national referral mechanism"}, base=1)
    b.sync()
    b.push(activity, op="delete", base=2)
    client = workspace.login(ANALYST)
    page = client.get(f"/missions/DEMO/activities/{activity['id']}")
    assert page.status_code == 200
    text = html.unescape(page.text)
    assert "Round table on the national referral mechanism" in text  # its last state
    deleted = re.sub(r"<[^>]+>", "", section(page.text, "deleted"))
    assert "Deleted on " in deleted and f"by device {b.id[:8]}" in deleted
    assert "version 3" in deleted
    rows = re.findall(r"<tr><td class=\"n\">(\d+)</td>(.*?)</tr>",
                      section(page.text, "history"), re.S)
    assert [number for number, _ in rows] == ["3", "2", "1"]
    assert b.id[:8] in rows[0][1] and "deleted" in rows[0][1]
    assert "Round table on the NRM → Round table on the national referral" in rows[1][1]
    assert "<h2>Last state received before the deletion</h2>" in page.text
    missing = client.get("/missions/DEMO/activities/6b1e0c1e-0000-4000-8000-000000000000")
    assert missing.status_code == 404  # never received: still not found
    # The mission page lists it under "Deleted activities", linked to that page.
    mission = client.get("/missions/DEMO").text
    listed = section(mission, "deleted")
    assert f'href="/missions/DEMO/activities/{activity["id"]}"' in listed
    assert "Round table on the national referral mechanism" in html.unescape(listed)
    assert b.id[:8] in listed
    assert activity["id"] not in section(mission, "activities")  # not among the current


def test_the_mission_page_lists_no_deleted_section_when_nothing_was_deleted(
        workspace: Workspace, demo_token: str) -> None:
    a, _ = devices(workspace, demo_token)
    a.push(new_activity("Kept"))
    assert 'id="deleted"' not in workspace.login(ANALYST).get("/missions/DEMO").text


def test_history_escapes_what_devices_sent(workspace: Workspace, demo_token: str) -> None:
    a, _ = devices(workspace, demo_token)
    activity = new_activity("Plain")
    a.push(activity)
    a.push({**activity, "title": "<script>alert(1)</script>"}, base=1)
    page = workspace.login(ANALYST).get(f"/missions/DEMO/activities/{activity['id']}").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_staff_session_cannot_call_sync(workspace: Workspace, demo_token: str) -> None:
    client = workspace.login(ADMIN)
    assert client.get("/missions/DEMO").status_code == 200  # the session really works
    device = Device(client, demo_token)
    activity = new_activity("Posted with a staff cookie")
    body = device.body([change(1, activity)])
    response = client.post("/api/v1/sync", json=body)
    assert response.status_code == 401  # the staff cookie is no mission token
    assert "ack" not in response.text and "feed" not in response.json()
    # ...and nothing of the batch was taken: no activity, no version, no batch id.
    assert stored_ids(workspace) == set()
    with workspace.store.read() as db:
        assert versions.highest_server_seq(db, "DEMO") == 0
    accepted = device.post(body)  # the very same body with the mission's token is taken
    assert accepted.status_code == 200 and accepted.json()["ack"]["accepted"] == 1
    assert stored_ids(workspace) == {activity["id"]}
    # A mission token opens no page: redirected to sign in, none of the mission shown.
    page = workspace.new_client().get("/missions/DEMO", headers={
        "Authorization": f"Bearer {demo_token}"}, follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")
    assert "OSCE Demo Field Operation" not in page.text
    assert activity["title"] not in page.text


def stored_ids(workspace: Workspace) -> set[str]:
    return {a["id"] for a in workspace.store.export_document("DEMO")["activities"]}
