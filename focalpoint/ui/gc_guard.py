"""Python's cyclic garbage collection, run on the GUI thread only.

Why: the collector runs in whichever thread happens to allocate when a generation's
threshold is passed. When that is a worker (an import, a sync, the PDF export) and the
cycles it frees hold Qt objects (a closed dialog and its signal connections), those are
destroyed in the worker, and Qt crashes the process: "Fatal Python error: Segmentation
fault ... Garbage-collecting" with a worker's frame on top. So automatic collection is
turned off and this object collects from a timer on the GUI thread, by the same
generation thresholds the automatic collector uses. Reference counting (which frees
almost everything) is unaffected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the generations are looked at; a check is a few microseconds.
INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Turns automatic collection off while it lives; :meth:`check` collects the oldest
    generation whose threshold is passed, as ``gc`` itself would."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = 0
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def stop(self) -> None:
        """Collect everything now (on this, the GUI thread) and give collection back to
        ``gc`` as it was before."""
        self.timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def check(self) -> int | None:
        """Collect if a threshold is passed; the generation collected, or None."""
        counts = gc.get_count()
        generation = None
        for level in range(3):
            if counts[level] > self.thresholds[level]:
                generation = level
        if generation is None:
            return None
        gc.collect(generation)
        self.collections += 1
        return generation


def install(app: QObject) -> MainThreadCollector:
    """The collector for the application's lifetime (created once, on the GUI thread)."""
    found = app.findChild(MainThreadCollector)
    return found if isinstance(found, MainThreadCollector) else MainThreadCollector(app)
