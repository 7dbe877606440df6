"""The service's entity versions (revision 0005): what existing stores become, and that a
version is written in the batch's own transaction or not at all."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from exchange_helpers import change, new_activity
from sqlalchemy import Engine, text
from test_secretariat_store import make_v1_store

from focalpoint.secretariat import ingest as ingest_module
from focalpoint.secretariat.exchange import feed
from focalpoint.secretariat.ingest import ingest
from focalpoint.secretariat.store import ServiceStore
from focalpoint.secretariat.store import versions as version_queries
from focalpoint.secretariat.store.engine import postgresql_engine, sqlite_engine, write_options
from focalpoint.secretariat.store.schema import APPLICATION_ID, alembic_config
from focalpoint.sync.protocol import Batch, Change

DEVICE = str(uuid.uuid4())
NOW = "2026-01-01T00:00:00+00:00"


def batch(*changes: dict[str, Any], device: str = DEVICE) -> Batch:
    return Batch(protocol_version=3, batch_id=str(uuid.uuid4()), mission_code="DEMO",
                 device_id=device, changes=[Change.model_validate(c) for c in changes])


def make_0004_store(engine: Engine) -> dict[str, Any]:
    """A store at revision 0004 with what protocol 2 stored: heads, a deletion, a profile,
    a draft response, and an activity with no head row."""
    with engine.connect().execution_options(**write_options()) as conn, conn.begin():
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        command.upgrade(alembic_config(conn), "0004")
        first, second, headless = new_activity("First"), new_activity("Second"), new_activity()
        gone = str(uuid.uuid4())
        response = {"id": str(uuid.uuid4()), "status": "draft", "period_start": "2026-01-01",
                    "period_end": "2026-12-31", "task_entries": []}
        conn.execute(text("INSERT INTO missions (code, name, created_at, profile) VALUES "
                          "('DEMO', 'Demo', :now, :profile)"),
                     {"now": NOW, "profile": json.dumps({"code": "DEMO", "name": "Demo"})})
        dates = ((first, "2026-01-02"), (second, "2026-01-01"), (headless, "2025-12-31"))
        for activity, at in dates:
            conn.execute(text("INSERT INTO activities (mission_code, id, data, updated_at) "
                              "VALUES ('DEMO', :id, :data, :at)"),
                         {"id": activity["id"], "data": json.dumps(activity), "at": at})
        conn.execute(text("INSERT INTO responses (mission_code, id, status, period_start, "
                          "period_end, data, updated_at) VALUES ('DEMO', :id, 'draft', "
                          "'2026-01-01', '2026-12-31', :data, :at)"),
                     {"id": response["id"], "data": json.dumps(response), "at": "2026-01-03"})
        heads = [("activity", first["id"], 0, "2026-01-02"),
                 ("activity", second["id"], 0, "2026-01-01"),
                 ("activity", gone, 1, "2026-01-04"),
                 ("response", response["id"], 0, "2026-01-03"),
                 ("mission", "DEMO", 0, "2026-01-05")]
        for entity_type, entity_id, deleted, at in heads:
            conn.execute(text("INSERT INTO entity_heads VALUES ('DEMO', :t, :i, :d, 3, :del, "
                              ":at)"), {"t": entity_type, "i": entity_id, "d": DEVICE,
                                        "del": deleted, "at": at})
    engine.dispose()
    return {"first": first, "second": second, "headless": headless, "gone": gone,
            "response": response}


@pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"])
def test_upgrade_makes_version_1_of_everything_stored(
        engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if engine_name == "sqlite":
        path = tmp_path / "secretariat.db"
        made = make_0004_store(sqlite_engine(path))
        store = ServiceStore.open(path)
        assert store.backup is not None  # the file had data: copied first
    else:
        server = request.getfixturevalue("postgres_server")
        url = server.create_database("focalpoint_r0004")
        made = make_0004_store(postgresql_engine(url))
        store = ServiceStore.open_url(url)
    try:
        with store.read() as db:
            page = feed(db, "DEMO", 0, 100)
            highest = version_queries.highest_server_seq(db, "DEMO")
    finally:
        store.close()
    order = [(i.entity_type, i.entity_id, i.op) for i in page.items]
    assert order == [  # in the order they were last changed, each once
        ("activity", made["headless"]["id"], "upsert"),
        ("activity", made["second"]["id"], "upsert"),
        ("activity", made["first"]["id"], "upsert"),
        ("response", made["response"]["id"], "upsert"),
        ("activity", made["gone"], "delete"),
        ("mission", "DEMO", "upsert")]
    assert [i.server_seq for i in page.items] == [1, 2, 3, 4, 5, 6] and highest == 6
    assert {i.version for i in page.items} == {1}
    by_id = {i.entity_id: i for i in page.items}
    assert by_id[made["first"]["id"]].payload == made["first"]
    assert by_id[made["first"]["id"]].device_id == DEVICE
    assert by_id[made["response"]["id"]].payload == {"response": made["response"]}
    assert by_id[made["gone"]].payload == {"id": made["gone"]}


def test_a_store_from_before_alembic_gets_versions_too(tmp_path: Path) -> None:
    path = tmp_path / "secretariat.db"
    make_v1_store(path)
    store = ServiceStore.open(path)
    try:
        with store.read() as db:
            [item] = feed(db, "OLD", 0, 10).items
    finally:
        store.close()
    assert (item.entity_type, item.version, item.server_seq) == ("activity", 1, 1)


def test_a_failing_version_write_stores_nothing_of_the_batch(
        service_store: ServiceStore, monkeypatch: pytest.MonkeyPatch) -> None:
    service_store.add_mission("DEMO", "Demo")
    activity = new_activity()
    sent = batch(change(1, activity))

    def broken(*_args: Any) -> None:
        raise RuntimeError("disk full while writing versions")

    monkeypatch.setattr(ingest_module.vq, "insert_versions", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        ingest(service_store, "DEMO", sent)
    assert service_store.export_document("DEMO")["activities"] == []  # the fault fired...
    with service_store.read() as db:
        assert version_queries.highest_server_seq(db, "DEMO") == 0  # ...and rolled back all
    monkeypatch.undo()
    outcome = ingest(service_store, "DEMO", sent)  # the same batch again: applied now
    assert outcome.ack is not None and outcome.ack.results[0].version == 1
    assert [a["id"] for a in service_store.export_document("DEMO")["activities"]] == [
        activity["id"]]


def test_every_applied_change_is_a_version_with_its_device(service_store: ServiceStore) -> None:
    service_store.add_mission("DEMO", "Demo")
    activity = new_activity("One")
    other = str(uuid.uuid4())
    ingest(service_store, "DEMO", batch(change(1, activity)))
    ingest(service_store, "DEMO", batch(change(1, {**activity, "title": "Two"}), device=other))
    ingest(service_store, "DEMO", batch(change(2, activity, op="delete")))
    with service_store.read() as db:
        rows = version_queries.history(db, "DEMO", "activity", activity["id"])
    assert [(r.version, r.server_seq, r.device_id, r.op) for r in rows] == [
        (1, 1, DEVICE, "upsert"), (2, 2, other, "upsert"), (3, 3, DEVICE, "delete")]
    assert rows[1].payload["title"] == "Two" and rows[2].state is None


def test_replayed_change_of_a_device_makes_no_version(service_store: ServiceStore) -> None:
    service_store.add_mission("DEMO", "Demo")
    activity = new_activity()
    ingest(service_store, "DEMO", batch(change(5, activity)))
    outcome = ingest(service_store, "DEMO", batch(change(4, {**activity, "title": "older"})))
    assert outcome.ack is not None and not outcome.ack.results[0].applied
    assert outcome.ack.results[0].version is None
    with service_store.read() as db:
        assert len(version_queries.history(db, "DEMO", "activity", activity["id"])) == 1
