"""Undoing a deletion the Secretariat already received: the restore travels as an upsert."""

from __future__ import annotations

from sync_helpers import Service, assert_exactly_once, run_sync, server_view

from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store


def server_ids(service_store: ServiceStore) -> set[str]:
    return {a["id"] for a in server_view(service_store)["activities"]}


def test_delete_sync_undo_sync_brings_the_activity_back_at_the_secretariat(
        demo_store: Store, service: Service, demo_token: str,
        service_store: ServiceStore) -> None:
    assert run_sync(demo_store, service.url, demo_token).ok
    chosen = demo_store.activities.list(limit=3)
    ids = [a.id for a in chosen]
    deletion = "5e1f0c2a-9b3d-4e5f-8a7b-6c5d4e3f2a1b"
    demo_store.activities.delete_many(ids, deletion)
    result = run_sync(demo_store, service.url, demo_token)
    assert result.ok and result.sent == 3
    assert not server_ids(service_store) & set(ids)

    demo_store.activities.restore(deletion)
    pending = [(c.entity_id, c.op) for c in demo_store.outbox.all() if c.state == "pending"]
    assert sorted(pending) == sorted((i, "upsert") for i in ids)  # exactly one each
    result = run_sync(demo_store, service.url, demo_token)
    assert result.ok and result.sent == 3 and result.acknowledged == 3
    assert server_ids(service_store) >= set(ids)
    served = {a["id"]: a for a in server_view(service_store)["activities"]}
    for activity in chosen:
        assert served[activity.id] == activity.model_dump(mode="json")
    assert_exactly_once(demo_store, service_store)


def test_delete_then_undo_before_sync_sends_one_upsert_only(
        demo_store: Store, service: Service, demo_token: str,
        service_store: ServiceStore) -> None:
    assert run_sync(demo_store, service.url, demo_token).ok
    activity = demo_store.activities.list(limit=1)[0]
    deletion = "5e1f0c2a-9b3d-4e5f-8a7b-6c5d4e3f2a1c"
    demo_store.activities.delete_many([activity.id], deletion)
    demo_store.activities.restore(deletion)
    result = run_sync(demo_store, service.url, demo_token)
    assert result.ok and result.sent == 1
    assert activity.id in server_ids(service_store)
    assert_exactly_once(demo_store, service_store)
