"""The GUI parts of ``bench/run``, each run in a child process of its own (``child()``).

Why a module of its own: start-up is timed from the spawn of the child to its first
painted window, so a child must import only what that part needs. Run as ``run_all.py
--part``, the bare window's child also imported the whole harness (the Secretariat's
store, SQLAlchemy, reportlab, the sync bench: about 0.9 s and 75 MB on a quiet core),
which inflated the baseline and FocalPoint's start-up alike and flattered the ratio.
Here the bare window imports PySide6 only, and FocalPoint's child what the application
imports. Prints one JSON line of figures.

    python bench/gui_parts.py bare|startup|gui [store path]
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

#: The store keys a GUI child needs (the parent's in-memory keyring), as JSON.
SECRETS_ENV = "FOCALPOINT_BENCH_SECRETS"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def part_bare() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.grab()
    return {"shown_at": time.time(), "rss MB": rss_mb()}


def _keys() -> None:
    """The parent's store keys, into an in-memory keyring (never the real one)."""
    import keyring

    from focalpoint.sync.credentials import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    for service, user, secret in json.loads(os.environ.get(SECRETS_ENV, "[]")):
        keyring.set_password(service, user, secret)


def part_startup(path: str) -> dict[str, float]:
    """As ``focalpoint.ui.app.run`` starts: the store opened with its integrity check left
    to the window, the window shown, its first page of rows painted. RSS is read once the
    window's background work (the check, counts, completion lists) has ended."""
    from PySide6.QtCore import QEventLoop, QSettings

    from focalpoint.storage import Store
    from focalpoint.ui.app import create_application
    from focalpoint.ui.main_window import MainWindow

    _keys()
    app = create_application([sys.argv[0]])
    store = Store.open(Path(path), create=False, defer_check=True)
    settings = QSettings(str(Path(path).with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(store, settings)
    window.resize(1400, 900)
    window.show()
    loop = QEventLoop()
    window.activities.model.refreshed.connect(loop.quit)
    if window.activities.model.is_loading():
        loop.exec()
    app.processEvents()
    window.grab()
    shown = time.time()
    rows = window.activities.model.rowCount()
    while window.tasks.active():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    if store.integrity.error is not None:
        raise SystemExit(f"the store failed its integrity check: {store.integrity.error}")
    figures = {"shown_at": shown, "rss MB": rss_mb(), "rows": rows}
    window.close()
    store.close()
    return figures


def part_gui(path: str) -> dict[str, float]:
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_gui

    _keys()
    with tempfile.TemporaryDirectory(prefix="focalpoint-bench-gui-") as temp:
        return bench_gui.measure(Path(path), Path(temp))


PARTS = {"bare": part_bare, "startup": part_startup, "gui": part_gui}

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(json.dumps(PARTS[sys.argv[1]](*sys.argv[2:])))
