"""The questionnaire response page lists every version the Secretariat received: drafts
(with what changed, per Part 1 field and per Part 2 entry field), a merge of two devices'
drafts, and the submission."""

from __future__ import annotations

import copy
import html
import re
import uuid
from typing import Any

from exchange_helpers import CATALOGUE, Device
from web_helpers import ANALYST, Workspace

from focalpoint.demo import demo_document


def versions_received(page: str) -> list[tuple[str, str]]:
    match = re.search(r'<section class="card" id="received">(.*?)</section>', page, re.S)
    assert match, "no versions section"
    rows = re.findall(r"<tr><td class=\"n\">(\d+)</td>(.*?)</tr>", match.group(1), re.S)
    return [(number, html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))))
            for number, body in rows]


def questionnaire() -> dict[str, Any]:
    response = copy.deepcopy(demo_document()["questionnaire"])
    response["id"] = str(uuid.uuid4())
    return response


def test_a_responses_page_lists_its_drafts_merge_and_submission(
        workspace: Workspace, demo_token: str) -> None:
    a, b = Device(workspace.client, demo_token), Device(workspace.client, demo_token)
    draft = questionnaire()
    first, second = (entry["task_code"] for entry in draft["task_entries"][:2])
    assert a.push({"response": draft}, entity_type="response")["version"] == 1
    b.sync()
    on_a = copy.deepcopy(draft)
    on_a["task_entries"][0]["comment"] = "A's comment"
    on_b = copy.deepcopy(draft)
    on_b["task_entries"][1]["challenges"] = "B's challenges"
    assert a.push({"response": on_a}, entity_type="response", base=1)["version"] == 2
    # Concurrent with A's edit: merged per entry field.
    merged = b.push({"response": on_b}, entity_type="response", base=1)
    assert (merged["version"], merged["merged"]) == (3, True)
    submitted = copy.deepcopy(on_a)
    submitted["task_entries"][1]["challenges"] = "B's challenges"
    submitted.update(status="submitted", submitted_at="2026-11-30T10:00:00+00:00")
    result = a.push({"response": submitted, "activities": [],
                     "catalogue_version": CATALOGUE}, entity_type="response", base=3)
    assert result["status"] == "accepted" and result["version"] == 4

    page = workspace.login(ANALYST).get(f"/missions/DEMO/responses/{draft['id']}")
    assert page.status_code == 200
    rows = versions_received(page.text)
    assert [number for number, _ in rows] == ["4", "3", "2", "1"]  # newest first
    fourth, third, second_row, created = (body for _, body in rows)
    assert "submitted" in fourth and a.id[:8] in fourth
    assert "Status : draft → submitted" in fourth
    assert "Submitted : — → 2026-11-30 10:00 UTC" in fourth  # as the page writes times
    assert "submitted_at" not in fourth and "T10:00" not in fourth
    assert b.id[:8] in third and f"{second} — Challenges" in third
    assert "B's challenges" in third and "A's comment" not in third  # only what it changed
    assert a.id[:8] in second_row
    old = draft["task_entries"][0]["comment"]
    assert f"{first} — How the mission implemented the task : {old[:100]}" in second_row
    assert second_row.rstrip().endswith("→ A's comment")
    assert "created" in created


def test_a_long_answer_changed_past_its_240th_character_shows_the_change(
        workspace: Workspace, demo_token: str) -> None:
    a = Device(workspace.client, demo_token)
    draft = questionnaire()
    opening = ("One National Programme Officer works full time on anti-trafficking, "
               "supported by project assistants paid from extrabudgetary contributions. ") * 3
    draft["resources"] = opening + "The budget line was cut in 2024."
    a.push({"response": draft}, entity_type="response")
    edited = {**draft, "resources": opening + "The budget line was restored in 2025."}
    a.push({"response": edited}, entity_type="response", base=1)
    page = workspace.login(ANALYST).get(f"/missions/DEMO/responses/{draft['id']}")
    rows = versions_received(page.text)
    assert [number for number, _ in rows] == ["2", "1"]
    changed = rows[0][1]
    assert "1.3 Resources :" in changed and "resources :" not in changed
    old, new = changed.split("1.3 Resources :")[1].split(" → ")
    assert "cut in 2024." in old and "restored in 2025." in new
    assert old.strip().startswith("…") and "contributions." in old  # context before it
    assert len(old) < 200 and len(new) < 200


def test_versions_received_escape_what_devices_sent(workspace: Workspace,
                                                     demo_token: str) -> None:
    a = Device(workspace.client, demo_token)
    draft = questionnaire()
    a.push({"response": draft}, entity_type="response")
    edited = copy.deepcopy(draft)
    edited["task_entries"][0]["comment"] = "<script>alert(1)</script>"
    a.push({"response": edited}, entity_type="response", base=1)
    page = workspace.login(ANALYST).get(f"/missions/DEMO/responses/{draft['id']}").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
