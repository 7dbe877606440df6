"""GUI figures at 50,000 activities, against a 1,000-activity baseline in the same run.

Measures, offscreen, with the real main window: time to open the window until the list is
filled, first-result latency of searches typed in the search box, the longest freeze of
the event loop while a search runs (a 5 ms heartbeat timer), scrolling through the whole
table, and sorting by title. Not a test: it prints figures. Run::

    .venv/bin/python bench/bench_gui.py [--size 50000] [--baseline 1000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import keyring
from bench_store import generated
from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, Qt, QTimer

from focalpoint.storage import Store
from focalpoint.sync.credentials import MemoryKeyring
from focalpoint.ui.app import create_application
from focalpoint.ui.main_window import MainWindow

QUERIES = ["police", "тренинг", "round table", "trafficking victims", "zzzz"]


class Heartbeat:
    """Ticks every 5 ms on the GUI thread; the longest gap is the longest freeze."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.clock = QElapsedTimer()
        self.longest = 0
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.longest = 0
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())

    def stop(self) -> int:
        self.timer.stop()
        return max(self.longest, self.clock.elapsed())


def wait_for(window: MainWindow, action: Callable[[], object], timeout_ms: int = 60_000) -> float:
    """Run ``action`` and return seconds until the activity model has its new rows."""
    loop = QEventLoop()
    model = window.activities.model
    model.refreshed.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    start = time.perf_counter()
    action()
    if model.is_loading():
        loop.exec()
    elapsed = time.perf_counter() - start
    model.refreshed.disconnect(loop.quit)
    return elapsed


def measure(size: int, folder: Path) -> dict[str, float]:
    app = create_application([sys.argv[0]])
    path = folder / f"gui-{size}.db"
    with Store.open(path) as store:
        store.mission.save({"code": "BENCH", "name": "Benchmark mission"})
        store.activities.save_many(generated(size))
    figures: dict[str, float] = {}
    store = Store.open(path)
    settings = QSettings(str(folder / f"settings-{size}.ini"), QSettings.Format.IniFormat)

    holder: list[MainWindow] = []

    def open_window() -> None:
        window = MainWindow(store, settings)
        window.resize(1400, 900)
        window.show()
        holder.append(window)

    start = time.perf_counter()
    open_window()
    window = holder[0]
    loop = QEventLoop()
    window.activities.model.refreshed.connect(loop.quit)
    if window.activities.model.is_loading():
        loop.exec()
    window.activities.model.refreshed.disconnect(loop.quit)
    app.processEvents()
    window.grab()  # a first full paint with rows
    figures["open window until rows shown ms"] = 1000 * (time.perf_counter() - start)
    view = window.activities
    assert view.model.rowCount() == size, (view.model.rowCount(), size)

    heartbeat = Heartbeat()
    latencies, freezes = [], []
    for query in QUERIES:
        heartbeat.start()
        latencies.append(wait_for(window, lambda q=query: (view.search.setText(q),
                                                           view.apply_filter())))
        app.processEvents()
        view.table.viewport().grab()  # paint the first result page
        freezes.append(heartbeat.stop())
    figures["search first result ms (median)"] = 1000 * statistics.median(latencies)
    figures["search first result ms (worst)"] = 1000 * max(latencies)
    figures["longest GUI freeze during search ms"] = float(max(freezes))
    wait_for(window, view.clear_filters)

    bar = view.table.verticalScrollBar()
    steps = 100
    start = time.perf_counter()
    for step in range(steps + 1):
        bar.setValue(bar.maximum() * step // steps)
        view.table.viewport().grab()
    figures["scroll top to bottom, 100 repaints ms"] = 1000 * (time.perf_counter() - start)

    start = time.perf_counter()
    window.actionplan.refresh()
    window.actionplan.select_task("III.12.1")
    figures["Action Plan counts + one task's list ms"] = 1000 * (time.perf_counter() - start)

    editor = view.open_editor(view.model.activity_id(0))
    assert editor is not None
    editor.title.setText(editor.title.text() + " (edited)")
    figures["save from the editor until the list is updated ms"] = 1000 * wait_for(
        window, editor.save)

    heartbeat.start()
    figures["sort by title ms"] = 1000 * wait_for(
        window, lambda: view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder))
    figures["longest GUI freeze during sort ms"] = float(heartbeat.stop())
    window.close()
    store.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--baseline", type=int, default=1_000)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())  # store keys and tokens: never the real keyring
    with tempfile.TemporaryDirectory(prefix="focalpoint-bench-gui-") as temp:
        os.environ["FOCALPOINT_DATA_DIR"] = str(Path(temp) / "data")
        base = measure(args.baseline, Path(temp))
        big = measure(args.size, Path(temp))
    width = max(len(name) for name in base)
    print(f"{'':{width}}  {args.baseline:>10,}  {args.size:>10,}  {'ratio':>7}")
    for name, value in base.items():
        ratio = big[name] / value if value else float("nan")
        print(f"{name:{width}}  {value:10.1f}  {big[name]:10.1f}  {ratio:7.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
