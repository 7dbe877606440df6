"""Sync without a server says what to do; Settings tests the connection in plain words."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from focalpoint.storage import Store
from focalpoint.ui.main_window import MainWindow

uvicorn = pytest.importorskip("uvicorn")

from focalpoint.secretariat.app import create_app  # noqa: E402
from focalpoint.secretariat.store import ServiceStore  # noqa: E402


@pytest.fixture
def service(tmp_path: Path, qtbot) -> Iterator[tuple[str, ServiceStore]]:
    store = ServiceStore.open(tmp_path / "secretariat.db")
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


def test_greyed_out_sync_says_what_to_do_and_whom_to_ask(window: MainWindow):
    window.show_view(3)
    view = window.sync_view
    assert not view.sync_button.isEnabled()
    assert view.hint.isVisible()
    for text in (view.hint.text(), view.sync_button.toolTip(), window.sync_action.toolTip(),
                 window.sync_action.statusTip()):
        assert "Secretariat" in text and "Settings" in text, text
        assert "Vienna" in text  # whom to ask
    assert not window.sync_action.isEnabled()
    assert window.sync_menu.toolTipsVisible()


def test_settings_use_plain_words_for_the_certificate_file(window: MainWindow):
    dialog = window.open_settings()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "CA bundle" not in texts
    assert "Certificate authority file" in texts and "IT department" in texts
    dialog.reject()


def _test(qtbot, dialog) -> str:
    with qtbot.waitSignal(dialog.test_button.clicked):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=120_000)
    return dialog.test_result.text()


def test_test_connection_reports_in_plain_words(qtbot, window: MainWindow, demo_store: Store,
                                               service):
    url, service_store = service
    token = service_store.add_mission("DEMO", "OSCE Demo Field Operation").token
    dialog = window.open_settings()
    assert "mission code" in _test(qtbot, dialog)  # nothing entered yet: says what is missing
    qtbot.keyClicks(dialog.server_url, url)
    assert "access token" in _test(qtbot, dialog)
    qtbot.keyClicks(dialog.token, token)
    assert _test(qtbot, dialog).startswith("Connected.")
    pending = demo_store.outbox.pending_count()
    assert pending > 0 and service_store.export_document("DEMO")["activities"] == []

    dialog.token.clear()
    qtbot.keyClicks(dialog.token, "fp_" + "x" * 40)
    assert "refused the access token" in _test(qtbot, dialog)
    dialog.reject()
    assert demo_store.outbox.pending_count() == pending, "a test sends nothing"


def test_test_connection_to_a_server_that_is_not_there(qtbot, window: MainWindow):
    with socket.socket() as probe:  # a free port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dialog = window.open_settings()
    qtbot.keyClicks(dialog.server_url, f"http://127.0.0.1:{port}")
    qtbot.keyClicks(dialog.token, "fp_" + "y" * 40)
    assert "could not be reached" in _test(qtbot, dialog)
    dialog.reject()
