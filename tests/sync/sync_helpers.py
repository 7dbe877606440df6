"""Helpers for sync tests: a real Secretariat service on 127.0.0.1, stores wired to it.

The service runs in uvicorn in a daemon thread (ready in tens of milliseconds) on a port
the OS picks, so tests never collide; subprocess tests start their own clients. Retries
in tests use tiny backoffs so fault tests stay fast; the policy is the same code.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
import uvicorn
from sqlalchemy import text

from focalpoint.exchange import export_document
from focalpoint.secretariat.app import create_app
from focalpoint.secretariat.store import ServiceStore
from focalpoint.secretariat.store.engine import DATABASE_URL_ENV
from focalpoint.storage import Store
from focalpoint.sync.config import SyncConfig, save_sync_config
from focalpoint.sync.engine import SyncEngine, SyncResult
from focalpoint.sync.http import RetryPolicy, make_session
from focalpoint.sync.protocol import API_PREFIX, Limits

FAST = RetryPolicy(attempts=6, backoff_factor=0.01, backoff_max=0.05, backoff_jitter=0.01,
                   connect_timeout=2.0, read_timeout=10.0)


@dataclass
class Service:
    store: ServiceStore
    url: str
    port: int
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def wait_for(condition: Callable[[], bool], timeout: float = 10.0, what: str = "") -> None:
    """Poll ``condition`` until true or fail after ``timeout`` (never a bare sleep)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        time.sleep(0.005)


def start_service(store: ServiceStore, limits: Limits | None = None,
                  legacy: bool = False, wrap: Callable[[Any], Any] | None = None) -> Service:
    """``legacy``: a service from before protocol 3 (``POST /sync`` answers 404).
    ``wrap``: an ASGI application around the service's (e.g. an earlier build's rules)."""
    app = create_app(store, limits=limits)
    if legacy:
        app.router.routes = [route for route in app.router.routes
                             if getattr(route, "path", "") != f"{API_PREFIX}/sync"]
    config = uvicorn.Config(wrap(app) if wrap else app, host="127.0.0.1", port=0,
                            log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_for(lambda: server.started or not thread.is_alive(), what="uvicorn to start")
    assert server.started, "the service did not start"
    port = server.servers[0].sockets[0].getsockname()[1]
    return Service(store, f"http://127.0.0.1:{port}", port, server, thread)


def query(service_store: ServiceStore, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    """Rows of one SQL query on the service store (either engine; ``:name`` parameters)."""
    with service_store.read() as connection:
        return [tuple(row) for row in connection.execute(text(sql), params)]


def store_args(service_store: ServiceStore, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The focalpoint-secretariat options that reach this store: ``--db PATH`` for SQLite;
    for PostgreSQL the URL (with its password) in the environment, as an operator would."""
    if service_store.url is None:
        return ["--db", str(service_store.path)]
    monkeypatch.setenv(DATABASE_URL_ENV, service_store.url.render_as_string(hide_password=False))
    return []


def configure(store: Store, url: str, code: str = "DEMO") -> SyncConfig:
    # Tests switch between the service and a proxy in front of it on purpose.
    return save_sync_config(store, SyncConfig(server_url=url, mission_code=code), force=True)


def run_sync(store: Store, url: str, token: str, code: str = "DEMO",
             batch_bytes: int = 256 * 1024) -> SyncResult:
    config = configure(store, url, code)
    engine = SyncEngine(store, config, token, session_factory=lambda: make_session(FAST),
                        policy=FAST, batch_bytes=batch_bytes)
    return engine.run()


def comparable(document: dict[str, Any]) -> dict[str, Any]:
    """The parts of an export that must match exactly (not the export time)."""
    return {"mission": document["mission"], "activities": document["activities"]}


def client_view(store: Store) -> dict[str, Any]:
    data = comparable(export_document(store))
    data["responses"] = [r.model_dump(mode="json") for r in store.responses.list()]
    return data


def server_view(service_store: ServiceStore, code: str = "DEMO") -> dict[str, Any]:
    document = service_store.export_document(code)
    data = comparable(document)
    data["responses"] = document["responses"]
    return data


def assert_exactly_once(store: Store, service_store: ServiceStore) -> None:
    """The client's synced changes and the service's received changes are the same set."""
    assert store.outbox.pending_count() == 0
    client_ids = {row[0] for row in store.db.execute(
        "SELECT change_id FROM outbox WHERE state = 'synced'")}
    server_ids = [row[0] for row in query(service_store, "SELECT change_id FROM received_changes")]
    batches = query(service_store, "SELECT count(*), count(DISTINCT batch_id) FROM batches")[0]
    assert len(server_ids) == len(set(server_ids)), "a change was recorded twice"
    assert set(server_ids) == client_ids, "a change was lost or invented"
    assert batches[0] == batches[1]
    acknowledged = store.db.execute(
        "SELECT count(*) FROM sync_batches WHERE state = 'acknowledged'").fetchone()[0]
    assert acknowledged == batches[0], "every batch the service kept was acknowledged once"
    assert server_view(service_store) == client_view(store)


def sync_until_ok(store: Store, url: str, token: str, passes: int = 30,
                  batch_bytes: int = 8 * 1024, code: str = "DEMO") -> list[SyncResult]:
    results: list[SyncResult] = []
    for _ in range(passes):
        result = run_sync(store, url, token, code=code, batch_bytes=batch_bytes)
        results.append(result)
        if result.ok:
            return results
        assert result.kind in ("offline", "server"), result
    raise AssertionError(f"no successful sync in {passes} passes: {results[-1]}")
