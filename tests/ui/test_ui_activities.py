"""Activities view and editor, driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtTest import QAbstractItemModelTester

from focalpoint.storage import ActivityFilter, Store
from focalpoint.ui.dialogs.activity_editor import ActivityEditor
from focalpoint.ui.main_window import MainWindow
from focalpoint.ui.models.catalogue_tree_model import CHECKED


def _new_editor(window: MainWindow) -> ActivityEditor:
    editor = window.activities.open_editor()
    assert editor is not None
    return editor


def _check_task(editor: ActivityEditor, code: str) -> None:
    item = editor.tasks.model.itemFromIndex(editor.tasks.model.task_index(code))
    item.setCheckState(CHECKED)


def test_create_activity_through_the_editor(qtbot, window: MainWindow, demo_store: Store):
    before = demo_store.activities.total()
    editor = _new_editor(window)
    assert not editor.save_button.isEnabled()
    qtbot.keyClicks(editor.title, "Training of labour inspectors in Osh")
    editor.activity_type.setCurrentIndex(editor.activity_type.findData("training"))
    qtbot.keyClicks(editor.partners.line, "ILO")
    qtbot.keyClick(editor.partners.line, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.audiences.line, "Labour inspectors")
    qtbot.keyClick(editor.audiences.line, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.tasks.search, "III.12.1")
    _check_task(editor, "III.12.1")
    assert editor.isVisible(), "Enter in a tag field must not press Save"
    assert editor.save_button.isEnabled(), editor.problems()

    with qtbot.waitSignal(window.activities.model.refreshed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert demo_store.activities.total() == before + 1
    [saved] = demo_store.activities.list(ActivityFilter(search="labour inspectors Osh"))
    assert saved.partners == ["ILO"]
    assert [a.value for a in saved.audiences] == ["labour_inspectors"]
    assert saved.task_codes == ["III.12.1"]
    row = window.activities.model.row_of(saved.id)
    assert row >= 0
    assert window.activities.model.index(row, 0).data() == saved.title
    assert window.activities.selected_ids() == [saved.id]


def test_invalid_input_keeps_save_disabled_and_explains(qtbot, window: MainWindow):
    editor = _new_editor(window)
    qtbot.keyClicks(editor.title, "x")
    editor.title.clear()
    assert not editor.save_button.isEnabled()
    assert editor._errors["title"].isVisible()
    assert "empty" in editor._errors["title"].text()

    qtbot.keyClicks(editor.title, "Round table")
    editor.activity_type.setCurrentIndex(0)
    _check_task(editor, "IV.8.1")
    assert editor.save_button.isEnabled()
    editor.start_date.set_value("2026-05-10")
    editor.end_date.set_value("2026-05-01")
    assert not editor.save_button.isEnabled()
    assert editor._errors["end_date"].isVisible()
    assert "before the start date" in editor._errors["end_date"].text()
    editor.funding.add_row({"source": "extrabudgetary", "amount": "12abc"})
    editor.end_date.set_value("2026-05-20")
    assert not editor.save_button.isEnabled()
    assert "not a number" in editor._errors["funding"].text()
    assert "Line 1" in editor._errors["funding"].text()
    assert not editor.save()  # Ctrl+S on an invalid form writes nothing


def test_unsaved_changes_prompt_on_close(qtbot, window: MainWindow, demo_store: Store):
    answers: list[str] = []
    window.activities.ask_unsaved = lambda _parent: answers.append("asked") or "cancel"
    editor = _new_editor(window)
    qtbot.keyClicks(editor.title, "Half-typed")
    editor.reject()
    assert answers == ["asked"] and editor.isVisible()
    editor._ask = lambda _parent: "discard"
    editor.reject()
    assert not editor.isVisible()
    assert demo_store.activities.count(ActivityFilter(search="Half-typed")) == 0


def test_edit_existing_activity(qtbot, window: MainWindow, demo_store: Store):
    model = window.activities.model
    activity_id = model.activity_id(0)
    editor = window.activities.open_editor(activity_id)
    assert editor is not None and not editor.is_dirty()
    editor.title.setText("Renamed round table")
    with qtbot.waitSignal(model.refreshed):
        editor.save()
    assert demo_store.activities.get(activity_id).title == "Renamed round table"
    assert model.index(model.row_of(activity_id), 0).data() == "Renamed round table"


def test_search_narrows_the_table(qtbot, window: MainWindow, demo_store: Store):
    model = window.activities.model
    total = demo_store.activities.total()
    assert model.rowCount() == total
    assert window.activities.count_label.text() == f"{total} of {total} activities"
    with qtbot.waitSignal(model.refreshed, timeout=5000):
        qtbot.keyClicks(window.activities.search, "Roma")
    expected = demo_store.activities.count(ActivityFilter(search="Roma"))
    assert 0 < model.rowCount() == expected < total
    assert window.activities.count_label.text() == f"{expected} of {total} activities"
    with qtbot.waitSignal(model.refreshed):
        window.activities.status_filter.setCurrentIndex(
            window.activities.status_filter.findData("planned"))
    assert model.rowCount() == demo_store.activities.count(
        ActivityFilter(search="Roma", status="planned"))
    with qtbot.waitSignal(model.refreshed):
        window.activities.clear_filters()
    assert model.rowCount() == total


def test_sorting_by_title_runs_in_sql(qtbot, window: MainWindow, demo_store: Store):
    model = window.activities.model
    with qtbot.waitSignal(model.refreshed):
        window.activities.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == [a.title for a in demo_store.activities.list(sort="title")]


def test_delete_asks_then_removes(qtbot, window: MainWindow, demo_store: Store):
    model = window.activities.model
    asked: list[int] = []
    window.activities.confirm_delete = lambda _p, count, _t: asked.append(count) or False
    window.activities.table.selectRow(0)
    activity_id = model.activity_id(0)
    window.activities.delete_selected()
    assert asked == [1] and demo_store.activities.total() == model.rowCount()
    window.activities.confirm_delete = lambda *_a: True
    with qtbot.waitSignal(model.refreshed):
        window.activities.delete_selected()
    assert model.row_of(activity_id) == -1
    assert model.rowCount() == demo_store.activities.total()


def test_model_stays_consistent_through_inserts_and_deletes(qtbot, window: MainWindow,
                                                            demo_store: Store):
    """Qt's own QAbstractItemModelTester watches every signal; its FAIL! lines fail us."""
    model = window.activities.model
    messages: list[str] = []
    previous = qInstallMessageHandler(lambda _kind, _context, text: messages.append(text))
    try:
        tester = QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning)
        activity = demo_store.activities.save({
            "title": "Inserted", "activity_type": "training", "task_codes": ["IV.8.1"],
            "start_date": "2030-01-01"})
        with qtbot.waitSignal(model.refreshed):
            window.events.activity_changed.emit(activity.id)
        assert model.row_of(activity.id) == 0  # newest first
        for row in (0, 3):
            doomed = model.activity_id(row)
            assert doomed is not None
            demo_store.activities.delete(doomed)
            model.remove_ids([doomed])
        window.activities.table.selectRow(2)
        selected = window.activities.selected_ids()
        with qtbot.waitSignal(model.refreshed):
            window.activities.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        assert window.activities.selected_ids() == selected  # a sort keeps the selection
        with qtbot.waitSignal(model.refreshed):
            model.refresh()
        for row in range(model.rowCount()):
            model.index(row, 0).data()
        assert model.rowCount() == demo_store.activities.total()
        del tester
    finally:
        qInstallMessageHandler(previous)
    assert [m for m in messages if "FAIL" in m] == []


def test_date_order_is_explained_even_while_other_fields_are_missing(window: MainWindow):
    editor = _new_editor(window)
    editor.start_date.set_value("2026-05-10")
    editor.end_date.set_value("2026-05-01")
    assert editor._errors["end_date"].isVisible()
    assert "before the start date 2026-05-10" in editor._errors["end_date"].text()
    assert "Title" in editor.summary.text() and "End date" in editor.summary.text()
    editor._ask = lambda _parent: "discard"
    editor.reject()


def test_unsortable_column_keeps_the_current_sort(qtbot, window: MainWindow):
    header = window.activities.table.horizontalHeader()
    before = (header.sortIndicatorSection(), header.sortIndicatorOrder())
    header.setSortIndicator(5, Qt.SortOrder.AscendingOrder)  # "Action Plan tasks"
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == before
    assert not window.activities.model.is_loading()


def _select_rows(window: MainWindow, rows: list[int]) -> None:
    from PySide6.QtCore import QItemSelectionModel

    selection = window.activities.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(window.activities.model.index(row, 0), flags)


def test_deleting_many_rows_is_one_notification_and_keeps_the_model_consistent(
        qtbot, window: MainWindow, demo_store: Store):
    model = window.activities.model
    messages: list[str] = []
    previous = qInstallMessageHandler(lambda _kind, _context, text: messages.append(text))
    changed: list[str] = []
    window.events.activity_changed.connect(changed.append)
    try:
        tester = QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning)
        rows = [0, 1, 2, 5, 6, 9, model.rowCount() - 1]  # blocks and single rows
        doomed = [model.activity_id(r) for r in rows]
        _select_rows(window, rows)
        window.activities.confirm_delete = lambda _p, count, _t: count == len(rows)
        before = demo_store.activities.total()
        with qtbot.waitSignal(model.refreshed):
            assert window.activities.delete_selected() is None  # small: done at once
        assert demo_store.activities.total() == before - len(rows)
        assert all(model.row_of(i) == -1 for i in doomed)
        assert model.rowCount() == demo_store.activities.total()
        assert changed == [""]  # the whole selection at once, not one signal per row
        del tester
    finally:
        qInstallMessageHandler(previous)
    assert [m for m in messages if "FAIL" in m] == []


def test_a_large_deletion_runs_in_the_background_with_progress(
        qtbot, window: MainWindow, demo_store: Store, monkeypatch):
    from focalpoint.ui.views import activities_view

    monkeypatch.setattr(activities_view, "BACKGROUND_DELETE", 5)
    monkeypatch.setattr(activities_view, "DELETE_CHUNK", 4)
    model = window.activities.model
    total = demo_store.activities.total()
    window.activities.table.selectAll()
    window.activities.confirm_delete = lambda *_a: True
    progress: list[int] = []
    window.progress.bar.valueChanged.connect(progress.append)
    job = window.activities.delete_selected()
    assert job is not None
    assert window.progress.isVisible() and window.progress.cancel_button.isEnabled()
    assert not window.activities.delete_button.isEnabled()  # no second run meanwhile
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    qtbot.waitUntil(lambda: not model.is_loading())
    assert demo_store.activities.total() == 0 == model.rowCount()
    assert progress and progress[-1] == total
    assert not window.progress.isVisible()


def test_a_cancelled_deletion_keeps_table_and_store_in_step(
        qtbot, window: MainWindow, demo_store: Store, monkeypatch):
    from focalpoint.ui.views import activities_view

    monkeypatch.setattr(activities_view, "BACKGROUND_DELETE", 5)
    monkeypatch.setattr(activities_view, "DELETE_CHUNK", 4)
    model = window.activities.model
    total = demo_store.activities.total()
    window.activities.table.selectAll()
    window.activities.confirm_delete = lambda *_a: True
    job = window.activities.delete_selected()
    assert job is not None
    job.cancel()
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    qtbot.waitUntil(lambda: not model.is_loading())
    remaining = demo_store.activities.total()
    assert 0 <= remaining <= total  # whole chunks only: each is its own transaction
    assert model.rowCount() == remaining
    assert window.activities.count_label.text().startswith(f"{remaining} of {remaining}")


def test_enter_and_double_click_open_the_editor_and_delete_key_asks(qtbot, window: MainWindow):
    table = window.activities.table
    model = window.activities.model
    opened: list[object] = []
    window.activities.editor_opened.connect(opened.append)
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert len(opened) == 1 and opened[0].windowTitle() == "Edit activity"
    assert opened[0].title.text() == model.index(1, 0).data()
    opened[0].reject()
    rect = table.visualRect(model.index(2, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 2 and opened[1].title.text() == model.index(2, 0).data()
    opened[1].reject()
    asked: list[int] = []
    window.activities.confirm_delete = lambda _p, count, _t: asked.append(count) or False
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert asked == [1]
