"""The activity page shows the activity's results as the PDF's Annex words them."""

from __future__ import annotations

import html

import pytest
from sync_helpers import run_sync
from web_helpers import ADMIN, Workspace

from focalpoint.storage import Store

FULL = {
    "title": "Training of border guards on victim identification",
    "activity_type": "training", "status": "completed", "task_codes": ["III.10.2"],
    "start_date": "2006-03-01",
    "people_reached": {"total": 1200, "women": 500, "men": 600},
    "outcome_indicators": [{"name": "Cases referred", "value": 12}],
    "evaluation": {"kind": "internal", "date": None, "finding": "Referrals <rose> & more"},
    "sustainability": {"national_ownership": {"rating": "no", "note": "No budget line"}},
}
BARE = {"title": "Research on labour exploitation", "activity_type": "research",
        "status": "completed", "task_codes": ["III.10.2"]}


@pytest.fixture
def synced(demo_store: Store, service, demo_token: str) -> dict[str, str]:
    full, bare = demo_store.activities.save_many([FULL, BARE])
    assert run_sync(demo_store, service.url, demo_token).ok
    return {"full": full.id, "bare": bare.id}


def results_section(page: str) -> str:
    start = page.index('<section class="card" id="results">')
    return page[start:page.index("</section>", start)]


def test_recorded_results_are_shown(workspace: Workspace, synced: dict[str, str]) -> None:
    client = workspace.login(ADMIN)
    page = client.get(f"/missions/DEMO/activities/{synced['full']}")
    assert page.status_code == 200, page.text
    section = html.unescape(" ".join(results_section(page.text).split()))
    assert "<dt>People reached</dt><dd class=\"pre\">1,200: 500 women, 600 men</dd>" in section
    assert "Cases referred: 12" in section
    assert "<dt>Evaluation</dt><dd class=\"pre\">Internal evaluation</dd>" in section
    assert "Referrals <rose> & more" in section  # escaped in the page, read back here
    assert "&lt;rose&gt;" in results_section(page.text)
    assert "National ownership" in section and "No — No budget line" in section
    assert "Adequacy to needs" not in section  # unknown, no note
    # the raw dicts no longer leak into "As received"
    assert "{'total'" not in page.text and "people_reached" not in page.text


def test_no_results_says_not_recorded(workspace: Workspace, synced: dict[str, str]) -> None:
    client = workspace.login(ADMIN)
    page = client.get(f"/missions/DEMO/activities/{synced['bare']}")
    assert page.status_code == 200, page.text
    section = results_section(page.text)
    assert "Not recorded" in section and "<dt>" not in section


def test_the_page_needs_a_staff_session(workspace: Workspace, synced: dict[str, str]) -> None:
    page = workspace.client.get(f"/missions/DEMO/activities/{synced['full']}",
                                follow_redirects=False)
    assert page.status_code in (303, 401, 302)
    assert "People reached" not in page.text
