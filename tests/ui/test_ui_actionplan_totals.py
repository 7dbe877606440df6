"""Action Plan view: distinct totals, section and chapter selection, the period selector."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from focalpoint.storage import ActivityFilter, Store
from focalpoint.ui.main_window import MainWindow
from focalpoint.ui.models.catalogue_tree_model import CODE_ROLE
from focalpoint.ui.views.actionplan_view import ActionPlanView


def _click_row(qtbot, view: ActionPlanView, index: QModelIndex) -> None:
    view.tree.scrollTo(index)
    rect = view.tree.visualRect(index)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _group_index(view: ActionPlanView, code: str) -> QModelIndex:
    found = view.model.match(view.model.index(0, 0), CODE_ROLE, code, 1,
                             Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert found, code
    return found[0]


def test_an_activity_mapped_to_two_tasks_counts_once_in_section_and_chapter(
        qtbot, make_window, store: Store):
    store.activities.save({"title": "Police training on child abuse cases",
                           "activity_type": "training", "start_date": "2025-03-01",
                           "task_codes": ["III.12.1", "III.12.2"]})
    store.activities.save({"title": "Legislative review", "activity_type": "research",
                           "start_date": "2024-05-01", "task_codes": ["III.9.1"]})
    window = make_window(store)
    view = window.actionplan
    assert view.model.count_of("III.12.1") == 1
    assert view.model.count_of("III.12.2") == 1
    assert view.model.count_of("III.12") == 1, "the section counts the activity once"
    assert view.model.count_of("III") == 2
    assert view.model.count_of("IV") == 0


def test_demo_totals_are_distinct_activities(window: MainWindow, demo_store: Store):
    view = window.actionplan
    for chapter in demo_store.catalogue.chapters:
        expected = demo_store.activities.count(ActivityFilter(chapter=chapter.code))
        assert view.model.count_of(chapter.code) == expected, chapter.code
        for section in chapter.sections:
            expected = demo_store.activities.count(ActivityFilter(section=section.code))
            assert view.model.count_of(section.code) == expected, section.code
    summed = sum(view.model.count_of(t) for t in demo_store.catalogue.task_codes()
                 if t.startswith("III."))
    assert view.model.count_of("III") < summed, "demo activities map to several tasks"


def test_selecting_a_section_lists_its_activities_and_jumps(qtbot, window: MainWindow,
                                                            demo_store: Store):
    window.show_view(1)
    view = window.actionplan
    _click_row(qtbot, view, _group_index(view, "III.12"))
    assert view.current_code() == "III.12"
    assert view.current_task() is None
    expected = demo_store.activities.count(ActivityFilter(section="III.12"))
    assert expected > 0
    assert view.activities.count() == expected
    assert "III.12" in view.task_title.text() and "Training" in view.task_title.text()
    assert view.show_button.isEnabled()
    with qtbot.waitSignal(window.activities.model.refreshed):
        qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "activities"
    assert window.activities.model.filter.section == "III.12"
    assert window.activities.model.rowCount() == expected


def test_selecting_a_chapter_lists_its_activities(qtbot, window: MainWindow,
                                                  demo_store: Store):
    window.show_view(1)
    view = window.actionplan
    _click_row(qtbot, view, _group_index(view, "V"))
    expected = demo_store.activities.count(ActivityFilter(chapter="V"))
    assert view.activities.count() == min(expected, 200)
    assert view.model.count_of("V") == expected


def test_period_selector_limits_the_counts(qtbot, window: MainWindow, demo_store: Store):
    window.show_view(1)
    view = window.actionplan
    combo = view.period.combo
    year = demo_store.activities.years()[-1]
    target = combo.findData(f"{year}-01-01:{year}-12-31")
    assert target > 0
    combo.setFocus()
    while combo.currentIndex() < target:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not view.is_loading())  # counted in a worker
    in_year = ActivityFilter(period_start=f"{year}-01-01", period_end=f"{year}-12-31")
    for chapter in ("III", "IV", "V"):
        in_year.chapter = chapter
        assert view.model.count_of(chapter) == demo_store.activities.count(in_year), chapter
    assert "period" in view.summary.text()
    _click_row(qtbot, view, _group_index(view, "IV"))
    in_year.chapter = "IV"
    assert view.activities.count() == demo_store.activities.count(in_year)
    while combo.currentIndex() > 0:
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: not view.is_loading())
    assert view.model.count_of("IV") == demo_store.activities.count(ActivityFilter(chapter="IV"))
