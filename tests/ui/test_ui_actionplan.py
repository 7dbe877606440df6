"""The Action Plan tree: counts from the store, gaps marked, jump to the activities."""

from __future__ import annotations

from PySide6.QtCore import Qt

from focalpoint.analysis.local import analyse_store
from focalpoint.storage import ActivityFilter, Store
from focalpoint.ui.dialogs.mission_dialog import MissionProfileDialog
from focalpoint.ui.main_window import MainWindow
from focalpoint.ui.models.catalogue_tree_model import GAP_COLOR


def test_tree_counts_match_the_store(window: MainWindow, demo_store: Store):
    view = window.actionplan
    counts = demo_store.activities.task_counts()
    for code in demo_store.catalogue.task_codes():
        assert view.model.count_of(code) == counts.get(code, 0), code
    coverage = analyse_store(demo_store).tasks
    applicable = len(coverage.tasks)
    assert f"{applicable - len(coverage.gaps)} of the {applicable} Action Plan tasks" in (
        view.summary.text())


def red_tasks(view) -> list[str]:
    return [code for code in view.store.catalogue.task_codes()
            if view.model.itemFromIndex(view.model.task_index(code)).foreground().color()
            == GAP_COLOR]


def test_gaps_are_the_analysis_gaps_and_follow_the_mission_profile(
        qtbot, window: MainWindow, demo_store: Store):
    """III.11.1 is not given to field operations: no gap for one, a gap for an institution
    — in the Action Plan view exactly as in the Analysis."""
    view = window.actionplan
    assert not demo_store.catalogue.task("III.11.1").field_operations
    assert demo_store.activities.count(ActivityFilter(task="III.11.1")) == 0
    assert red_tasks(view) == analyse_store(demo_store).tasks.gaps
    assert "III.11.1" not in red_tasks(view)
    assert "Tasks in red" not in view.summary.text()
    window.mission_action.trigger()
    dialog = window.findChild(MissionProfileDialog)
    assert dialog is not None and dialog.field_operation.isChecked()
    dialog.field_operation.setFocus()
    qtbot.keyClick(dialog.field_operation, Qt.Key.Key_Space)  # now an institution
    assert not dialog.field_operation.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "III.11.1" in red_tasks(view))
    assert red_tasks(view) == analyse_store(demo_store).tasks.gaps
    assert "Tasks in red have none yet" in view.summary.text()
    assert "of the 26 Action Plan tasks" in view.summary.text()


def test_counts_follow_edits(qtbot, window: MainWindow, demo_store: Store):
    view = window.actionplan
    before = view.model.count_of("III.11.1")
    activity = demo_store.activities.save({"title": "Disciplinary data review",
                                           "activity_type": "research",
                                           "task_codes": ["III.11.1"]})
    window.events.activity_changed.emit(activity.id)
    qtbot.waitUntil(lambda: view.model.count_of("III.11.1") == before + 1)


def test_selecting_a_task_lists_its_activities_and_jumps(qtbot, window: MainWindow,
                                                         demo_store: Store):
    view = window.actionplan
    window.show_view(1)
    view.select_task("III.12.1")
    expected = demo_store.activities.count(ActivityFilter(task="III.12.1"))
    assert view.current_task() == "III.12.1"
    assert view.activities.count() == expected
    assert "Strategic Police Matters Unit" in view.bodies.text()
    with qtbot.waitSignal(window.activities.model.refreshed):
        qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "activities"
    assert window.activities.model.filter.task == "III.12.1"
    assert window.activities.model.rowCount() == expected
