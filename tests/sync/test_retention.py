"""Acknowledged outbox rows and batch bodies are pruned after the retention period; nothing
unacknowledged ever is; over many edit+sync cycles the store's size stays bounded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sync_helpers import Service, run_sync

from focalpoint.cli import main as focalpoint_main
from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store
from focalpoint.storage.retention import Retention, prune, save_retention
from focalpoint.storage.sync_state import SyncState

LATER = datetime.now(UTC) + timedelta(days=31)


def counts(store: Store) -> dict[str, int]:
    rows = store.db.execute(
        "SELECT state, count(*) FROM outbox GROUP BY state").fetchall()
    found = {state: n for state, n in rows}
    found["batches"] = store.db.execute("SELECT count(*) FROM sync_batches").fetchone()[0]
    return found


def save(store: Store, title: str, activity_id: str | None = None, outcome: str = "") -> str:
    data: dict[str, Any] = {"title": title, "activity_type": "training",
                            "task_codes": ["III.12.1"], "outcome": outcome}
    if activity_id:
        data["id"] = activity_id
    return store.activities.save(data).id


def freeze(store: Store, batch_id: str) -> list[int]:
    state = SyncState(store.db)
    with store.db.atomic():
        seqs = [row["seq"] for row in state.unbatched_pending(1000)]
        state.freeze_batch(batch_id, seqs, b"body", "hash", 4)
    return seqs


def test_only_acknowledged_changes_past_the_retention_period_go(store: Store) -> None:
    state = SyncState(store.db)
    a = save(store, "Acknowledged")
    b = save(store, "Refused")
    seqs = freeze(store, "batch-1")
    state.acknowledge("batch-1", synced=[seqs[0]], rejected={seqs[1]: "bad"}, ack_json="{}")
    save(store, "Refused, then fixed and acknowledged", b)  # supersedes the refused change
    fixed = freeze(store, "batch-2")
    state.acknowledge("batch-2", synced=fixed, rejected={}, ack_json="{}")
    save(store, "Acknowledged, edited again", a)
    freeze(store, "batch-3")  # sent, no answer yet: open
    save(store, "Never sent")
    assert counts(store) == {"synced": 2, "rejected": 1, "pending": 2, "batches": 3}
    assert prune(store.db).changes == 0  # within the 30 days nothing goes
    pruned = prune(store.db, now=LATER)
    # the first acknowledged change goes; the fix of the refused one stays (it resolves it)
    assert pruned.changes == 1
    left = counts(store)
    assert left["pending"] == 2 and left["rejected"] == 1 and left["synced"] == 1
    assert state.unresolved_rejected_count() == 0  # still resolved
    # batch-1 is kept (its refused change is not synced), batch-3 is still open
    assert {row[0] for row in store.db.execute("SELECT batch_id FROM sync_batches")} == {
        "batch-1", "batch-3"}
    assert {b.batch_id for b in state.open_batches()} == {"batch-3"}


def edit_sync_cycles(store: Store, path: Path, url: str, token: str, code: str,
                     *, pruning: bool, cycles: int = 40) -> list[int]:
    """Edit five activities and sync, ``cycles`` times; the file size after each cycle."""
    ids = [save(store, f"Activity {n}") for n in range(5)]
    sizes: list[int] = []
    for cycle in range(cycles):
        for n, aid in enumerate(ids):
            save(store, f"Activity {n}, edit {cycle}", aid, outcome="Trained officers. " * 40)
        result = run_sync(store, url, token, code=code)
        assert result.ok, result.message
        if pruning:
            prune(store.db, now=datetime.now(UTC) + timedelta(days=2))  # a day after each sync
            left = counts(store)
            assert left.get("pending", 0) == 0 and left.get("synced", 0) == 0
            assert left["batches"] == 0
            assert store.db.execute("SELECT count(*) FROM versions").fetchone()[0] <= 5 * 5
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        sizes.append(path.stat().st_size)
    assert store.activities.get(ids[0]).title == f"Activity 0, edit {cycles - 1}"
    return sizes


def test_size_stays_bounded_over_many_edit_and_sync_cycles(
    store: Store, store_path: Path, tmp_path: Path, service: Service, demo_token: str,
    service_store: ServiceStore,
) -> None:
    """Against a store that keeps everything (the check would notice unbounded growth):
    with pruning only the bounded sync log and the full-text index move the size."""
    save_retention(store.db, Retention(synced_days=1, versions_per_entity=5))
    pruned = edit_sync_cycles(store, store_path, service.url, demo_token, "DEMO", pruning=True)
    control_path = tmp_path / "control.db"
    token = service_store.add_mission("CTRL", "Control mission").token
    with Store.open(control_path) as control:
        save_retention(control.db, Retention(synced_days=3650, versions_per_entity=100_000))
        kept = edit_sync_cycles(control, control_path, service.url, token, "CTRL",
                                pruning=False)
    growth, control_growth = pruned[-1] - pruned[9], kept[-1] - kept[9]
    assert control_growth > 200_000, kept  # 150 edits of 800 bytes, several times over
    assert growth < control_growth / 5, (pruned, kept)


def test_a_sync_pass_prunes_what_is_past_the_period(
    store: Store, service: Service, demo_token: str
) -> None:
    save(store, "First")
    assert run_sync(store, service.url, demo_token).ok
    assert counts(store) == {"synced": 1, "batches": 1}
    old = (datetime.now(UTC) - timedelta(days=31)).isoformat(timespec="seconds")
    store.db.execute("UPDATE outbox SET synced_at = ?", [old])
    store.db.execute("UPDATE sync_batches SET finished_at = ?", [old])
    save(store, "Second")
    assert run_sync(store, service.url, demo_token).ok
    assert counts(store) == {"synced": 1, "batches": 1}  # only the second pass's


def test_nothing_unsynced_is_pruned_even_with_zero_days(store: Store) -> None:
    save_retention(store.db, Retention(synced_days=0, versions_per_entity=1))
    ids = [save(store, f"Offline {n}") for n in range(20)]
    for aid in ids:
        save(store, "edited offline", aid)
    freeze(store, "in-flight")
    for _ in range(3):
        prune(store.db, now=LATER)
    assert store.outbox.pending_count() == 20
    assert counts(store)["batches"] == 1
    assert all(len(store.activities.versions(a)) == 1 for a in ids)


def test_retention_command(store: Store, store_path: Path, capsys: Any) -> None:
    store.close()
    assert focalpoint_main(["--db", str(store_path), "retention"]) == 0
    assert "kept 30 day(s)" in capsys.readouterr().out
    assert focalpoint_main(["--db", str(store_path), "retention", "--synced-days", "7",
                            "--versions", "50"]) == 0
    assert "kept 7 day(s); 50 version(s)" in capsys.readouterr().out
    assert focalpoint_main(["--db", str(store_path), "retention", "--versions", "0"]) == 2
