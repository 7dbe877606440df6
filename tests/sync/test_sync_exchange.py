"""``POST /api/v1/sync`` (protocol 3) at the HTTP level, on both engines: one rule a test.

Devices are built by hand (:mod:`exchange_helpers`), so each test states exactly which
versions two devices based their changes on.
"""

from __future__ import annotations

import copy
import gzip
import json
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from exchange_helpers import CATALOGUE, Device, HttpClient, change, items_of, new_activity
from fastapi.testclient import TestClient
from faults import Fault, FlakyProxy
from sync_helpers import start_service

from focalpoint.demo import demo_document
from focalpoint.domain import Activity
from focalpoint.secretariat.app import create_app
from focalpoint.secretariat.store import ServiceStore, browse, ingest_queries, versions
from focalpoint.sync.protocol import (
    ERROR_DEVICE_RESTORED,
    FEATURE_COMPACT_CHANGES,
    FEATURES_HEADER,
    MAX_BODY_BYTES,
    MAX_CHANGES_PER_BATCH,
    MAX_DECOMPRESSED_BYTES,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    ExchangeReply,
    Limits,
    derived_change_id,
)


@pytest.fixture
def client(service_store: ServiceStore) -> Iterator[TestClient]:
    with TestClient(create_app(service_store, limits=Limits(max_changes_per_batch=20)),
                    base_url="http://127.0.0.1") as test_client:
        yield test_client


@pytest.fixture
def token(service_store: ServiceStore) -> str:
    return service_store.add_mission("DEMO", "OSCE Demo Field Operation").token


@pytest.fixture
def a(client: TestClient, token: str) -> Device:
    return Device(client, token)


@pytest.fixture
def b(client: TestClient, token: str) -> Device:
    return Device(client, token)


def shared(a: Device, b: Device, **fields: Any) -> dict[str, Any]:
    """An activity A created (version 1) and B has pulled."""
    activity = new_activity(**fields)
    assert a.push(activity)["version"] == 1
    b.sync()
    a.sync()
    return activity


def stored(service_store: ServiceStore, activity_id: str) -> dict[str, Any] | None:
    found = [x for x in service_store.export_document("DEMO")["activities"]
             if x["id"] == activity_id]
    return found[0] if found else None


def whole(record: dict[str, Any] | None) -> dict[str, Any]:
    """An activity as the service stores it (the domain's defaults filled in)."""
    assert record is not None, "the activity is not stored"
    return Activity.model_validate(record).model_dump(mode="json")


# --- the exchange itself ---------------------------------------------------------------

def test_pure_pull_of_an_empty_mission(a: Device) -> None:
    reply = a.sync()
    ExchangeReply.model_validate(reply)
    # On the wire, empty parts are left out (every byte is paid for), never the
    # service's versions and limits (see the next test):
    assert {"message", "clock_warning", "ack", "features"}.isdisjoint(a.raw)
    assert "more" not in a.raw["feed"]
    assert a.raw["limits"] == {**Limits().model_dump(), "max_changes_per_batch": 20}
    assert reply["status"] == "ok" and reply["protocol_version"] == 3
    assert "ack" not in reply and reply["feed"] == {"items": [], "cursor": 0, "more": False}
    assert "catalogue" not in reply and "feedback" not in reply  # nothing newer: no bytes
    assert reply["latest_catalogue_version"] == CATALOGUE


def test_an_answer_always_carries_the_services_versions_and_limits(
        service_store: ServiceStore, token: str) -> None:
    """At their model default too: a client must never fill them in from its own
    constants, or a later service's new limit or protocol range would go unseen."""
    with TestClient(create_app(service_store), base_url="http://127.0.0.1") as plain:
        device = Device(plain, token)
        empty = device.post(device.body()).json()
        pushed = device.post(device.body([change(1, new_activity())])).json()
    for raw in (empty, pushed):
        assert raw["protocol_version"] == PROTOCOL_VERSION
        assert raw["min_protocol_version"] == MIN_PROTOCOL_VERSION
        assert raw["limits"] == {"max_body_bytes": MAX_BODY_BYTES,
                                 "max_decompressed_bytes": MAX_DECOMPRESSED_BYTES,
                                 "max_changes_per_batch": MAX_CHANGES_PER_BATCH}
        assert {"message", "clock_warning", "catalogue", "feedback", "features",
                "device_highest_seq"}.isdisjoint(raw)
    assert set(empty) - {"clock_skew_seconds"} == {  # (the skew is left out when 0.0)
        "status", "protocol_version", "min_protocol_version", "server_time", "limits",
        "feed", "latest_catalogue_version"}
    assert empty["feed"] == {"items": [], "cursor": 0}
    result = pushed["ack"]["results"][0]  # an ordinary result: only what is not "nothing"
    assert set(result) == {"seq", "change_id", "status", "applied", "version"}


def test_push_answers_the_version_and_another_device_pulls_it(
        a: Device, b: Device, service_store: ServiceStore) -> None:
    activity = new_activity()
    result = a.push(activity)
    assert (result["status"], result["applied"], result["version"]) == ("accepted", True, 1)
    assert not result["merged"] and "conflict_id" not in result
    # The device's own change is not sent back (its ack gave the version), but the
    # cursor moves past it.
    assert a.last["feed"]["items"] == [] and a.last["feed"]["cursor"] == 1
    [item] = b.sync()["feed"]["items"]
    assert (item["entity_id"], item["version"], item["op"], item["device_id"]) == (
        activity["id"], 1, "upsert", a.id)
    assert item["payload"] == stored(service_store, activity["id"])
    assert item["payload"]["title"] == activity["title"]


def test_own_changes_skipped_only_in_the_answer_that_acknowledges_them(
        a: Device, b: Device) -> None:
    """A pull without a batch (a restore from cursor 0, a later page) gets every entity,
    the device's own included; a change merged with another device's comes back."""
    mine, theirs = new_activity("Mine"), new_activity("Theirs")
    a.push(mine)
    b.push(theirs)
    assert [i["entity_id"] for i in b.last["feed"]["items"]] == [mine["id"]]
    assert b.last["feed"]["cursor"] == 2
    assert sorted(items_of(a.sync(cursor=0))) == sorted([mine["id"], theirs["id"]])
    # b edits a field a does not touch, from the version a has not seen: merged
    b.push({**mine, "status": "planned"}, base=1)
    result = a.push({**mine, "title": "Mine, renamed"}, base=1)
    assert result["merged"] and result["version"] == 3
    merged = items_of(a.last)[mine["id"]]  # the merged state is news to a: it comes
    assert (merged["version"], merged["payload"]["status"], merged["payload"]["title"]) == (
        3, "planned", "Mine, renamed")


def test_replayed_exchange_gets_the_same_ack_and_applies_once(
        a: Device, service_store: ServiceStore) -> None:
    body = a.body([change(1, new_activity())])
    first, second = a.post(body), a.post(body)
    assert first.status_code == second.status_code == 200
    assert first.json()["ack"] == second.json()["ack"]
    assert len(a.sync(cursor=0)["feed"]["items"]) == 1
    assert first.json()["feed"]["cursor"] == second.json()["feed"]["cursor"] == 1
    [item] = a.sync(cursor=0)["feed"]["items"]
    assert item["version"] == 1  # no second version


def test_exchange_cut_after_the_service_committed_is_acknowledged_again(
        service_store: ServiceStore, token: str) -> None:
    activity = new_activity("Sent once, answer lost")
    service = start_service(service_store)
    try:
        with FlakyProxy(service.port) as proxy:
            proxy.add(Fault(drop_response=True))
            with requests.Session() as session:
                device = Device(HttpClient(session, proxy.url), token)
                sent = change(1, activity)
                body = device.body([sent])
                with pytest.raises(requests.ConnectionError):
                    device.post(body)
                # The fault fired after the commit: the answer was lost, the change was not.
                assert [f for f in proxy.faults_applied if f.startswith("dropped")]
                assert whole(stored(service_store, activity["id"])) == whole(activity)
                again = device.post(body)
                third = device.post(body)
        assert again.status_code == third.status_code == 200
        assert again.json()["ack"] == third.json()["ack"]  # the stored one, every time
        ack = ExchangeReply.model_validate(again.json()).ack
        assert ack is not None
        assert (ack.batch_id, ack.accepted, ack.rejected) == (body["batch"]["batch_id"], 1, 0)
        [result] = ack.results
        assert (result.seq, result.status, result.version) == (1, "accepted", 1)
    finally:
        service.stop()
    # Exactly once, and whole: one version holding the activity as sent, one feed item.
    assert whole(stored(service_store, activity["id"])) == whole(activity)
    with service_store.read() as db:
        assert versions.highest_server_seq(db, "DEMO") == 1
        [version] = versions.history(db, "DEMO", "activity", activity["id"])
    assert (version.version, version.change_id) == (1, sent["change_id"])
    assert whole(version.state) == whole(activity)


def test_answer_is_gzip_only_when_the_client_accepts_it(a: Device) -> None:
    for _ in range(3):
        a.push(new_activity())
    packed = a.post(a.body(cursor=0), **{"Accept-Encoding": "gzip"})
    assert packed.headers["content-encoding"] == "gzip"
    assert "accept-encoding" in packed.headers["vary"].lower()
    plain = a.post(a.body(cursor=0), **{"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert packed.json()["feed"] == plain.json()["feed"]
    assert int(packed.headers["content-length"]) < len(plain.content) / 2


# --- the feed ---------------------------------------------------------------------------

def test_feed_pages_with_more_and_is_compacted(a: Device, b: Device) -> None:
    created = [new_activity(f"Activity {n}") for n in range(5)]
    for activity in created:
        a.push(activity)
    ids = [activity["id"] for activity in created]
    edited = new_activity("Edited")
    edited["id"] = ids[0]
    a.push(edited, base=1)  # version 2 of the first: it moves to the end of the feed
    pages = []
    while True:
        reply = b.sync(pull_limit=2)
        pages.append([(i["entity_id"], i["version"]) for i in reply["feed"]["items"]])
        if not reply["feed"]["more"]:
            break
    assert [len(page) for page in pages] == [2, 2, 1]
    flat = [entry for page in pages for entry in page]
    assert flat == [(i, 1) for i in ids[1:]] + [(ids[0], 2)]  # each entity once, newest
    assert b.sync()["feed"] == {"items": [], "cursor": b.cursor, "more": False}


def test_pull_limit_zero_only_says_whether_more_wait(a: Device, b: Device) -> None:
    a.push(new_activity())
    reply = b.sync(pull_limit=0)
    assert reply["feed"] == {"items": [], "cursor": 0, "more": True}


def test_cursor_beyond_the_end_comes_back_as_the_last_number(a: Device, b: Device) -> None:
    a.push(new_activity())
    reply = b.sync(cursor=10**12)
    assert reply["feed"] == {"items": [], "cursor": 1, "more": False}
    a.push(new_activity("Next"))
    assert [i["server_seq"] for i in b.sync()["feed"]["items"]] == [2]


@pytest.mark.parametrize("field,value", [
    ("cursor", -1), ("cursor", "5"), ("cursor", 1.5), ("cursor", True), ("cursor", 2**64),
    ("pull_limit", 2001), ("pull_limit", -1), ("pull_limit", "x"),
    ("feedback_since", -3), ("review_since", None)])
def test_bad_cursor_or_pull_limit_is_422_naming_it(a: Device, field: str, value: Any) -> None:
    response = a.post(a.body(**{field: value}))
    assert response.status_code == 422 and field in response.json()["detail"]


def test_another_missions_feed_is_never_visible(
        client: TestClient, service_store: ServiceStore, a: Device) -> None:
    other_token = service_store.add_mission("OTHER", "Other Field Operation").token
    other = Device(client, other_token, mission="OTHER")
    mine = new_activity("Ours")
    theirs = new_activity("Theirs")
    a.push(mine)
    other.push(theirs)
    assert set(items_of(a.sync(cursor=0))) == {mine["id"]}
    assert set(items_of(other.sync(cursor=0))) == {theirs["id"]}
    intruder = Device(client, a.token, mission="OTHER")  # DEMO's token, OTHER's name
    response = intruder.post(intruder.body(cursor=0))
    assert response.status_code == 403 and "DEMO" in response.json()["detail"]


def test_protocol_2_changes_appear_in_the_feed(
        client: TestClient, token: str, b: Device) -> None:
    activity = new_activity("From an old laptop")
    old_device = str(uuid.uuid4())
    body = {"protocol_version": 2, "batch_id": str(uuid.uuid4()), "mission_code": "DEMO",
            "device_id": old_device, "changes": [change(1, activity)]}
    response = client.post("/api/v1/batches", json=body,
                           headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200 and response.json()["accepted"] == 1
    item = items_of(b.sync())[activity["id"]]
    assert (item["version"], item["device_id"]) == (1, old_device)
    assert item["payload"]["title"] == "From an old laptop"


def test_protocol_2_edit_after_a_v3_one_is_last_arrival_wins(
        client: TestClient, token: str, a: Device, b: Device) -> None:
    activity = shared(a, b)
    a.push({**activity, "title": "v3 edit"}, base=1)
    body = {"protocol_version": 2, "batch_id": str(uuid.uuid4()), "mission_code": "DEMO",
            "device_id": str(uuid.uuid4()),
            "changes": [change(1, {**activity, "status": "planned"})]}
    client.post("/api/v1/batches", json=body, headers={"Authorization": f"Bearer {token}"})
    item = items_of(b.sync())[activity["id"]]
    assert item["version"] == 3 and item["conflicts"] == []
    assert (item["payload"]["title"], item["payload"]["status"]) == (activity["title"],
                                                                     "planned")


# --- merges and conflicts ----------------------------------------------------------------

def test_edits_of_different_fields_merge(a: Device, b: Device,
                                         service_store: ServiceStore) -> None:
    activity = shared(a, b)
    a.push({**activity, "title": "A's title"}, base=1)
    result = b.push({**activity, "status": "planned"}, base=1)
    assert (result["version"], result["merged"]) == (3, True)
    assert "conflict_id" not in result
    item = items_of(b.last)[activity["id"]]
    assert (item["payload"]["title"], item["payload"]["status"]) == ("A's title", "planned")
    assert item["conflicts"] == []
    assert stored(service_store, activity["id"]) == item["payload"]


def test_concurrent_edit_of_one_field_is_a_conflict_in_the_feed(
        a: Device, b: Device, service_store: ServiceStore) -> None:
    activity = shared(a, b)
    a.push({**activity, "title": "A's title"}, base=1)
    result = b.push({**activity, "title": "B's title"}, base=1)
    assert result["conflict_id"] and result["version"] == 3 and result["merged"]
    item = items_of(b.last)[activity["id"]]
    assert item["payload"]["title"] == "A's title"  # the first to arrive stays...
    [conflict] = item["conflicts"]
    assert (conflict["id"], conflict["kind"], conflict["status"], conflict["opened_version"]
            ) == (result["conflict_id"], "fields", "open", 3)
    assert conflict["values"] == [{  # ...and B's value is kept, not lost
        "field": "title", "base": activity["title"], "current": "A's title",
        "current_device_id": a.id, "incoming": "B's title", "incoming_device_id": b.id}]
    assert items_of(a.sync())[activity["id"]]["conflicts"] == [conflict]  # A sees it too
    assert stored(service_store, activity["id"])["title"] == "A's title"  # type: ignore[index]


def test_resolve_closes_the_conflict_and_a_second_resolve_is_an_edit(
        a: Device, b: Device, service_store: ServiceStore) -> None:
    activity = shared(a, b, outcome="Kept by every version")
    a.push({**activity, "title": "A's title"}, base=1)
    conflict_id = b.push({**activity, "title": "B's title"}, base=1)["conflict_id"]
    a.sync()
    result = b.push({**activity, "title": "B's title"}, base=3, resolves=conflict_id)
    assert (result["version"], result["merged"]) == (4, False)
    item = items_of(b.last)[activity["id"]]
    [conflict] = item["conflicts"]  # resolved since the cursor: still listed, as resolved
    assert (conflict["status"], conflict["resolved_by_device_id"]) == ("resolved", b.id)
    assert item["payload"]["title"] == "B's title"
    resolved = whole({**activity, "title": "B's title"})
    assert whole(stored(service_store, activity["id"])) == resolved  # all of it, as chosen
    late = a.push({**activity, "title": "A's title"}, base=3, resolves=conflict_id)
    assert late["status"] == "accepted" and "conflict_id" not in late  # no error
    after = items_of(a.last)[activity["id"]]
    assert whole(after["payload"]) == resolved  # the first resolution won, nothing lost
    # What the service holds, not only what it answered: B's choice is stored, the late
    # resolution opened no new conflict and did not take the first one over.
    assert whole(stored(service_store, activity["id"])) == resolved
    with service_store.read() as db:
        rows = versions.conflicts_of(db, "DEMO", "activity", activity["id"])
        history = versions.history(db, "DEMO", "activity", activity["id"])
    assert [(r.id, r.status, r.resolved_by_device_id) for r in rows] == [
        (conflict_id, "resolved", b.id)]
    assert [(v.version, v.device_id, (v.state or {}).get("title")) for v in history] == [
        (1, a.id, activity["title"]), (2, a.id, "A's title"), (3, b.id, "A's title"),
        (4, b.id, "B's title"), (5, a.id, "B's title")]
    assert whole(history[-1].state) == resolved
    restored = items_of(b.sync(cursor=0))[activity["id"]]
    assert [c["status"] for c in restored["conflicts"]] == ["resolved"]  # closed for good
    assert whole(restored["payload"]) == resolved and restored["version"] == 5
    assert b.sync()["feed"]["items"] == []


def test_delete_against_a_concurrent_edit_keeps_the_activity(
        a: Device, b: Device, service_store: ServiceStore) -> None:
    activity = shared(a, b)
    a.push({**activity, "title": "Still needed"}, base=1)
    result = b.push(activity, op="delete", base=1)
    assert result["conflict_id"] and result["merged"]
    item = items_of(b.last)[activity["id"]]
    assert item["op"] == "upsert" and item["payload"]["title"] == "Still needed"
    assert item["conflicts"][0]["kind"] == "delete"
    assert item["conflicts"][0]["deleted_by_device_id"] == b.id
    assert stored(service_store, activity["id"]) is not None


def test_edit_against_a_concurrent_delete_brings_it_back(
        a: Device, b: Device, service_store: ServiceStore) -> None:
    activity = shared(a, b)
    a.push(activity, op="delete", base=1)
    result = b.push({**activity, "title": "Edited meanwhile"}, base=1)
    assert result["conflict_id"]
    item = items_of(b.last)[activity["id"]]
    assert item["op"] == "upsert" and item["payload"]["title"] == "Edited meanwhile"
    assert item["conflicts"][0]["deleted_by_device_id"] == a.id
    assert stored(service_store, activity["id"])["title"] == "Edited meanwhile"  # type: ignore[index]


def test_delete_fast_forward_is_in_the_feed(a: Device, b: Device,
                                            service_store: ServiceStore) -> None:
    activity = shared(a, b)
    assert a.push(activity, op="delete", base=1)["version"] == 2
    item = items_of(b.sync())[activity["id"]]
    assert (item["op"], item["payload"], item["version"]) == ("delete", {"id": activity["id"]}, 2)
    assert stored(service_store, activity["id"]) is None


def test_own_successive_edits_fast_forward(a: Device, b: Device) -> None:
    activity = shared(a, b)
    a.push({**activity, "title": "one"}, base=1)
    result = a.push({**activity, "title": "two"}, base=1)  # A had not seen its v2 yet
    assert (result["version"], result["merged"]) == (3, False) and "conflict_id" not in result


def test_patch_is_rebuilt_from_its_base_and_merged(a: Device, b: Device) -> None:
    activity = shared(a, b)
    a.push({**activity, "status": "planned"}, base=1)
    result = b.push({"title": "Patched title"}, op="patch", entity_id=activity["id"], base=1)
    assert result["status"] == "accepted" and result["merged"]
    payload = items_of(b.last)[activity["id"]]["payload"]
    assert (payload["title"], payload["status"]) == ("Patched title", "planned")
    assert payload["partners"] == activity["partners"]  # the rest from the base


@pytest.mark.parametrize("base", [None, 7])
def test_patch_without_a_known_base_is_refused_asking_for_the_whole_record(
        a: Device, b: Device, base: int | None) -> None:
    activity = shared(a, b)
    response = b.post(b.body([change(1, {"title": "x"}, op="patch",
                                     entity_id=activity["id"], base=base)]))
    assert response.status_code == 422
    assert "send the whole record" in response.json()["results"][0]["message"]


def test_invalid_patch_is_rejected_naming_the_field(a: Device, b: Device) -> None:
    activity = shared(a, b)
    response = b.post(b.body([change(1, {"status": "finished-ish"}, op="patch",
                                     entity_id=activity["id"], base=1)]))
    assert response.status_code == 422 and "status" in response.json()["results"][0]["message"]


def test_merged_state_the_rules_refuse_is_held_back_in_a_conflict(
        a: Device, b: Device) -> None:
    activity = shared(a, b, start_date="2005-01-10", end_date="2005-01-20")
    a.push({**activity, "start_date": "2005-01-15"}, base=1)
    result = b.push({**activity, "end_date": "2005-01-12"}, base=1)  # before A's start
    assert result["conflict_id"]
    item = items_of(b.last)[activity["id"]]
    assert (item["payload"]["start_date"], item["payload"]["end_date"]) == ("2005-01-15",
                                                                            "2005-01-20")
    assert [v["field"] for v in item["conflicts"][0]["values"]] == ["end_date"]


# --- the hello and the batch rules of /handshake and /batches -----------------------------

@pytest.mark.parametrize("version,status", [(0, "upgrade_required"), (99, "halt")])
def test_unsupported_protocol_is_answered_like_the_handshake(
        a: Device, version: int, status: str) -> None:
    response = a.post(a.body([change(1, new_activity())], protocol_version=version))
    assert response.status_code == 200
    reply = response.json()
    assert reply["status"] == status and reply["message"]
    assert "ack" not in reply and "feed" not in reply
    assert a.sync()["feed"]["items"] == []  # nothing was applied


def test_halted_mission_applies_nothing(a: Device, service_store: ServiceStore) -> None:
    service_store.set_halt("DEMO", "audit in progress")
    reply = a.post(a.body([change(1, new_activity())])).json()
    assert reply["status"] == "halt" and "audit in progress" in reply["message"]
    assert "ack" not in reply
    service_store.set_halt("DEMO", "")
    assert a.sync()["feed"]["items"] == []


def test_batch_refused_as_a_whole_is_422_with_results(a: Device) -> None:
    bad = change(1, new_activity())
    bad["catalogue_version"] = "1999.9"
    response = a.post(a.body([bad]))
    assert response.status_code == 422
    assert "1999.9" in response.json()["results"][0]["message"]


def test_same_batch_id_with_other_content_is_409(a: Device) -> None:
    batch_id = str(uuid.uuid4())
    assert a.post(a.body([change(1, new_activity())], batch_id=batch_id)).status_code == 200
    response = a.post(a.body([change(1, new_activity("Other"))], batch_id=batch_id))
    assert response.status_code == 409 and batch_id in response.json()["detail"]


def test_too_many_changes_is_413(a: Device) -> None:
    changes = [change(n, new_activity()) for n in range(1, 22)]
    response = a.post(a.body(changes))
    assert response.status_code == 413 and "limit is 20" in response.json()["detail"]


def test_bad_gzip_and_bad_json_are_400(a: Device) -> None:
    headers = {"Authorization": f"Bearer {a.token}", "Content-Encoding": "gzip"}
    assert a.client.post("/api/v1/sync", content=b"not gzip",
                         headers=headers).status_code == 400
    response = a.client.post("/api/v1/sync", content=gzip.compress(b"{"), headers=headers)
    assert response.status_code == 400


def compact(full: dict[str, Any]) -> dict[str, Any]:
    """A change as a protocol 3 client sends it: no change id, no catalogue version."""
    return {k: v for k, v in full.items() if k not in ("change_id", "catalogue_version")}


def test_compact_changes_get_derived_ids_and_a_compact_ack(
        a: Device, b: Device, service_store: ServiceStore) -> None:
    batch_id = str(uuid.uuid4())
    first, second = new_activity("First"), new_activity("Second")
    body = a.body([compact(change(1, first)), compact(change(2, second))], batch_id=batch_id)
    answer = a.post(body)
    assert answer.status_code == 200, answer.text
    ack = answer.json()["ack"]
    assert [(r["seq"], r["version"], "change_id" in r) for r in ack["results"]] == [
        (1, 1, False), (2, 1, False)]  # the client matches results by seq
    assert a.post(body).json()["ack"] == ack  # a resend: the same acknowledgement
    with service_store.read() as db:
        known = ingest_queries.changes_at_seqs(db, "DEMO", a.id, [1, 2])
    assert known == {1: derived_change_id(batch_id, 1), 2: derived_change_id(batch_id, 2)}
    assert {i["entity_id"] for i in b.sync()["feed"]["items"]} == {first["id"], second["id"]}
    # the same changes with their ids written out are the same batch (same content hash)
    full = [change(1, first), change(2, second)]
    for seq, item in enumerate(full, start=1):
        item["change_id"] = derived_change_id(batch_id, seq)
        item["created_at"] = body["batch"]["changes"][seq - 1]["created_at"]
    again = a.post(a.body(full, batch_id=batch_id))
    assert again.status_code == 200 and [r["change_id"] for r in again.json()["ack"][
        "results"]] == [derived_change_id(batch_id, 1), derived_change_id(batch_id, 2)]


def test_features_are_named_only_to_a_client_that_asks(a: Device) -> None:
    """An older client's reply model forbids unknown keys: it never gets ``features``."""
    assert "features" not in a.post(a.body()).json()
    asked = a.post(a.body(), **{FEATURES_HEADER: f"some-later-one, {FEATURE_COMPACT_CHANGES}"})
    assert asked.json()["features"] == [FEATURE_COMPACT_CHANGES]
    assert a.post(a.body(), **{FEATURES_HEADER: "some-later-one"}).json()["features"] == []


def test_compact_batch_of_a_restored_copy_is_refused(a: Device) -> None:
    """Derived ids differ between the original's batch and the copy's (other batch ids),
    so a copy reusing sequence numbers is still recognised and nothing is applied."""
    assert a.post(a.body([compact(change(1, new_activity()))])).status_code == 200
    copy = Device(a.client, a.token)
    copy.id = a.id
    response = copy.post(copy.body([compact(change(1, new_activity("On the copy")))]))
    assert response.status_code == 409
    assert response.json()["code"] == ERROR_DEVICE_RESTORED


def test_restored_copy_reusing_sequence_numbers_is_refused(a: Device) -> None:
    a.push(new_activity())
    copy = Device(a.client, a.token)
    copy.id = a.id  # the same device id, its counter back at 0
    response = copy.post(copy.body([change(1, new_activity("Made after the restore"))]))
    assert response.status_code == 409
    assert response.json()["code"] == ERROR_DEVICE_RESTORED
    assert len(a.sync(cursor=0)["feed"]["items"]) == 1


def test_requeued_rejected_change_with_its_old_number_is_accepted(a: Device) -> None:
    bad = change(2, new_activity("Needs a newer catalogue"))
    bad["catalogue_version"] = "1999.9"
    reply = a.sync([change(1, new_activity()), bad])
    assert reply["ack"]["rejected"] == 1
    bad["catalogue_version"] = CATALOGUE  # fixed, sent again under the same number
    assert a.sync([bad])["ack"]["accepted"] == 1


def test_unauthenticated_exchange_is_401(client: TestClient, a: Device) -> None:
    response = client.post("/api/v1/sync", json=a.body())
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"


# --- what else comes down -----------------------------------------------------------------

def test_catalogue_only_when_the_client_has_an_older_one(a: Device) -> None:
    assert "catalogue" not in a.sync()
    reply = a.sync(catalogue_version="2005.0")
    assert reply["catalogue"]["latest_version"] == CATALOGUE
    assert [v["version"] for v in reply["catalogue"]["versions"]] == [CATALOGUE]


def test_feedback_and_reviews_since_the_cursors(a: Device, service_store: ServiceStore) -> None:
    first = service_store.add_feedback("DEMO", "Please add the partners")
    service_store.add_feedback("DEMO", "Thank you")
    reply = a.sync(feedback_since=first)
    assert [i["message"] for i in reply["feedback"]["items"]] == ["Thank you"]
    assert reply["feedback"]["reviews"] == []
    assert "feedback" not in a.sync(feedback_since=first + 1)


def test_reply_json_is_what_the_client_models_read(a: Device, b: Device) -> None:
    activity = shared(a, b)
    a.push({**activity, "title": "A"}, base=1)
    b.push({**activity, "title": "B"}, base=1)
    model = ExchangeReply.model_validate(b.last)
    assert model.feed is not None and model.feed.items[-1].conflicts[0].values[0].field == "title"
    assert json.loads(model.model_dump_json())["ack"]["results"][0]["conflict_id"]


# --- questionnaire drafts ----------------------------------------------------------------

def draft() -> dict[str, Any]:
    response = copy.deepcopy(demo_document()["questionnaire"])
    response["id"] = str(uuid.uuid4())
    return {"response": response}


def edited_draft(payload: dict[str, Any], entry: int | None = None, **fields: Any
                 ) -> dict[str, Any]:
    changed = copy.deepcopy(payload)
    target = changed["response"] if entry is None else changed["response"]["task_entries"][entry]
    target.update(fields)
    return changed


def shared_draft(a: Device, b: Device) -> dict[str, Any]:
    payload = draft()
    assert a.push(payload, entity_type="response")["version"] == 1
    b.sync()
    a.sync()
    return payload


def test_draft_edits_of_different_entries_and_part1_merge(
        a: Device, b: Device, service_store: ServiceStore) -> None:
    payload = shared_draft(a, b)
    a.push(edited_draft(payload, 0, comment="A's comment"), entity_type="response", base=1)
    mine = edited_draft(edited_draft(payload, 1, comment="B's comment"), goal_setting="B's")
    result = b.push(mine, entity_type="response", base=1)
    assert result["merged"] and "conflict_id" not in result
    stored_response = items_of(b.last)[payload["response"]["id"]]["payload"]["response"]
    entries = stored_response["task_entries"]
    assert (entries[0]["comment"], entries[1]["comment"]) == ("A's comment", "B's comment")
    assert stored_response["goal_setting"] == "B's" and stored_response["status"] == "draft"
    with service_store.read() as db:
        [row] = [r for r in browse.responses(db, "DEMO") if r.id == payload["response"]["id"]]
    assert row.status == "draft"  # a draft stays a draft at the Secretariat


def test_draft_same_entry_field_is_a_conflict_named_by_task(a: Device, b: Device) -> None:
    payload = shared_draft(a, b)
    code = payload["response"]["task_entries"][0]["task_code"]
    a.push(edited_draft(payload, 0, comment="A"), entity_type="response", base=1)
    result = b.push(edited_draft(payload, 0, comment="B"), entity_type="response", base=1)
    item = items_of(b.last)[payload["response"]["id"]]
    [conflict] = item["conflicts"]
    assert conflict["id"] == result["conflict_id"]
    assert [(v["field"], v["current"], v["incoming"]) for v in conflict["values"]] == [
        (f"task_entries/{code}/comment", "A", "B")]


def test_draft_patch_with_flattened_fields(a: Device, b: Device) -> None:
    payload = shared_draft(a, b)
    code = payload["response"]["task_entries"][0]["task_code"]
    result = b.push({f"task_entries/{code}/challenges": "Patched"}, op="patch",
                    entity_type="response", entity_id=payload["response"]["id"], base=1)
    assert result["version"] == 2 and not result["merged"]
    entry = items_of(a.sync())[payload["response"]["id"]]["payload"]["response"][
        "task_entries"][0]
    assert entry["challenges"] == "Patched" and entry["comment"] == payload["response"][
        "task_entries"][0]["comment"]


# --- several devices at once ---------------------------------------------------------------

def test_concurrent_exchanges_of_one_mission_get_distinct_feed_numbers(
        service_store: ServiceStore, token: str) -> None:
    service = start_service(service_store)
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def laptop() -> None:
        try:
            with requests.Session() as session:
                device = Device(HttpClient(session, service.url), token)
                start.wait()
                for _ in range(5):
                    device.push(new_activity())
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=laptop) for _ in range(4)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        service.stop()
    assert errors == []
    with service_store.read() as db:
        page = versions.feed_page(db, "DEMO", 0, 100)
    assert sorted(r.server_seq for r in page) == list(range(1, 21))
