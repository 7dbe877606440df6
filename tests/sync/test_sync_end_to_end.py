"""Demo store -> login -> sync -> the service's export equals the client's data."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import (
    Service,
    client_view,
    comparable,
    query,
    run_sync,
    server_view,
    store_args,
)

from focalpoint.cli import main as focalpoint_main
from focalpoint.secretariat.cli import main as secretariat_main
from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store
from focalpoint.sync.config import load_sync_config


def test_demo_store_syncs_exactly(demo_store: Store, service: Service, demo_token: str,
                                  service_store: ServiceStore) -> None:
    assert demo_store.outbox.pending_count() > 50
    result = run_sync(demo_store, service.url, demo_token, batch_bytes=16 * 1024)
    assert result.ok, result
    assert result.kind == "ok"
    assert result.pending == 0 and result.rejected == 0
    assert result.acknowledged == result.sent
    assert server_view(service_store) == client_view(demo_store)
    assert query(service_store, "SELECT count(*) FROM batches")[0][0] > 1  # really batched

    second = run_sync(demo_store, service.url, demo_token)
    assert second.ok and second.sent == 0 and second.acknowledged == 0


def test_edits_and_deletes_propagate(demo_store: Store, service: Service, demo_token: str,
                                     service_store: ServiceStore) -> None:
    assert run_sync(demo_store, service.url, demo_token).ok
    activities = demo_store.activities.list()
    edited = activities[0].model_copy(update={"title": "Renamed after review"})
    demo_store.activities.save(edited)
    demo_store.activities.delete(activities[1].id)
    demo_store.activities.delete(activities[2].id)
    added = demo_store.activities.save({"title": "New round table", "activity_type":
                                        "round_table", "task_codes": ["III.10.2"]})
    demo_store.activities.delete(added.id)  # created and deleted before any sync
    draft = demo_store.responses.latest()
    assert draft is not None
    demo_store.responses.save_draft(draft.model_copy(update={"priorities": "Labour exploitation"}))
    demo_store.responses.submit(draft.id)

    result = run_sync(demo_store, service.url, demo_token)
    assert result.ok, result
    assert server_view(service_store) == client_view(demo_store)
    exported = {a["id"] for a in server_view(service_store)["activities"]}
    assert activities[1].id not in exported and added.id not in exported
    snapshot = query(service_store, "SELECT snapshot FROM responses WHERE id = :id",
                     id=draft.id)[0][0]
    assert json.loads(snapshot)["response"]["status"] == "submitted"
    assert run_sync(demo_store, service.url, demo_token).sent == 0


def test_cli_login_sync_export(demo_store: Store, store_path: Path, service: Service,
                               demo_token: str, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str], memory_keyring: Any,
                               tmp_path: Path) -> None:
    demo_store.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(demo_token + "\n"))
    assert focalpoint_main(["--db", str(store_path), "login", "--server", service.url,
                            "--mission-code", "demo"]) == 0
    assert demo_token in memory_keyring.secrets.values()
    assert focalpoint_main(["--db", str(store_path), "sync"]) == 0
    assert "acknowledged" in capsys.readouterr().out
    assert secretariat_main(["export", "--mission", "DEMO",
                             *store_args(service.store, monkeypatch), "--json"]) == 0
    server = json.loads(capsys.readouterr().out)
    focalpoint_main(["--db", str(store_path), "export", str(tmp_path / "client.json")])
    client = json.loads((tmp_path / "client.json").read_text(encoding="utf-8"))
    assert comparable(server) == comparable(client)
    assert focalpoint_main(["--db", str(store_path), "sync-status"]) == 0
    assert "Pending changes: 0" in capsys.readouterr().out
    with Store.open(store_path) as reopened:
        assert load_sync_config(reopened).mission_code == "DEMO"
        # The token is in the keyring, never in the store file.
    assert demo_token.encode() not in store_path.read_bytes()
