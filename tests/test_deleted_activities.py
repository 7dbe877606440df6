"""Deleting activities keeps them, so a deletion can be undone: store and outbox rows."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from focalpoint.storage import NotFound, Store
from focalpoint.storage import activities as activities_module
from focalpoint.storage.activities import KEEP_DELETIONS
from focalpoint.storage.sync_state import SyncState

FULL = {
    "title": "Training for border police on victim identification",
    "description": "Three days, Osh and Batken",
    "activity_type": "training",
    "status": "completed",
    "start_date": "2005-04-12",
    "end_date": "2005-04-14",
    "recurrence": "recurring",
    "locations": ["Osh", "Batken"],
    "partners": ["IOM", "Ministry of Interior"],
    "audiences": ["border_guards", "police"],
    "forms": ["sexual_exploitation", "labour_exploitation"],
    "funding": [{"source": "extrabudgetary", "donor": "Norway", "amount": "12500.00",
                 "currency": "EUR"}],
    "outcome": "Referral checklist adopted",
    "task_codes": ["III.12.1", "IV.8.1"],
}


def rows(store: Store, table: str, where: str = "", params: Any = ()) -> list[dict[str, Any]]:
    return list(store.db.query(f"SELECT * FROM {table} {where}", list(params)))


def outbox(store: Store) -> list[tuple[str, str, str, str | None]]:
    return [(c.entity_id, c.op, c.state, c.batch_id) for c in store.outbox.all()]


def test_undo_brings_back_every_field_id_mapping_and_creation_time(store: Store) -> None:
    saved = store.activities.save(FULL)
    other = store.activities.save({**FULL, "title": "Second", "task_codes": ["V.14.1"]})
    before = rows(store, "activities", "ORDER BY id")
    tasks_before = rows(store, "activity_tasks", "ORDER BY activity_id, task_code")
    deletion = "6a1e8d34-0c1f-4d43-9b8e-1f2b3c4d5e6f"
    assert store.activities.delete_many([saved.id, other.id, "not-there"], deletion) == [
        saved.id, other.id]
    assert store.activities.total() == 0 and rows(store, "activity_tasks") == []
    assert store.activities.deleted_count(deletion) == 2

    restored = store.activities.restore(deletion)
    assert sorted(a.id for a in restored.activities) == sorted([saved.id, other.id])
    assert (restored.kept, restored.remaining) == (0, 0)
    after = rows(store, "activities", "ORDER BY id")
    ignore = {"updated_at"}
    assert [{k: v for k, v in r.items() if k not in ignore} for r in after] == [
        {k: v for k, v in r.items() if k not in ignore} for r in before]
    assert rows(store, "activity_tasks", "ORDER BY activity_id, task_code") == tasks_before
    assert store.activities.get(saved.id) == saved
    assert store.activities.deleted_count(deletion) == 0
    with pytest.raises(NotFound, match="can no longer be undone"):
        store.activities.restore(deletion)


def test_delete_then_undo_before_sync_leaves_one_upsert(store: Store) -> None:
    saved = store.activities.save(FULL)
    store.activities.delete_many([saved.id], "d1000000-0000-4000-8000-000000000001")
    assert outbox(store) == [(saved.id, "delete", "pending", None)]
    store.activities.restore("d1000000-0000-4000-8000-000000000001")
    changes = store.outbox.all()
    assert [(c.entity_id, c.op, c.state) for c in changes] == [(saved.id, "upsert", "pending")]
    assert changes[0].payload == saved.model_dump(mode="json")


def test_undo_after_the_delete_was_packed_queues_a_new_upsert(store: Store) -> None:
    saved = store.activities.save(FULL)
    store.activities.delete(saved.id)  # the CLI's single delete is restorable too
    (deletion,) = {r["deletion_id"] for r in rows(store, "deleted_activities")}
    delete_seq = store.outbox.all()[-1].seq
    with store.db.atomic():
        SyncState(store.db).freeze_batch("b1", [delete_seq], b"body", "hash", 4)
    store.activities.restore(deletion)
    assert [(op, batch) for _id, op, _state, batch in outbox(store)] == [
        ("delete", "b1"), ("upsert", None)]


def test_an_activity_created_again_meanwhile_is_not_overwritten(store: Store) -> None:
    saved = store.activities.save(FULL)
    store.activities.delete_many([saved.id], "d2000000-0000-4000-8000-000000000002")
    store.activities.save({**FULL, "id": saved.id, "title": "Imported again"})
    restored = store.activities.restore("d2000000-0000-4000-8000-000000000002")
    assert (restored.activities, restored.kept) == ([], 1)
    assert store.activities.get(saved.id).title == "Imported again"


def test_large_restore_in_steps(store: Store) -> None:
    saved = store.activities.save_many([{**FULL, "title": f"A{i}"} for i in range(25)])
    deletion = "d3000000-0000-4000-8000-000000000003"
    for start in range(0, 25, 10):  # one selection deleted in several transactions
        store.activities.delete_many([a.id for a in saved[start:start + 10]], deletion)
    assert store.activities.deleted_count(deletion) == 25
    remaining = [store.activities.restore(deletion, limit=10).remaining for _ in range(3)]
    assert remaining == [15, 5, 0] and store.activities.total() == 25


def test_only_the_newest_deletions_are_kept(store: Store) -> None:
    saved = store.activities.save_many(
        [{**FULL, "title": f"A{i}"} for i in range(KEEP_DELETIONS + 3)])
    for activity in saved:
        store.activities.delete(activity.id)
    kept = {r["activity_id"] for r in rows(store, "deleted_activities")}
    assert len(kept) == KEEP_DELETIONS
    assert saved[-1].id in kept and saved[0].id not in kept


def test_a_failing_outbox_write_rolls_back_delete_and_trash_and_restore(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fault injection: the outbox write fails; nothing of the step may remain."""
    saved = store.activities.save(FULL)
    deletion = "d4000000-0000-4000-8000-000000000004"
    real = activities_module.record_changes
    calls: list[Any] = []

    def failing(*args: Any, **kwargs: Any) -> None:
        calls.append(args)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("focalpoint.storage.outbox.record_change", failing)
    with pytest.raises(sqlite3.OperationalError):
        store.activities.delete_many([saved.id], deletion)
    assert calls and store.activities.get(saved.id) == saved
    assert rows(store, "deleted_activities") == [] and len(store.outbox.all()) == 1
    monkeypatch.undo()
    store.activities.delete_many([saved.id], deletion)
    monkeypatch.setattr(activities_module, "record_changes", failing)
    with pytest.raises(sqlite3.OperationalError):
        store.activities.restore(deletion)
    assert store.activities.total() == 0 and store.activities.deleted_count(deletion) == 1
    assert [op for _i, op, _s, _b in outbox(store)] == ["delete"]
    monkeypatch.setattr(activities_module, "record_changes", real)
    store.activities.restore(deletion)
    assert store.activities.get(saved.id) == saved
