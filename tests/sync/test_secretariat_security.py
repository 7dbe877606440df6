"""The service against bad tokens, wrong missions, malformed and oversized bodies.

After every refusal the service must still serve, and nothing of a refused request may be
stored. Requests go over real HTTP to the threaded service.
"""

from __future__ import annotations

import gzip
import json
import logging
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
from sync_helpers import Service, query, run_sync, start_service

from focalpoint.demo import demo_document
from focalpoint.secretariat.store import ServiceStore
from focalpoint.secretariat.store.tables import metadata
from focalpoint.storage import Store
from focalpoint.sync.engine import sync_log
from focalpoint.sync.protocol import Limits

DEVICE = str(uuid.uuid4())


def activity_change(seq: int, activity: dict[str, Any] | None = None,
                    **payload_update: Any) -> dict[str, Any]:
    activity = dict(activity or demo_document()["activities"][seq % 50], **payload_update)
    return {"seq": seq, "change_id": str(uuid.uuid4()), "entity_type": "activity",
            "entity_id": activity["id"], "op": "upsert", "payload": activity,
            "catalogue_version": "2006.1", "created_at": "2026-01-01T00:00:00+00:00"}


def batch(changes: list[dict[str, Any]], mission: str = "DEMO",
          batch_id: str | None = None) -> dict[str, Any]:
    return {"protocol_version": 1, "batch_id": batch_id or str(uuid.uuid4()),
            "mission_code": mission, "device_id": DEVICE, "changes": changes}


def post(service: Service, token: str | None, body: Any, *, raw: bytes | None = None,
         gzipped: bool = False) -> requests.Response:
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    data = raw if raw is not None else json.dumps(body).encode()
    if gzipped:
        data = gzip.compress(data)
        headers["Content-Encoding"] = "gzip"
    return requests.post(f"{service.url}/api/v1/batches", data=data, headers=headers, timeout=10)


def stored(service_store: ServiceStore) -> tuple[int, int, int]:
    return query(service_store,  # type: ignore[return-value]
                 "SELECT (SELECT count(*) FROM batches), (SELECT count(*) FROM activities), "
                 "(SELECT count(*) FROM received_changes)")[0]


def still_serving(service: Service, token: str) -> None:
    assert requests.get(f"{service.url}/api/v1/health", timeout=5).status_code == 200
    response = post(service, token, batch([activity_change(1)]))
    assert response.status_code == 200 and response.json()["accepted"] == 1


@pytest.mark.parametrize("header", [None, "Bearer nope", "Basic abc", "Bearer fp1_0123456789abcdef_"
                                    + "x" * 43])
def test_unknown_token_is_401(service: Service, demo_token: str,
                              service_store: ServiceStore, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    response = requests.post(f"{service.url}/api/v1/batches", json=batch([activity_change(1)]),
                             headers=headers, timeout=5)
    assert response.status_code == 401
    assert "token" in response.json()["detail"]
    assert stored(service_store) == (0, 0, 0)
    for path in ("/api/v1/catalogue", "/api/v1/feedback"):
        assert requests.get(service.url + path, headers=headers, timeout=5).status_code == 401
    still_serving(service, demo_token)


def test_token_of_another_mission_is_403(service: Service, demo_token: str,
                                         service_store: ServiceStore) -> None:
    other = service_store.add_mission("OMIK", "OSCE Mission in Kosovo").token
    response = post(service, other, batch([activity_change(1)], mission="DEMO"))
    assert response.status_code == 403
    assert "OMIK" in response.json()["detail"]
    assert stored(service_store) == (0, 0, 0)
    still_serving(service, demo_token)


def test_revoked_token_is_401(service: Service, demo_token: str,
                              service_store: ServiceStore) -> None:
    assert post(service, demo_token, batch([activity_change(1)])).status_code == 200
    assert service_store.revoke_tokens("DEMO") == 1
    assert post(service, demo_token, batch([activity_change(2)])).status_code == 401
    fresh = service_store.issue_token("DEMO").token
    still_serving(service, fresh)


@pytest.mark.parametrize(("raw", "status", "words"), [
    (b"{not json", 400, "not valid JSON"),
    (b"[1, 2]", 422, "expected a JSON object"),
    (json.dumps({"protocol_version": 99}).encode(), 422, "protocol_version"),
])
def test_malformed_bodies(service: Service, demo_token: str, service_store: ServiceStore,
                          raw: bytes, status: int, words: str) -> None:
    response = post(service, demo_token, None, raw=raw)
    assert response.status_code == status
    assert words in response.json()["detail"]
    assert stored(service_store) == (0, 0, 0)
    still_serving(service, demo_token)


def test_wrong_types_name_the_field(service: Service, demo_token: str,
                                    service_store: ServiceStore) -> None:
    bad = batch([activity_change(1)])
    bad["changes"][0]["seq"] = "first"
    bad["changes"][0]["payload"] = "not an object"
    response = post(service, demo_token, bad)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert "changes[0].seq" in detail and "changes[0].payload" in detail
    assert stored(service_store) == (0, 0, 0)
    still_serving(service, demo_token)


def test_unknown_task_code_is_422_naming_change_and_field(
        service: Service, demo_token: str, service_store: ServiceStore) -> None:
    response = post(service, demo_token, batch([activity_change(7, task_codes=["IX.99.1"])]))
    assert response.status_code == 422
    body = response.json()
    assert "change 7" in body["detail"] and "task_codes[0]" in body["detail"]
    assert "IX.99.1" in body["detail"]
    assert body["results"][0]["status"] == "rejected"
    assert stored(service_store) == (0, 0, 0)
    still_serving(service, demo_token)


def test_one_bad_change_does_not_block_the_rest(service: Service, demo_token: str,
                                                service_store: ServiceStore) -> None:
    changes = [activity_change(1), activity_change(2, title=""), activity_change(3)]
    response = post(service, demo_token, batch(changes))
    assert response.status_code == 200
    ack = response.json()
    assert [r["status"] for r in ack["results"]] == ["accepted", "rejected", "accepted"]
    assert "change 2" in ack["results"][1]["message"]
    assert "title" in ack["results"][1]["message"]
    assert ack["highest_seq_accepted"] == 3
    assert stored(service_store)[1] == 2


def test_oversized_and_bombs_are_413(service_store: ServiceStore, demo_token: str) -> None:
    small = Limits(max_body_bytes=64 * 1024, max_decompressed_bytes=256 * 1024,
                   max_changes_per_batch=20)
    service = start_service(service_store, small)
    try:
        big = batch([activity_change(i, description="y" * 19_000) for i in range(1, 6)])
        response = post(service, demo_token, big)  # 95 KB > 64 KB
        assert response.status_code == 413 and "limit" in response.json()["detail"]
        bomb = gzip.compress(b"{" + b" " * 50_000_000 + b"}")
        assert len(bomb) < 64 * 1024  # small on the wire, 50 MB inflated
        response = requests.post(
            f"{service.url}/api/v1/batches", data=bomb, timeout=10,
            headers={"Authorization": f"Bearer {demo_token}", "Content-Encoding": "gzip"})
        assert response.status_code == 413
        assert "decompressed" in response.json()["detail"]
        many = batch([activity_change(i) for i in range(1, 22)])
        response = post(service, demo_token, many, gzipped=True)
        assert response.status_code == 413 and "21 changes" in response.json()["detail"]
        assert stored(service_store) == (0, 0, 0)
        still_serving(service, demo_token)
    finally:
        service.stop()


def test_same_batch_twice_and_concurrently_applies_once(
        service: Service, demo_token: str, service_store: ServiceStore) -> None:
    body = batch([activity_change(i) for i in range(1, 30)])
    answers: list[requests.Response] = []
    start = threading.Barrier(4)

    def send() -> None:
        start.wait(timeout=5)
        answers.append(post(service, demo_token, body, gzipped=True))

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert [a.status_code for a in answers] == [200] * 4
    acks = [a.json() for a in answers]
    assert all(ack == acks[0] for ack in acks)  # the original acknowledgement, verbatim
    assert stored(service_store) == (1, 29, 29)
    again = post(service, demo_token, body)
    assert again.json() == acks[0]
    changed = dict(body, changes=body["changes"][:5])
    conflict = post(service, demo_token, changed)
    assert conflict.status_code == 409
    assert body["batch_id"] in conflict.json()["detail"]
    assert stored(service_store) == (1, 29, 29)


def test_replayed_old_sequence_is_not_applied(service: Service, demo_token: str,
                                              service_store: ServiceStore) -> None:
    activity = demo_document()["activities"][0]
    newer = activity_change(10, activity, title="Newer title")
    older = activity_change(4, activity, title="Older title")
    assert post(service, demo_token, batch([newer])).status_code == 200
    ack = post(service, demo_token, batch([older])).json()
    assert ack["results"][0]["status"] == "accepted"
    assert ack["results"][0]["applied"] is False
    assert "superseded" in ack["results"][0]["message"]
    exported = service_store.export_document("DEMO")["activities"]
    assert [a["title"] for a in exported] == ["Newer title"]
    # A gap (5..9 never arrive: coalesced away on the client) is fine.
    gap = activity_change(15, activity, title="After a gap")
    assert post(service, demo_token, batch([gap])).json()["results"][0]["applied"] is True


def test_token_never_in_logs_or_files(demo_store: Store, store_path: Path, service: Service,
                                      demo_token: str, service_store: ServiceStore,
                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    assert run_sync(demo_store, service.url, "fp1_0000000000000000_" + "z" * 43).kind == "auth"
    assert run_sync(demo_store, service.url, demo_token).ok
    assert demo_token not in caplog.text
    assert demo_token.split("_", 2)[2] not in caplog.text  # the secret part
    assert all(demo_token not in entry.message for entry in sync_log(demo_store))
    service_files = list(service_store.path.parent.glob("*")) if service_store.path else []
    for path in [*service_files, *store_path.parent.glob("*")]:
        if path.is_file():
            assert demo_token.encode() not in path.read_bytes(), path
    for table in metadata.sorted_tables:  # what the database holds, whatever the engine
        assert demo_token not in repr(query(service_store, f"SELECT * FROM {table.name}"))


def test_deeply_nested_json_is_400(service: Service, demo_token: str) -> None:
    response = post(service, demo_token, None, raw=b"[" * 100_000 + b"]" * 100_000)
    assert response.status_code == 400 and "nested" in response.json()["detail"]
    still_serving(service, demo_token)


@pytest.mark.parametrize(("field", "value"), [
    ("seq", 2**70), ("seq", True), ("pending_count", 2**64), ("protocol_version", True)])
def test_numbers_sqlite_cannot_hold_are_422_not_500(service: Service, demo_token: str,
                                                    service_store: ServiceStore, field: str,
                                                    value: Any) -> None:
    body = batch([activity_change(1)])
    if field == "seq":
        body["changes"][0]["seq"] = value
    else:
        body[field] = value
    response = post(service, demo_token, body)
    assert response.status_code == 422, response.text
    assert field in response.json()["detail"]
    assert stored(service_store) == (0, 0, 0)
    headers = {"Authorization": f"Bearer {demo_token}"}
    hello = {"protocol_version": 1, "mission_code": "DEMO", "device_id": DEVICE,
             "catalogue_version": "2006.1", "client_time": "2026-01-01T00:00:00Z",
             "pending_count": 2**64}
    answer = requests.post(f"{service.url}/api/v1/handshake", json=hello, headers=headers,
                           timeout=10)
    assert answer.status_code == 422 and "pending_count" in answer.json()["detail"]
    answer = requests.get(f"{service.url}/api/v1/feedback", params={"since": 2**64},
                          headers=headers, timeout=10)
    assert answer.status_code == 422
    assert isinstance(answer.json()["detail"], str) and "since" in answer.json()["detail"]
    still_serving(service, demo_token)
