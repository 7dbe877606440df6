"""Garbage cycles are collected on the GUI thread, never in a worker (where freeing Qt
objects crashes the process)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from focalpoint.ui.gc_guard import MainThreadCollector, install

#: Each holds a few objects the collector tracks: together several times its threshold.
CYCLES = 3 * gc.get_threshold()[0]


class _Cycle:
    """An object in a reference cycle that notes the thread that frees it."""

    freed_in: list[str] = []  # noqa: RUF012

    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()

    def __del__(self) -> None:
        _Cycle.freed_in.append(threading.current_thread().name)


def test_cycles_made_in_a_worker_are_freed_on_the_gui_thread(qtbot, qapp: QApplication) -> None:
    assert not gc.isenabled()  # the UI tests' own guard (conftest), as in the application
    collector = install(qapp)
    assert install(qapp) is collector
    _Cycle.freed_in.clear()

    def worker() -> None:
        # Unreachable at once, only a collection frees them; far past the first
        # generation's threshold, so the automatic collector would run in this thread.
        for _ in range(CYCLES):
            _Cycle()

    thread = threading.Thread(target=worker, name="worker")
    thread.start()
    thread.join()
    assert "worker" not in _Cycle.freed_in  # nothing was collected in the worker
    qtbot.waitUntil(lambda: len(_Cycle.freed_in) >= CYCLES, timeout=10_000)
    assert set(_Cycle.freed_in) == {threading.main_thread().name}


def test_without_the_guard_a_worker_collects_them(qtbot) -> None:
    """The fault the guard prevents, shown: with automatic collection on, the worker's
    allocations trigger a collection in the worker itself."""
    _Cycle.freed_in.clear()
    gc.collect()
    _Cycle.freed_in.clear()
    gc.enable()
    try:
        def worker() -> None:
            for _ in range(CYCLES):
                _Cycle()

        thread = threading.Thread(target=worker, name="worker")
        thread.start()
        thread.join()
    finally:
        gc.disable()
    assert "worker" in _Cycle.freed_in


def test_check_collects_by_the_generation_thresholds(qapp: QApplication) -> None:
    collector = MainThreadCollector(interval_ms=60_000)
    try:
        gc.collect()
        assert collector.check() is None  # nothing pending right after a collection
        garbage = [[] for _ in range(2 * collector.thresholds[0])]
        assert collector.check() == 0
        del garbage
    finally:
        collector.stop()
