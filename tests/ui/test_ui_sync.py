"""Sync wiring: "Sync now" runs the engine in a worker, shows progress, updates the status.

The engine here is a stand-in with the sync package's interface, so the test checks the
interface's behaviour only (the engine has its own tests against a real local server).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from types import SimpleNamespace
from typing import ClassVar

import pytest

from focalpoint.storage import Store
from focalpoint.sync.config import SyncConfig, save_sync_config
from focalpoint.sync.credentials import set_token
from focalpoint.ui import sync_controller
from focalpoint.ui.main_window import MainWindow
from focalpoint.ui.sync_controller import local_time

URL = "https://secretariat.example.org"


@dataclass(frozen=True)
class Result:
    ok: bool
    sent: int
    acknowledged: int
    rejected: int
    pending: int
    message: str
    kind: str


@dataclass(frozen=True)
class Status:
    pending: int
    rejected: int
    last_success: str | None
    last_error: str | None


class FakeEngine:
    runs: ClassVar[list[str]] = []
    gate: ClassVar[threading.Event] = threading.Event()
    kind: ClassVar[str] = "ok"
    status: ClassVar[dict[str, str | None]] = {}

    def __init__(self, store: Store, config: SyncConfig, token: str) -> None:
        self.store, self.config, self.token = store, config, token

    def run(self, progress, cancelled) -> Result:
        FakeEngine.runs.append(threading.current_thread().name)
        progress(1, 2, "Sending batch 1 of 2")
        FakeEngine.gate.wait(5)
        if cancelled():
            return Result(False, 0, 0, 0, 3, "cancelled", "cancelled")
        ok = FakeEngine.kind == "ok"
        return Result(ok, 3, 3 if ok else 0, 0, 0 if ok else 3, "done", FakeEngine.kind)


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> type[FakeEngine]:
    FakeEngine.runs = []
    FakeEngine.gate = threading.Event()
    FakeEngine.kind = "ok"
    status: dict[str, str | None] = {"last_success": None}
    module = SimpleNamespace(
        SyncEngine=FakeEngine,
        sync_status=lambda store: Status(store.outbox.pending_count(), 0,
                                         status["last_success"], None),
        sync_log=lambda store, limit: [],
        feedback=lambda store: [],
        rejected_changes=lambda store: [],
        retry_rejected=lambda store: 0,
    )
    monkeypatch.setattr(sync_controller, "sync_engine_module", lambda: module)
    monkeypatch.setattr("focalpoint.ui.views.sync_view.sync_engine_module", lambda: module)
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
