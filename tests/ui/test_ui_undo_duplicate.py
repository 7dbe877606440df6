"""Undo of deletions (notice, Edit → Undo, Ctrl+Z) and Duplicate, through the real widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from focalpoint.storage import Store
from focalpoint.ui.dialogs.activity_editor import ActivityEditor
from focalpoint.ui.main_window import MainWindow


def snapshot(store: Store) -> dict[str, dict[str, Any]]:
    return {a.id: a.model_dump(mode="json") for a in store.activities.list()}


def pending(store: Store) -> list[tuple[str, str]]:
    return sorted((c.entity_id, c.op) for c in store.outbox.all() if c.state == "pending")


def select_rows(qtbot, window: MainWindow, rows: list[int]) -> list[str]:
    """Click the rows (Ctrl+click after the first), as a person selects them."""
    table = window.activities.table
    table.setFocus()
    model = window.activities.model
    for number, row in enumerate(rows):
        rect = table.visualRect(model.index(row, 0))
        modifier = (Qt.KeyboardModifier.ControlModifier if number
                    else Qt.KeyboardModifier.NoModifier)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    return window.activities.selected_ids()


def delete_with_button(qtbot, window: MainWindow, rows: list[int]) -> list[str]:
    ids = select_rows(qtbot, window, rows)
    assert len(ids) == len(rows)
    window.activities.confirm_delete = lambda *_a: True
    with qtbot.waitSignal(window.activities.model.refreshed):
        qtbot.mouseClick(window.activities.delete_button, Qt.MouseButton.LeftButton)
    return ids


def test_undo_notice_brings_deleted_activities_back_exactly(qtbot, window: MainWindow,
                                                            demo_store: Store):
    before = snapshot(demo_store)
    assert not window.undo_action.isEnabled()
    ids = delete_with_button(qtbot, window, [0, 2])
    assert not set(ids) & set(snapshot(demo_store))
    bar = window.activities.undo_bar
    assert bar.isVisible() and window.activities.undo_label.text().startswith("Deleted 2 activit")
    assert window.undo_action.isEnabled()
    assert window.undo_action.text().startswith("&Undo deleting 2 activit")
    assert all((i, "delete") in pending(demo_store) for i in ids)
    with qtbot.waitSignal(window.activities.model.refreshed):
        qtbot.mouseClick(window.activities.undo_button, Qt.MouseButton.LeftButton)
    assert snapshot(demo_store) == before
    assert all((i, "upsert") in pending(demo_store) for i in ids)
    assert not any((i, "delete") in pending(demo_store) for i in ids)
    assert not bar.isVisible() and not window.undo_action.isEnabled()
    assert window.activities.model.rowCount() == len(before)


def test_ctrl_z_and_the_edit_menu_undo_the_newest_deletion_first(qtbot, window: MainWindow,
                                                                 demo_store: Store):
    first = delete_with_button(qtbot, window, [0])
    assert window.activities.undo_label.text().startswith("Deleted “")
    second = delete_with_button(qtbot, window, [0, 1, 2])
    window.activities.table.setFocus()
    with qtbot.waitSignal(window.activities.model.refreshed):
        qtbot.keyClick(window.activities.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    present = snapshot(demo_store)
    assert set(second) <= set(present) and first[0] not in present
    assert window.undo_action.text().startswith("&Undo deleting 1 ")
    with qtbot.waitSignal(window.activities.model.refreshed):
        window.undo_action.trigger()
    assert first[0] in snapshot(demo_store)
    assert not window.undo_action.isEnabled()


def test_ctrl_z_in_the_search_box_undoes_typing_not_a_deletion(qtbot, window: MainWindow,
                                                               demo_store: Store):
    ids = delete_with_button(qtbot, window, [0])
    search = window.activities.search
    search.setFocus()
    qtbot.keyClicks(search, "abc")
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert search.text() != "abc"
    assert ids[0] not in snapshot(demo_store)


def test_large_undo_runs_in_the_background(qtbot, window: MainWindow, demo_store: Store,
                                           monkeypatch):
    from focalpoint.ui import deletion_undo
    from focalpoint.ui.views import activities_view

    monkeypatch.setattr(activities_view, "BACKGROUND_DELETE", 5)
    monkeypatch.setattr(activities_view, "DELETE_CHUNK", 7)
    monkeypatch.setattr(deletion_undo, "BACKGROUND_RESTORE", 5)
    monkeypatch.setattr(deletion_undo, "RESTORE_CHUNK", 6)
    before = snapshot(demo_store)
    window.activities.table.setFocus()
    qtbot.keyClick(window.activities.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    window.activities.confirm_delete = lambda *_a: True
    qtbot.mouseClick(window.activities.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo_store.activities.total() == 0 and window.undo_action.isEnabled(),
                    timeout=30_000)
    progress: list[int] = []
    window.progress.bar.valueChanged.connect(progress.append)
    qtbot.mouseClick(window.activities.undo_button, Qt.MouseButton.LeftButton)
    assert not window.undo_action.isEnabled()  # no second undo while one runs
    qtbot.waitUntil(lambda: not window.undo.can_undo() and not window.tasks.active()
                    and demo_store.activities.total() == len(before), timeout=30_000)
    assert snapshot(demo_store) == before
    assert progress and progress[-1] == len(before)


def test_redo_deletes_again_what_undo_brought_back(qtbot, window: MainWindow,
                                                   demo_store: Store):
    before = snapshot(demo_store)
    assert not window.redo_action.isEnabled()
    assert window.redo_action in window.edit_menu.actions()
    ids = delete_with_button(qtbot, window, [0, 2])
    after_delete = snapshot(demo_store)
    window.activities.table.setFocus()
    with qtbot.waitSignal(window.activities.model.refreshed):
        qtbot.keyClick(window.activities.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(demo_store) == before
    assert window.redo_action.isEnabled()
    assert window.redo_action.text().startswith("&Redo deleting 2 activit")
    # Ctrl+Shift+Z deletes them again; the deletion can be undone like any other.
    with qtbot.waitSignal(window.activities.model.refreshed):
        qtbot.keyClick(window.activities.table, Qt.Key.Key_Z,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert snapshot(demo_store) == after_delete
    assert all((i, "delete") in pending(demo_store) for i in ids)
    assert not window.redo_action.isEnabled() and window.undo_action.isEnabled()
    assert window.activities.undo_bar.isVisible()
    assert not set(ids) & {window.activities.model.activity_id(r)
                           for r in range(window.activities.model.rowCount())}
    with qtbot.waitSignal(window.activities.model.refreshed):
        window.undo_action.trigger()
    assert snapshot(demo_store) == before
    # Ctrl+Y redoes as well; a new deletion then forgets what could be redone.
    with qtbot.waitSignal(window.activities.model.refreshed):
        qtbot.keyClick(window.activities.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(demo_store) == after_delete
    with qtbot.waitSignal(window.activities.model.refreshed):
        window.undo_action.trigger()
    assert window.redo_action.isEnabled()
    delete_with_button(qtbot, window, [1])
    assert not window.redo_action.isEnabled()


def test_large_redo_runs_in_the_background(qtbot, window: MainWindow, demo_store: Store,
                                           monkeypatch):
    from focalpoint.ui import deletion_undo

    monkeypatch.setattr(deletion_undo, "BACKGROUND_RESTORE", 5)
    monkeypatch.setattr(deletion_undo, "RESTORE_CHUNK", 6)
    before = snapshot(demo_store)
    ids = delete_with_button(qtbot, window, list(range(12)))
    assert len(ids) == 12
    qtbot.mouseClick(window.activities.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.redo_action.isEnabled(), timeout=30_000)
    assert snapshot(demo_store) == before
    progress: list[int] = []
    window.progress.bar.valueChanged.connect(progress.append)
    window.redo_action.trigger()
    assert not window.redo_action.isEnabled() and not window.undo_action.isEnabled()
    qtbot.waitUntil(lambda: window.undo_action.isEnabled() and not window.tasks.active(),
                    timeout=30_000)
    assert not set(ids) & set(snapshot(demo_store))
    assert demo_store.activities.total() == len(before) - 12
    assert progress and progress[-1] == 12
    assert window.undo_action.text().startswith("&Undo deleting 12 activit")


def test_duplicate_from_the_context_menu_opens_an_unsaved_copy(qtbot, window: MainWindow,
                                                                demo_store: Store):
    (original_id,) = select_rows(qtbot, window, [1])
    original = demo_store.activities.get(original_id)
    opened: list[ActivityEditor] = []
    window.activities.editor_opened.connect(opened.append)
    before = demo_store.activities.total()
    window.activities.context_actions["duplicate"].trigger()
    (editor,) = opened
    assert editor.title.text() == f"{original.title} (copy)"
    assert editor.windowTitle().startswith("Duplicate of")
    assert demo_store.activities.total() == before  # nothing written before Save
    assert editor.is_dirty()
    with qtbot.waitSignal(window.activities.model.refreshed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert demo_store.activities.total() == before + 1
    (copy,) = [a for a in demo_store.activities.list()
               if a.title == f"{original.title} (copy)"]
    assert copy.id != original.id
    assert copy.model_dump(exclude={"id", "title"}) == original.model_dump(
        exclude={"id", "title"})


def test_ctrl_d_and_the_edit_menu_duplicate(qtbot, window: MainWindow, demo_store: Store):
    window.activities.table.clearSelection()
    assert not window.duplicate_action.isEnabled()
    select_rows(qtbot, window, [0])
    assert window.duplicate_action.isEnabled()
    opened: list[ActivityEditor] = []
    window.activities.editor_opened.connect(opened.append)
    qtbot.keyClick(window.activities.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1 and opened[0].title.text().endswith("(copy)")
    opened[0].done(0)
    window.duplicate_action.trigger()
    assert len(opened) == 2
    opened[1].done(0)
