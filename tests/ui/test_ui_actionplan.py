"""The Action Plan tree: counts from the store, gaps marked, jump to the activities."""

from __future__ import annotations

from PySide6.QtCore import Qt

from focalpoint.storage import ActivityFilter, Store
from focalpoint.ui.main_window import MainWindow
from focalpoint.ui.models.catalogue_tree_model import GAP_COLOR


def test_tree_counts_match_the_store(window: MainWindow, demo_store: Store):
    view = window.actionplan
    counts = demo_store.activities.task_counts()
    for code in demo_store.catalogue.task_codes():
        assert view.model.count_of(code) == counts.get(code, 0), code
    gaps = [c for c in demo_store.catalogue.task_codes() if not counts.get(c)]
    assert gaps, "the demo mission has at least one gap"
    item = view.model.itemFromIndex(view.model.task_index(gaps[0]))
    assert item.foreground().color() == GAP_COLOR
    assert f"{26 - len(gaps)} of 26" in view.summary.text()


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
