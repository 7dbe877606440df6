"""The service store's schema: Alembic revisions, the upgrade of a pre-Alembic file,
durability settings of every connection, and batch ids scoped by mission."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event
from sync_helpers import query

from focalpoint.catalogue import load_catalogue
from focalpoint.demo import demo_document
from focalpoint.secretariat.ingest import ingest
from focalpoint.secretariat.store import ServiceStore, ServiceStoreError
from focalpoint.secretariat.store.schema import APPLICATION_ID, head_revision
from focalpoint.secretariat.store.tables import ENGINE_OWN_COLUMNS, ENGINE_OWN_TABLES, metadata
from focalpoint.sync.protocol import Batch

V1_SCHEMA = Path(__file__).parent / "data" / "secretariat_v1_schema.sql"
DEVICE = str(uuid.uuid4())


def make_v1_store(path: Path) -> None:
    """A store as the version before Alembic wrote it (its schema verbatim), with data."""
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA.read_text(encoding="utf-8"))
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    now = "2026-01-01T00:00:00+00:00"
    conn.execute("INSERT INTO missions (code, name, created_at) VALUES ('OLD', 'Old', ?)", [now])
    token = "fp1_0123456789abcdef_" + "A" * 43
    conn.execute("INSERT INTO tokens VALUES ('0123456789abcdef', 'OLD', ?, ?, NULL)",
                 [hashlib.sha256(token.encode()).hexdigest(), now])
    catalogue = load_catalogue()
    conn.execute("INSERT INTO catalogue_versions VALUES (?, ?, ?)",
                 [catalogue.version, now, catalogue.to_json()])
    conn.execute("INSERT INTO catalogue_versions VALUES ('2007.1', ?, ?)",
                 [now, json.dumps({**json.loads(catalogue.to_json()), "version": "2007.1"})])
    activity = demo_document()["activities"][0]
    conn.execute("INSERT INTO batches VALUES ('b-1', 'OLD', ?, 'hash', ?, 1, '{}')",
                 [DEVICE, now])
    conn.execute("INSERT INTO received_changes VALUES ('OLD', 'c-1', 'b-1', ?, 1, 'activity', "
                 "?, 'upsert', 1, '2006.1', ?, ?)", [DEVICE, activity["id"], now, now])
    conn.execute("INSERT INTO activities VALUES ('OLD', ?, ?, ?, ?)",
                 [activity["id"], activity.get("start_date"), json.dumps(activity), now])
    conn.execute("INSERT INTO feedback (mission_code, created_at, message) "
                 "VALUES ('OLD', ?, 'hello')", [now])
    conn.commit()
    conn.close()


def _core_only(obj: Any, name: str | None, type_: str, _reflected: bool,
               _compare_to: Any) -> bool:
    """Leave out the engines' own search objects (FTS5 tables, the tsvector column)."""
    if type_ == "table":
        return name not in ENGINE_OWN_TABLES
    if type_ == "column":
        return (obj.table.name, name) not in ENGINE_OWN_COLUMNS
    if type_ == "index":
        return name != "idx_activities_search"
    return True


def schema_differences(store: ServiceStore) -> list[Any]:
    with store.read() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": _core_only})
        return list(compare_metadata(context, metadata))


def test_the_revisions_create_exactly_the_tables_module(
        store_factory: Callable[[], ServiceStore]) -> None:
    assert schema_differences(store_factory()) == []


def test_a_store_from_before_alembic_is_upgraded_in_place_after_a_backup(
        tmp_path: Path) -> None:
    path = tmp_path / "secretariat.db"
    make_v1_store(path)
    before = path.read_bytes()
    store = ServiceStore.open(path)
    assert store.backup is not None and store.backup.exists()
    assert store.backup.name.startswith("secretariat.v1-")
    backup = sqlite3.connect(store.backup)
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT count(*) FROM activities").fetchone()[0] == 1
    backup.close()
    assert len(before) > 0
    with store.read() as connection:
        revision = MigrationContext.configure(connection).get_current_revision()
        assert revision == head_revision()
    differences = schema_differences(store)
    # Only what SQLite treats alike: the old file's "TEXT PRIMARY KEY" columns may be NULL,
    # and its REAL is the same affinity as FLOAT.
    assert sorted((d[0][0], d[0][2], d[0][3]) for d in differences) == [
        ("modify_nullable", "feedback", "id"), ("modify_nullable", "missions", "code"),
        ("modify_nullable", "tokens", "token_id"),
        ("modify_type", "missions", "clock_skew_seconds")], differences
    assert query(store, "SELECT mission_code, batch_id FROM batches") == [("OLD", "b-1")]
    assert query(store, "SELECT change_id, batch_id FROM received_changes") == [("c-1", "b-1")]
    assert query(store, "SELECT version, position FROM catalogue_versions ORDER BY position") \
        == [(load_catalogue().version, 1), ("2007.1", 2)]
    assert [m.code for m in store.missions()] == ["OLD"]
    assert len(store.export_document("OLD")["activities"]) == 1
    assert store.add_feedback("OLD", "second") == 2
    # Opening again finds nothing to do and takes no second backup.
    store.close()
    again = ServiceStore.open(path)
    assert again.backup is None


def test_a_store_from_a_newer_version_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    ServiceStore.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ServiceStoreError, match="newer FocalPoint Secretariat"):
        ServiceStore.open(path)
    assert path.read_bytes() == before


def test_a_file_with_foreign_tables_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE something (x)")
    conn.commit()
    conn.close()
    with pytest.raises(ServiceStoreError, match="not a FocalPoint Secretariat store"):
        ServiceStore.open(path)


def test_every_connection_of_the_service_store_is_durable(tmp_path: Path) -> None:
    """synchronous=FULL (2) on every SQLite connection the store opens, from the first
    (the migration) to those of concurrent requests."""
    seen: list[int] = []

    def check(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        seen.append(dbapi_connection.execute("PRAGMA synchronous").fetchone()[0])

    real_engine = __import__("focalpoint.secretariat.store.engine", fromlist=["x"])
    original = real_engine.sqlite_engine

    def watched(path: Path) -> Any:
        engine = original(path)
        event.listen(engine, "checkout", check)
        return engine

    import focalpoint.secretariat.store.service as service_module

    mp = pytest.MonkeyPatch()
    mp.setattr(service_module, "sqlite_engine", watched)
    try:
        store = ServiceStore.open(tmp_path / "s.db")
        token = store.add_mission("DEMO", "Demo").token
        assert token
        outcome = ingest(store, "DEMO", _batch("DEMO", str(uuid.uuid4())))
        assert outcome.status_code == 200
        store.export_document("DEMO")
    finally:
        mp.undo()
    assert len(seen) >= 5
    assert set(seen) == {2}, seen


def _batch(mission: str, batch_id: str, title: str = "Training") -> Batch:
    activity = dict(demo_document()["activities"][1], title=title)
    return Batch.model_validate({
        "protocol_version": 1, "batch_id": batch_id, "mission_code": mission,
        "device_id": DEVICE, "changes": [{
            "seq": 1, "change_id": str(uuid.uuid4()), "entity_type": "activity",
            "entity_id": activity["id"], "op": "upsert", "payload": activity,
            "catalogue_version": "2006.1", "created_at": "2026-01-01T00:00:00+00:00"}]})


def test_batch_ids_are_per_mission(store_factory: Callable[[], ServiceStore]) -> None:
    """Another mission's batch id is neither refused (409) nor confused with its own."""
    store = store_factory()
    store.add_mission("AAA", "A")
    store.add_mission("BBB", "B")
    shared = str(uuid.uuid4())
    original = _batch("AAA", shared, "A's")
    first = ingest(store, "AAA", original)
    assert first.status_code == 200 and not first.replayed
    other = ingest(store, "BBB", _batch("BBB", shared, "B's"))
    assert other.status_code == 200 and not other.replayed, other.detail
    assert other.ack is not None and other.ack.results[0].applied
    again = ingest(store, "AAA", original)
    assert again.replayed and again.ack == first.ack
    different = ingest(store, "AAA", _batch("AAA", shared, "changed"))
    assert different.status_code == 409
    titles = {code: [a["title"] for a in store.export_document(code)["activities"]]
              for code in ("AAA", "BBB")}
    assert titles == {"AAA": ["A's"], "BBB": ["B's"]}
