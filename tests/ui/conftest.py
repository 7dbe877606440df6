"""UI fixtures: a main window around a temporary store, with settings in a temp file.

The shared ``tests/conftest.py`` already forces the offscreen platform, isolates the data
directory and installs an in-memory keyring; here we only build windows and wait for the
first background query, so each test starts from a settled window.
"""

from __future__ import annotations

import faulthandler
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from focalpoint.storage import Store
from focalpoint.ui import gc_guard
from focalpoint.ui.app import Translations
from focalpoint.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
#: Schedule an answer to the next modal dialog: ``answer_modal(lambda dialog: ...)``.
ModalAnswerer = Callable[[Callable[[QWidget], object]], list[QWidget]]


#: Just under the configured test timeout (pyproject: 300 s).
HARD_STOP_SECONDS = 290


@pytest.fixture(autouse=True)
def hard_stop_for_a_hung_test() -> Iterator[None]:
    """A GUI test stuck in a dialog's ``exec()`` is not ended by the test timeout: its
    SIGALRM exception is raised inside a Qt slot, which Qt swallows, and the loop goes on
    (once, CI waited for ever on a dialog never answered). After this long the tracebacks
    of every thread are written and the run ends, failed, instead of eating CI's time."""
    faulthandler.dump_traceback_later(HARD_STOP_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture(autouse=True, scope="session")
def _main_thread_collector(qapp: QApplication) -> gc_guard.MainThreadCollector:
    return gc_guard.install(qapp)


@pytest.fixture(autouse=True)
def garbage_collected_on_the_gui_thread(
        _main_thread_collector: gc_guard.MainThreadCollector) -> Iterator[None]:
    """As the application does (``create_application``): no worker collects Qt objects;
    the collector's timer runs while a test waits on Qt, and each test ends with the
    collection the thresholds call for (a full collection per test cost minutes once the
    session's heap had grown)."""
    yield
    _main_thread_collector.check()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings: QSettings) -> Iterator[WindowFactory]:
    """Build (and at the end close) main windows; each waits for its first queries."""
    windows: list[MainWindow] = []

    def make(store: Store, **kwargs: object) -> MainWindow:
        window = MainWindow(store, kwargs.pop("settings", settings), **kwargs)  # type: ignore[arg-type]
        # pytest-qt closes the window before this fixture's teardown: a draft line that
        # cannot be saved must not leave a real question open there (the run would hang).
        window.ask_close_unsaved = lambda _parent, _problem: True
        qtbot.addWidget(window)
        window.show()
        # The list, the Action Plan counts and the completion lists are read in workers.
        qtbot.waitUntil(lambda: not window.tasks.active())
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.ask_close_unsaved = lambda _parent, _problem: True
        window.close()


@pytest.fixture
def window(make_window: WindowFactory, demo_store: Store) -> MainWindow:
    return make_window(demo_store)


@pytest.fixture
def answer_modal(qtbot) -> Iterator[ModalAnswerer]:
    """Answer the next modal dialog the way a user would, from inside its event loop.

    ``exec()`` blocks the test until the dialog closes, so the answer is scheduled first:
    a timer checks for the active modal widget on each turn of the (nested) event loop and
    hands it to ``act`` once it is there (no fixed delay). Returns the list the answered
    dialogs are appended to, so a test can check that the dialog did open.
    """
    timers: list[QTimer] = []

    def answer(act: Callable[[QWidget], object]) -> list[QWidget]:
        answered: list[QWidget] = []
        timer = QTimer()
        timer.setInterval(0)

        def poll() -> None:
            modal = QApplication.activeModalWidget()
            if modal is None or not modal.isVisible():
                return
            timer.stop()
            answered.append(modal)
            act(modal)

        timer.timeout.connect(poll)
        timer.start()
        timers.append(timer)
        return answered

    yield answer
    for timer in timers:
        timer.stop()


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """Switch the interface language in a test; English again afterwards."""
    installed = Translations(qapp)
    yield installed
    installed.install("en")
