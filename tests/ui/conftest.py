"""UI fixtures: a main window around a temporary store, with settings in a temp file.

The shared ``tests/conftest.py`` already forces the offscreen platform, isolates the data
directory and installs an in-memory keyring; here we only build windows and wait for the
first background query, so each test starts from a settled window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from focalpoint.storage import Store
from focalpoint.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings: QSettings) -> Iterator[WindowFactory]:
    """Build (and at the end close) main windows; each waits for its first list query."""
    windows: list[MainWindow] = []

    def make(store: Store, **kwargs: object) -> MainWindow:
        window = MainWindow(store, kwargs.pop("settings", settings), **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not window.activities.model.is_loading())
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.ask_close_unsaved = lambda _parent, _problem: True
        window.close()


@pytest.fixture
def window(make_window: WindowFactory, demo_store: Store) -> MainWindow:
    return make_window(demo_store)
