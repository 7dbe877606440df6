"""Helpers for multi-device tests: several desktop stores of one mission, one service.

Each device is a real encrypted store file; syncs are real protocol 3 exchanges with the
service on 127.0.0.1. ``settle`` is the fault-free round that must make everything agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sync_helpers import FAST, client_view, configure, query, server_view

from focalpoint.domain import QuestionnaireResponse
from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store
from focalpoint.sync.config import load_sync_config
from focalpoint.sync.engine import SyncEngine, SyncResult
from focalpoint.sync.http import make_session


def open_device(tmp_path: Path, name: str) -> Store:
    return Store.open(tmp_path / f"{name}.db")


def configure_for(store: Store, url: str, code: str) -> Store:
    configure(store, url, code)
    return store


def sync_engine(store: Store, url: str, token: str, batch_bytes: int = 256 * 1024
                ) -> SyncEngine:
    """An engine for the store's configured mission (DEMO unless configured otherwise)."""
    code = load_sync_config(store).mission_code or "DEMO"
    return SyncEngine(store, configure(store, url, code), token,
                      session_factory=lambda: make_session(FAST), policy=FAST,
                      batch_bytes=batch_bytes)


def sync(store: Store, url: str, token: str, batch_bytes: int = 256 * 1024) -> SyncResult:
    result = sync_engine(store, url, token, batch_bytes).run()
    assert result.ok, result
    return result


def settle(devices: list[Store], url: str, token: str) -> None:
    """Two fault-free rounds: the first takes every device's changes to the service, the
    second brings every merge (and every resolution) to every device."""
    for _ in range(2):
        for device in devices:
            sync(device, url, token)


def data(store: Store) -> dict[str, Any]:
    """The mission's data as a device holds it (mission profile, activities, responses)."""
    return client_view(store)


def conflicts_here(store: Store) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """The open conflicts a device lists: (id, entity, kind, fields)."""
    return sorted((c.id, c.entity_id, c.kind, tuple(f.field for f in c.fields))
                  for c in store.conflicts.list_open())


def conflicts_at_service(service_store: ServiceStore, code: str = "DEMO") -> list[str]:
    return sorted(row[0] for row in query(
        service_store, "SELECT id FROM conflicts WHERE mission_code = :code AND "
        "status = 'open'", code=code))


def service_data(service_store: ServiceStore, code: str = "DEMO") -> dict[str, Any]:
    """The service's copy, responses read through the domain model: a merged response is
    stored without its empty (None) fields, which the model gives back as None."""
    view = server_view(service_store, code)
    view["responses"] = [QuestionnaireResponse.model_validate(r).model_dump(mode="json")
                         for r in view["responses"]]
    return view


def assert_converged(devices: list[Store], service_store: ServiceStore,
                     code: str = "DEMO") -> None:
    """Every device holds the service's data and lists the service's open conflicts."""
    expected = service_data(service_store, code)
    for device in devices:
        assert data(device) == expected, f"{device.path} differs from the service"
        assert device.outbox.pending_count() == 0
    open_ids = conflicts_at_service(service_store, code)
    for device in devices:
        assert [c[0] for c in conflicts_here(device)] == open_ids, device.path


def edit(store: Store, activity_id: str, **changes: Any) -> None:
    current = store.activities.get(activity_id).model_dump(mode="json")
    store.activities.save({**current, **changes})
