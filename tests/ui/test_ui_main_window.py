"""Main window: navigation, remembered geometry and view, status bar, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QKeySequence

from focalpoint.storage import Store
from focalpoint.ui.main_window import MainWindow


def test_status_bar_reads_the_outbox(window: MainWindow, demo_store: Store):
    pending = demo_store.outbox.pending_count()
    assert str(pending) in window.pending_label.text()
    assert window.connection_label.text() == "Connection: Not configured"
    assert "never" in window.last_sync_label.text()


def test_status_bar_follows_new_changes(qtbot, window: MainWindow, demo_store: Store):
    pending = demo_store.outbox.pending_count()
    editor = window.activities.open_editor()
    assert editor is not None
    qtbot.keyClicks(editor.title, "Study tour to Vienna")
    editor.activity_type.setCurrentIndex(editor.activity_type.findData("study_tour"))
    editor.tasks.toggle("IV.8.1")
    with qtbot.waitSignal(window.activities.model.refreshed):
        assert editor.save()
    assert str(pending + 1) in window.pending_label.text()


def test_geometry_and_last_view_are_remembered(qtbot, make_window, demo_store: Store):
    first = make_window(demo_store)
    first.resize(1100, 600)
    first.show_view(2)
    first.close()
    second = make_window(demo_store)
    assert second.current_view() == "questionnaire"
    assert second.size() == QSize(1100, 600)
    assert not second.settings.value("window/geometry").isEmpty()


def test_a_window_saved_on_a_larger_screen_is_brought_back_inside(qtbot, make_window,
                                                                   demo_store: Store):
    """Saved on a big monitor, reopened on the 1280×720 laptop: it must fit again."""
    first = make_window(demo_store)
    first.resize(1900, 1000)
    first.move(300, 200)
    first.close()
    second = make_window(demo_store)
    area = second.screen().availableGeometry()
    assert area.contains(second.frameGeometry())


def test_first_start_fits_the_screen(qtbot, make_window, demo_store: Store):
    window = make_window(demo_store)
    area = window.screen().availableGeometry()
    assert area.size() == QSize(1280, 720)
    assert area.contains(window.frameGeometry())
    assert window.width() >= 1200  # uses the room there is, not a small default


def test_navigation_and_shortcuts(qtbot, window: MainWindow):
    for index, name in enumerate(("activities", "actionplan", "questionnaire", "sync")):
        window.view_actions[index].trigger()
        assert window.current_view() == name
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.sync_action.shortcut() == QKeySequence("F5")
    window.find_action.trigger()
    assert window.current_view() == "activities"
    assert not window.sync_action.isEnabled()  # not configured: sync cannot start
    assert window.nav.accessibleName() == "Navigation"


def test_new_activity_shortcut_opens_the_editor(qtbot, window: MainWindow):
    opened: list[object] = []
    window.activities.editor_opened.connect(opened.append)
    window.new_action.trigger()
    assert len(opened) == 1
    editor = opened[0]
    assert editor.isVisible() and editor.windowTitle() == "New activity"
    editor.reject()


def test_run_opens_the_workspace_on_a_demo_store(qtbot, qapp, demo_store: Store, store_path):
    """``focalpoint --db demo.db`` path: run() shows the main window and exits cleanly."""
    from PySide6.QtCore import QTimer

    from focalpoint.paths import log_dir
    from focalpoint.ui import app as app_module

    demo_store.close()
    seen: list[str] = []

    def close_when_ready() -> None:
        windows = [w for w in qapp.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or windows[0].activities.model.is_loading():
            QTimer.singleShot(20, close_when_ready)
            return
        seen.append(windows[0].windowTitle())
        seen.append(str(windows[0].activities.model.rowCount()))
        windows[0].close()

    QTimer.singleShot(0, close_when_ready)
    assert app_module.run(store_path) == 0
    assert seen[0].startswith("FocalPoint — DEMO")
    assert int(seen[1]) > 50
    assert "starting" in (log_dir() / "focalpoint.log").read_text(encoding="utf-8")
