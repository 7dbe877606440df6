"""What another computer of the mission sent appears in the open window after Sync now:
its new activity in the list, its edit in the row, and the sync says how much came."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "sync"))

pytest.importorskip("uvicorn")

from device_helpers import open_device, sync  # noqa: E402
from sync_helpers import Service, configure, start_service  # noqa: E402

from focalpoint.demo import load_demo  # noqa: E402
from focalpoint.secretariat.store import ServiceStore  # noqa: E402
from focalpoint.storage import Store  # noqa: E402
from focalpoint.sync.credentials import set_token  # noqa: E402
from focalpoint.sync.restore import restore_store  # noqa: E402


@pytest.fixture
def service(tmp_path: Path) -> Iterator[tuple[Service, str]]:
    store = ServiceStore.open(tmp_path / "secretariat.db")
    token = store.add_mission("DEMO", "OSCE Demo Field Operation").token
    running = start_service(store)
    yield running, token
    running.stop()
    store.close()


def test_sync_now_shows_what_the_other_computer_sent(qtbot, make_window, tmp_path: Path,
                                                     service: tuple[Service, str]) -> None:
    running, token = service
    here = open_device(tmp_path, "here")
    load_demo(here)
    sync(here, running.url, token)
    config = configure(here, running.url)
    restore_store(tmp_path / "there.db", config, token)
    there = Store.open(tmp_path / "there.db")
    added = there.activities.save({"title": "Round table on labour exploitation in Prizren",
                                   "activity_type": "round_table", "task_codes": ["III.10.2"]})
    first = there.activities.list()[0]
    there.activities.save({**first.model_dump(mode="json"), "title": "Renamed over there"})
    sync(there, running.url, token)

    set_token(running.url, "DEMO", token)
    window = make_window(here)
    qtbot.waitUntil(lambda: not window.activities.model.is_loading())
    assert added.id not in window.activities.model.ids()
    window.show_view(3)
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as finished:
        qtbot.mouseClick(window.sync_view.sync_button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    assert result.ok, result.message
    assert result.received == 2
    qtbot.waitUntil(lambda: added.id in window.activities.model.ids(), timeout=10_000)
    model = window.activities.model
    qtbot.waitUntil(lambda: any(
        model.index(row, 0).data() == "Renamed over there"
        or any(model.index(row, c).data() == "Renamed over there"
               for c in range(model.columnCount()))
        for row in range(model.rowCount())), timeout=10_000)
    log = [window.sync_view.log.item(i).text() for i in range(window.sync_view.log.count())]
    assert any("2 received from the mission's other computers" in line for line in log), log
    there.close()
