"""GUI figures at 50,000 activities, against a 1,000-activity baseline in the same run.

Measures, offscreen, with the real main window: time to open the window until the list is
filled, first-result latency of searches typed in the search box, the longest freeze of
the event loop (a 5 ms heartbeat timer) while a search runs, while pages scrolled into
view are read, during a save from the editor and the re-reads after it, and while the list
is sorted by title. Not a test: it prints figures. ``bench/run`` calls :func:`measure` on
the store it built once. Run::

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
from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from focalpoint.storage import Store
from focalpoint.sync.credentials import MemoryKeyring
from focalpoint.ui.app import create_application
from focalpoint.ui.main_window import MainWindow

QUERIES = ["police", "тренинг", "round table", "trafficking victims", "zzzz"]


class Heartbeat:
    """Ticks every 5 ms on the GUI thread; the longest gap is the longest freeze.

    ``busy`` is the GUI thread's own CPU time within that gap: a gap much longer than its
    busy time was spent waiting (for the GIL held by a worker, or for a core on a loaded
    machine), not computing on the GUI thread.
    """

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.clock = QElapsedTimer()
        self.longest = 0
        self.busy = 0.0
        self._cpu = 0.0
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.longest, self.busy = 0, 0.0
        self._cpu = time.thread_time()
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        gap, cpu = self.clock.restart(), time.thread_time()
        if gap > self.longest:
            self.longest, self.busy = gap, 1000 * (cpu - self._cpu)
        self._cpu = cpu

    def stop(self) -> int:
        self.timer.stop()
        self._tick()
        return self.longest


class Paints(QObject):
    """Counts the paint events of a widget, to wait for a real repaint by the event loop."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def repainted(paints: Paints, widget: QWidget) -> None:
    """Ask for a repaint and let the event loop do it (no synchronous grab)."""
    seen = paints.count
    widget.update()
    spin_until(lambda: paints.count > seen)


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


def build(size: int, folder: Path) -> Path:
    """A store of ``size`` generated activities (encrypted, as users have), built once."""
    path = folder / f"gui-{size}.db"
    with Store.open(path) as store:
        store.mission.save({"code": "BENCH", "name": "Benchmark mission"})
        store.activities.save_many(generated(size))
    return path


def spin_until(done: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    """Run the event loop (as the application does) until ``done()``."""
    app = QApplication.instance()
    assert app is not None
    clock = QElapsedTimer()
    clock.start()
    while not done() and clock.elapsed() < timeout_ms:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)


def measure(path: Path, folder: Path) -> dict[str, float]:
    """Every GUI figure on the store at ``path`` (see :func:`build`; one edit is saved)."""
    app = create_application([sys.argv[0]])
    figures: dict[str, float] = {}
    store = Store.open(path, create=False, defer_check=True)  # as the application opens it
    size = store.activities.total()
    settings = QSettings(str(folder / f"settings-{path.stem}.ini"), QSettings.Format.IniFormat)

    start = time.perf_counter()
    window = MainWindow(store, settings)
    window.resize(1400, 900)
    window.show()
    loop = QEventLoop()
    window.activities.model.refreshed.connect(loop.quit)
    if window.activities.model.is_loading():
        loop.exec()
    window.activities.model.refreshed.disconnect(loop.quit)
    app.processEvents()
    window.grab()  # a first full paint with rows
    figures["open window until rows shown ms"] = 1000 * (time.perf_counter() - start)
    view = window.activities
    model = view.model
    assert model.rowCount() == size, (model.rowCount(), size)
    spin_until(lambda: not window.tasks.active())  # counts and completion lists read

    heartbeat = Heartbeat()
    paints = Paints(view.table.viewport())
    latencies, freezes = [], []
    for query in QUERIES:
        heartbeat.start()
        latencies.append(wait_for(window, lambda q=query: (view.search.setText(q),
                                                           view.apply_filter())))
        repainted(paints, view.table.viewport())  # the first result page painted
        freezes.append((heartbeat.stop(), heartbeat.busy))
    figures["search first result ms (median)"] = 1000 * statistics.median(latencies)
    figures["search first result ms (worst)"] = 1000 * max(latencies)
    worst = max(freezes)
    figures["longest GUI freeze during search ms"] = float(worst[0])
    figures["  of which GUI thread busy ms (search)"] = worst[1]
    wait_for(window, view.clear_filters)
    spin_until(lambda: not model.is_fetching())

    # Jumps to rows not read yet: the page is read in a worker while the loop keeps turning.
    bar = view.table.verticalScrollBar()
    jumps, fills = 10, []
    heartbeat.start()
    for step in range(1, jumps + 1):
        start = time.perf_counter()
        bar.setValue(bar.maximum() * step // jumps)
        repainted(paints, view.table.viewport())  # blank cells, the page asked for
        spin_until(lambda: not model.is_fetching())
        repainted(paints, view.table.viewport())  # the rows read
        fills.append(time.perf_counter() - start)
    figures["longest GUI freeze during page fetch ms"] = float(heartbeat.stop())
    figures["  of which GUI thread busy ms (page fetch)"] = heartbeat.busy
    figures["page scrolled into view filled ms (median)"] = 1000 * statistics.median(fills)
    bar.setValue(0)
    spin_until(lambda: not model.is_fetching())

    loop = QEventLoop()
    window.actionplan.refreshed.connect(loop.quit)
    start = time.perf_counter()
    window.actionplan.refresh()
    if window.actionplan.is_loading():
        loop.exec()
    window.actionplan.select_task("III.12.1")
    figures["Action Plan counts + one task's list ms"] = 1000 * (time.perf_counter() - start)

    edited = model.activity_id(0) or ""
    editor = view.open_editor(edited)
    assert editor is not None
    spin_until(lambda: not window.tasks.active())
    title = editor.title.text() + " (edited)"
    editor.title.setText(title)
    heartbeat.start()
    figures["save from the editor until the list is updated ms"] = 1000 * wait_for(
        window, editor.save)
    assert model.index(model.row_of(edited), 0).data() == title
    spin_until(lambda: not window.tasks.active())  # counts, completion lists re-read
    figures["longest GUI freeze during a save and the re-reads after it ms"] = float(
        heartbeat.stop())
    figures["  of which GUI thread busy ms (save)"] = heartbeat.busy

    heartbeat.start()
    figures["sort by title ms"] = 1000 * wait_for(
        window, lambda: view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder))
    repainted(paints, view.table.viewport())
    figures["longest GUI freeze during sort ms"] = float(heartbeat.stop())
    figures["  of which GUI thread busy ms (sort)"] = heartbeat.busy
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
        base = measure(build(args.baseline, Path(temp)), Path(temp))
        big = measure(build(args.size, Path(temp)), Path(temp))
    width = max(len(name) for name in base)
    print(f"{'':{width}}  {args.baseline:>10,}  {args.size:>10,}  {'ratio':>7}")
    for name, value in base.items():
        ratio = big[name] / value if value else float("nan")
        print(f"{name:{width}}  {value:10.1f}  {big[name]:10.1f}  {ratio:7.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
