"""The activity editor's History tab: versions newest first, what each changed, and
"Restore this version" saving a normal change through the outbox."""

from __future__ import annotations

from PySide6.QtCore import Qt

from focalpoint.storage import Store
from focalpoint.ui.main_window import MainWindow


def _edit(store: Store, activity_id: str, **changes) -> None:
    current = store.activities.get(activity_id).model_dump(mode="json")
    store.activities.save({**current, **changes})


def _click_cell(qtbot, table, row: int, column: int = 0) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _open_history(qtbot, editor) -> None:
    bar = editor.pages.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert editor.pages.currentWidget() is editor.history


def test_history_tab_lists_versions_and_restores_one(qtbot, window: MainWindow,
                                                      demo_store: Store):
    model = window.activities.model
    activity_id = model.activity_id(0)
    original = demo_store.activities.get(activity_id)
    _edit(demo_store, activity_id, title="Second title", partners=["IOM", "UNHCR"])
    _edit(demo_store, activity_id, title="Third title")
    editor = window.activities.open_editor(activity_id)
    assert editor is not None
    qtbot.addWidget(editor)
    _open_history(qtbot, editor)
    panel = editor.history
    assert panel.table.rowCount() == 3  # third, second, created (demo import)
    assert "current version" in panel.table.item(0, 3).text()
    assert not panel.restore_button.isEnabled()  # the current one needs no restoring
    _click_cell(qtbot, panel.table, 1)
    assert "Title" in panel.table.item(1, 3).text() and "Partners" in panel.table.item(1, 3).text()
    fields = {panel.fields.item(r, 0).text(): (panel.fields.item(r, 1).text(),
                                              panel.fields.item(r, 2).text())
              for r in range(panel.fields.rowCount())}
    assert fields["Title"] == (original.title, "Second title")
    assert fields["Partners"][1] == "IOM, UNHCR"
    assert panel.restore_button.isEnabled()
    asked: list[str] = []
    panel.confirm = lambda _parent, when: asked.append(when) or True
    pending = demo_store.outbox.pending_count()
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert asked and demo_store.activities.get(activity_id).title == "Second title"
    assert editor.title.text() == "Second title" and not editor.is_dirty()
    assert demo_store.outbox.pending_count() == pending  # the pending upsert was replaced
    change = [c for c in demo_store.outbox.all() if c.entity_id == activity_id][-1]
    assert change.payload["title"] == "Second title"
    assert panel.table.rowCount() == 4
    assert "Restored the version of" in panel.table.item(0, 3).text()
    editor.reject()


def test_declined_restore_changes_nothing(qtbot, window: MainWindow, demo_store: Store):
    activity_id = window.activities.model.activity_id(0)
    _edit(demo_store, activity_id, title="Second title")
    editor = window.activities.open_editor(activity_id)
    assert editor is not None
    qtbot.addWidget(editor)
    _open_history(qtbot, editor)
    editor.history.confirm = lambda _parent, _when: False
    _click_cell(qtbot, editor.history.table, 1)
    qtbot.mouseClick(editor.history.restore_button, Qt.MouseButton.LeftButton)
    assert demo_store.activities.get(activity_id).title == "Second title"
    assert editor.history.table.rowCount() == 2
    editor.reject()


def test_new_activity_has_no_history_yet(window: MainWindow):
    editor = window.activities.open_editor()
    assert editor is not None
    assert not editor.pages.isTabEnabled(1)
    editor.reject()
