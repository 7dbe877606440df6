"""Sync wiring: "Sync now" runs the engine in a worker, shows progress, updates the status.

The engine here is a stand-in patched over the sync package's ``SyncEngine`` and
``sync_status``, so the test checks the interface's behaviour only (the engine has its own
tests against a real local server).
"""

from __future__ import annotations

import threading
from typing import ClassVar

import pytest

from focalpoint.storage import Store
from focalpoint.storage.sync_state import SyncState
from focalpoint.sync import engine
from focalpoint.sync.config import SyncConfig, save_sync_config
from focalpoint.sync.credentials import set_token
from focalpoint.sync.engine import SyncResult, SyncStatus
from focalpoint.ui.main_window import MainWindow
from focalpoint.ui.sync_controller import local_time

URL = "https://secretariat.example.org"


class FakeEngine:
    runs: ClassVar[list[str]] = []
    gate: ClassVar[threading.Event] = threading.Event()
    kind: ClassVar[str] = "ok"
    status: ClassVar[dict[str, str | None]] = {}

    def __init__(self, store: Store, config: SyncConfig, token: str) -> None:
        self.store, self.config, self.token = store, config, token

    def run(self, progress, cancelled) -> SyncResult:
        FakeEngine.runs.append(threading.current_thread().name)
        progress(1, 2, "Sending batch 1 of 2")
        FakeEngine.gate.wait(5)
        if cancelled():
            return SyncResult(False, 0, 0, 0, 3, "cancelled", "cancelled")
        ok = FakeEngine.kind == "ok"
        return SyncResult(ok, 3, 3 if ok else 0, 0, 0 if ok else 3, "done", FakeEngine.kind)


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> type[FakeEngine]:
    FakeEngine.runs = []
    FakeEngine.gate = threading.Event()
    FakeEngine.kind = "ok"
    status: dict[str, str | None] = {"last_success": None}
    monkeypatch.setattr(engine, "SyncEngine", FakeEngine)
    monkeypatch.setattr(engine, "sync_status", lambda store: SyncStatus(
        store.outbox.pending_count(), 0, status["last_success"], None))
    FakeEngine.status = status
    return FakeEngine


def _configure(store: Store) -> None:
    save_sync_config(store, SyncConfig(URL, "DEMO"))
    set_token(URL, "DEMO", "secret")


def test_sync_now_runs_in_a_worker_with_progress(qtbot, make_window, demo_store: Store,
                                                 fake_engine):
    _configure(demo_store)
    window: MainWindow = make_window(demo_store)
    assert window.sync_action.isEnabled()
    assert window.sync_view.sync_button.isEnabled()
    job = window.sync.sync_now()
    assert job is not None
    assert window.sync.sync_now() is None  # never two runs at once
    qtbot.waitUntil(lambda: window.progress.label.text() == "Sending batch 1 of 2")
    assert window.progress.isVisible()
    assert window.connection_label.text() == "Connection: Syncing…"
    fake_engine.status["last_success"] = "2026-11-30T10:15:00+00:00"
    with qtbot.waitSignal(window.sync.finished):
        fake_engine.gate.set()
    assert fake_engine.runs and fake_engine.runs[0] != threading.main_thread().name
    assert not window.progress.isVisible()
    assert window.connection_label.text() == "Connection: Online"
    assert window.last_sync_label.text() == "Last sync: " + local_time(
        "2026-11-30T10:15:00+00:00")
    assert window.sync.timer.isActive()  # the next periodic pass is scheduled


def test_offline_result_backs_off_and_cancel_works(qtbot, make_window, demo_store: Store,
                                                   fake_engine):
    _configure(demo_store)
    window: MainWindow = make_window(demo_store)
    fake_engine.kind = "offline"
    window.sync.sync_now()
    with qtbot.waitSignal(window.sync.finished):
        fake_engine.gate.set()
    assert window.connection_label.text() == "Connection: Offline"
    assert window.sync.schedule.failures == 1
    assert window.sync.timer.remainingTime() <= 60_000  # back-off, not the 15 min interval

    fake_engine.gate = threading.Event()
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.progress.isVisible())
    window.progress.cancel_button.click()
    with qtbot.waitSignal(window.sync.finished):
        fake_engine.gate.set()
    assert window.connection_label.text() == "Connection: Cancelled"


def test_without_token_sync_is_disabled_and_says_why(make_window, demo_store: Store,
                                                     fake_engine):
    save_sync_config(demo_store, SyncConfig(URL, "DEMO"))
    window: MainWindow = make_window(demo_store)
    assert not window.sync_view.sync_button.isEnabled()
    assert "token" in window.sync_view.sync_button.toolTip()
    assert window.connection_label.text() == "Connection: No access token"


def test_a_run_that_raises_reports_a_server_result(qtbot, make_window, demo_store: Store,
                                                   fake_engine, monkeypatch):
    _configure(demo_store)
    window: MainWindow = make_window(demo_store)

    def broken_run(self, progress, cancelled) -> SyncResult:
        raise RuntimeError("engine bug")

    monkeypatch.setattr(fake_engine, "run", broken_run)
    with qtbot.waitSignal(window.sync.finished) as finished:
        window.sync.sync_now()
    result = finished.args[0]
    assert isinstance(result, SyncResult)
    assert (result.ok, result.kind, result.message) == (False, "server", "engine bug")
    assert result.pending == demo_store.outbox.pending_count()
    assert window.sync.last_result == result
    assert window.connection_label.text() == "Connection: Server error"
    assert window.sync.schedule.failures == 1  # retried later, like any server error


def test_sync_view_shows_open_refusals_feedback_and_log(make_window, demo_store: Store):
    """The real engine's read functions: only refusals no newer edit replaced are listed."""
    state = SyncState(demo_store.db)
    kept, replaced = [c for c in demo_store.outbox.all() if c.entity_type == "activity"][:2]
    with demo_store.db.atomic():
        state.freeze_batch("b1", [kept.seq, replaced.seq], b"body", "hash", 4)
    state.acknowledge("b1", [], {kept.seq: "unknown task IX.9.9", replaced.seq: "too long"},
                      "{}")
    edited = demo_store.activities.get(replaced.entity_id)
    demo_store.activities.save(edited.model_copy(update={"title": edited.title + " (fixed)"}))
    state.store_feedback(URL, [{"id": 1, "created_at": "2026-11-29T08:30:00+00:00",
                                "author": "Vienna desk", "entity_type": "mission",
                                "entity_id": "DEMO", "message": "Thank you"}])
    state.log("warning", "sync stopped (offline): no network")

    window: MainWindow = make_window(demo_store)
    view = window.sync_view
    view.refresh()
    title = demo_store.activities.get(kept.entity_id).title
    assert view.rejected_list.topLevelItemCount() == 1
    row = view.rejected_list.topLevelItem(0)
    assert (row.text(0), row.text(1)) == (f"Activity: {title}", "unknown task IX.9.9")
    assert view.retry_button.isEnabled()
    assert view.rejected.text() == "1"
    item = view.feedback.topLevelItem(0)
    assert [item.text(i) for i in range(4)] == [
        "2026-11-29 08:30", "Vienna desk", "Mission profile", "Thank you"]
    line = view.log.item(0).text()
    assert line.endswith("  WARNING  sync stopped (offline): no network")
    assert line[:19] == state.log_entries(1)[0].at[:19].replace("T", " ")

    assert view.retry_rejected() == 1
    assert view.rejected_list.topLevelItem(0).text(0) == "Nothing was rejected."
    assert not view.retry_button.isEnabled()
