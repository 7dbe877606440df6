"""Protocol version 2 carries an activity's results; version 1 clients are still accepted."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
import requests
from sync_helpers import Service

from focalpoint.demo import demo_document
from focalpoint.secretariat.store import ServiceStore
from focalpoint.sync.protocol import MIN_PROTOCOL_VERSION, PROTOCOL_VERSION

RESULTS = {
    "people_reached": {"total": 40, "women": 25, "men": 15, "not_recorded": None},
    "outcome_indicators": [{"name": "cases referred", "value": 3}],
    "evaluation": {"kind": "internal", "date": "2005-05-01", "finding": "Useful"},
    "sustainability": {"adequacy": {"rating": "yes", "note": ""},
                       "national_ownership": {"rating": "partly", "note": "MoI co-chairs"},
                       "infrastructure": {"rating": "unknown", "note": ""}},
}


def post_batch(service: Service, token: str, version: Any,
               activity: dict[str, Any]) -> requests.Response:
    body = {"protocol_version": version, "batch_id": str(uuid.uuid4()), "mission_code": "DEMO",
            "device_id": str(uuid.uuid4()),
            "changes": [{"seq": 1, "change_id": str(uuid.uuid4()), "entity_type": "activity",
                         "entity_id": activity["id"], "op": "upsert", "payload": activity,
                         "catalogue_version": "2006.1",
                         "created_at": "2026-01-01T00:00:00+00:00"}]}
    return requests.post(f"{service.url}/api/v1/batches", json=body,
                         headers={"Authorization": f"Bearer {token}"}, timeout=10)


def stored_activity(service_store: ServiceStore, activity_id: str) -> dict[str, Any]:
    [found] = [a for a in service_store.export_document("DEMO")["activities"]
               if a["id"] == activity_id]
    return found


def test_version_was_bumped_and_old_clients_are_still_accepted() -> None:
    assert PROTOCOL_VERSION == 3 and MIN_PROTOCOL_VERSION == 1


def test_version_1_activity_without_results_is_accepted(
        service: Service, demo_token: str, service_store: ServiceStore) -> None:
    old = dict(demo_document()["activities"][0])
    assert not set(RESULTS) & set(old)
    response = post_batch(service, demo_token, 1, old)
    assert response.status_code == 200 and response.json()["accepted"] == 1
    kept = stored_activity(service_store, old["id"])
    assert kept["evaluation"]["kind"] == "none" and kept["people_reached"]["total"] is None


def test_version_2_activity_with_results_is_kept(
        service: Service, demo_token: str, service_store: ServiceStore) -> None:
    activity = {**demo_document()["activities"][1], **RESULTS}
    response = post_batch(service, demo_token, 2, activity)
    assert response.status_code == 200 and response.json()["accepted"] == 1
    kept = stored_activity(service_store, activity["id"])
    assert {key: kept[key] for key in RESULTS} == RESULTS


def test_inconsistent_results_are_rejected_naming_the_field(
        service: Service, demo_token: str, service_store: ServiceStore) -> None:
    activity = {**demo_document()["activities"][2], **RESULTS,
                "people_reached": {"total": 10, "women": 8, "men": 8}}
    response = post_batch(service, demo_token, 2, activity)
    assert response.status_code == 422
    assert "people_reached: women, men and not recorded add up to 16" in response.text
    assert service_store.export_document("DEMO")["activities"] == []


@pytest.mark.parametrize("version", [0, PROTOCOL_VERSION + 1, "2", True, None])
def test_unknown_versions_are_refused(service: Service, demo_token: str, version: Any) -> None:
    response = post_batch(service, demo_token, version, demo_document()["activities"][0])
    assert response.status_code == 422 and response.json()["code"] == "protocol_version"
