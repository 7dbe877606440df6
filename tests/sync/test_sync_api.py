"""The engine API the desktop app codes against (names and fields are a contract)."""

from __future__ import annotations

import dataclasses
import inspect

from focalpoint.storage import Store
from focalpoint.sync import engine
from focalpoint.sync.engine import KINDS, SyncEngine, SyncResult, SyncStatus


def test_result_and_status_fields() -> None:
    assert [f.name for f in dataclasses.fields(SyncResult)] == [
        "ok", "sent", "acknowledged", "rejected", "pending", "message", "kind", "received"]
    assert {"pending", "rejected", "last_success", "last_error"} <= {
        f.name for f in dataclasses.fields(SyncStatus)}
    assert set(KINDS) == {"ok", "offline", "auth", "conflict", "rejected", "halt", "upgrade",
                          "server", "cancelled"}


def test_engine_signatures() -> None:
    init = inspect.signature(SyncEngine.__init__).parameters
    assert list(init)[:4] == ["self", "store", "config", "token"]
    assert init["session_factory"].kind is inspect.Parameter.KEYWORD_ONLY
    run = inspect.signature(SyncEngine.run).parameters
    assert list(run) == ["self", "progress", "cancelled"]
    assert inspect.signature(engine.sync_log).parameters["limit"].default == 200
    for name in ("sync_status", "feedback", "rejected_changes", "retry_rejected"):
        assert callable(getattr(engine, name))


def test_status_of_a_fresh_store_needs_no_network(demo_store: Store) -> None:
    status = engine.sync_status(demo_store)
    assert status.pending == demo_store.outbox.pending_count() > 0
    assert (status.rejected, status.last_success, status.last_error) == (0, None, None)
    assert engine.sync_log(demo_store) == [] and engine.feedback(demo_store) == []
    assert "secret-value" not in repr(SyncEngine(demo_store, engine.SyncConfig(), "secret-value"))
