"""The whole path from the window: settings → Sync now → the real Secretariat service.

The service runs in-process on 127.0.0.1 (uvicorn in a daemon thread); the client is the
real sync engine started by the Sync view's button in a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from focalpoint.storage import Store
from focalpoint.ui.main_window import MainWindow

uvicorn = pytest.importorskip("uvicorn")
pytest.importorskip("fastapi")

from focalpoint.secretariat.app import create_app  # noqa: E402
from focalpoint.secretariat.store import ServiceStore  # noqa: E402


@pytest.fixture
def service(service_store: ServiceStore, qtbot) -> Iterator[tuple[str, ServiceStore]]:
    store = service_store  # SQLite and PostgreSQL
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=0,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: server.started or not thread.is_alive(), timeout=10_000)
    assert server.started
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}", store
    server.should_exit = True
    thread.join(timeout=10)


def test_sync_now_sends_everything_to_the_secretariat(qtbot, make_window, demo_store: Store,
                                                      service):
    url, service_store = service
    token = service_store.add_mission("DEMO", "OSCE Demo Field Operation").token
    window: MainWindow = make_window(demo_store)
    dialog = window.open_settings()
    qtbot.keyClicks(dialog.server_url, url)
    qtbot.keyClicks(dialog.token, token)
    assert dialog.save(), dialog.error.text()
    window.show_view(3)
    assert window.sync_view.sync_button.isEnabled(), window.sync_view.sync_button.toolTip()
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as finished:
        qtbot.mouseClick(window.sync_view.sync_button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    assert result.ok, result.message
    assert demo_store.outbox.pending_count() == 0
    assert window.pending_label.text().startswith("0 change")
    assert window.connection_label.text() == "Connection: Online"
    assert "never" not in window.last_sync_label.text()
    exported = service_store.export_document("DEMO")
    assert len(exported["activities"]) == demo_store.activities.total()
    assert window.sync_view.log.count() > 1  # the engine's log is shown
