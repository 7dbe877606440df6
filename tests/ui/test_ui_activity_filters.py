"""Activity filters by place, partner, donor and dates, driven through the widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from focalpoint.storage import ActivityFilter, Store
from focalpoint.ui.main_window import MainWindow


def _type(qtbot, window: MainWindow, line, text: str) -> None:
    """Type a whole value and press Enter (half-typed text does not filter yet)."""
    qtbot.keyClicks(line, text)
    assert not window.activities._debounce.isActive()
    with qtbot.waitSignal(window.activities.model.refreshed):
        qtbot.keyClick(line, Qt.Key.Key_Return)


def test_partner_place_and_donor_boxes_filter_the_list(qtbot, window: MainWindow,
                                                       demo_store: Store):
    filters = window.activities.more_filters
    _type(qtbot, window, filters.partner, "IOM")
    expected = demo_store.activities.count(ActivityFilter(partner="IOM"))
    assert 0 < expected < demo_store.activities.total()
    assert window.activities.model.rowCount() == expected
    assert window.activities.model.filter.partner == "IOM"

    place = demo_store.suggestions.used("locations")[0].value
    with qtbot.waitSignal(window.activities.model.refreshed):
        filters.partner.clear()  # the clear button of the box
    _type(qtbot, window, filters.location, place)
    assert window.activities.model.rowCount() == demo_store.activities.count(
        ActivityFilter(location=place))

    donor = demo_store.suggestions.used("donors")[0].value
    with qtbot.waitSignal(window.activities.model.refreshed):
        qtbot.mouseClick(window.activities.clear_button, Qt.MouseButton.LeftButton)
    assert filters.location.text() == ""
    assert window.activities.model.rowCount() == demo_store.activities.total()
    _type(qtbot, window, filters.donor, donor)
    assert window.activities.model.rowCount() == demo_store.activities.count(
        ActivityFilter(donor=donor))


def test_partner_box_completes_most_used_first(qtbot, window: MainWindow, demo_store: Store):
    line = window.activities.more_filters.partner
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    line.setFocus()
    qtbot.keyClicks(line, "o")
    popup = line.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    first = popup.model().index(0, 0).data()
    ranked = [v.value for v in demo_store.suggestions.used("partners") if "o" in v.value.lower()]
    assert first == ranked[0]


def test_date_range_filters_and_action_plan_period_carries_over(qtbot, window: MainWindow,
                                                                demo_store: Store):
    filters = window.activities.more_filters
    with qtbot.waitSignal(window.activities.model.refreshed):
        filters.date_from.set_value(date(2005, 1, 1))
    with qtbot.waitSignal(window.activities.model.refreshed):
        filters.date_to.set_value(date(2005, 12, 31))
    in_2005 = ActivityFilter(date_from="2005-01-01", date_to="2005-12-31")
    assert window.activities.model.rowCount() == demo_store.activities.count(in_2005)

    window.show_view(1)
    plan = window.actionplan
    combo = plan.period.combo
    combo.setCurrentIndex(combo.findData("2005-01-01:2005-12-31"))
    plan.select_task("III.12.1")
    with qtbot.waitSignal(window.activities.model.refreshed):
        qtbot.mouseClick(plan.show_button, Qt.MouseButton.LeftButton)
    shown = window.activities.model.filter
    assert (shown.task, shown.date_from, shown.date_to) == ("III.12.1", "2005-01-01",
                                                            "2005-12-31")
    in_2005.task = "III.12.1"
    assert window.activities.model.rowCount() == demo_store.activities.count(in_2005)
    assert plan.activities.count() == window.activities.model.rowCount()
