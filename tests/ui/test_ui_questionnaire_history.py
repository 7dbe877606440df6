"""The Questionnaire view's History tab: a response's versions (Part 1 fields and Part 2
entries), what each changed, and "Restore this version" for a draft."""

from __future__ import annotations

from PySide6.QtCore import Qt

from focalpoint.storage import Store
from focalpoint.storage import history as history_module
from focalpoint.ui.main_window import MainWindow
from focalpoint.vocabularies import ResponseStatus


def _click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _changes(panel) -> dict[str, tuple[str, str]]:
    return {panel.fields.item(r, 0).text(): (panel.fields.item(r, 1).text(),
                                             panel.fields.item(r, 2).text())
            for r in range(panel.fields.rowCount())}


def test_history_tab_shows_each_answer_before_and_after_and_restores_a_draft(
        qtbot, window: MainWindow, demo_store: Store, monkeypatch):
    monkeypatch.setattr(history_module, "COALESCE_SECONDS", -1)  # each save its own version
    window.show_view(2)
    view = window.questionnaire
    assert view.response is not None and view.response.status == ResponseStatus.DRAFT
    rid = view.response.id
    before = view.part_one.priorities.toPlainText()
    view.part_one.priorities.selectAll()
    qtbot.keyClicks(view.part_one.priorities, "Prosecution first")
    view.part_two.select("III.11.1")
    qtbot.keyClicks(view.part_two.challenges, "No OIO presence")

    _click_tab(qtbot, view.tabs, view.tabs.indexOf(view.history))  # saves what was typed
    panel = view.history
    versions = demo_store.responses.versions(rid)
    assert panel.table.rowCount() >= 2 and len(versions) >= 2
    assert "current version" in panel.table.item(0, 3).text()
    assert "1.2 Priorities" in panel.table.item(0, 3).text()
    assert not panel.restore_button.isEnabled()
    changes = _changes(panel)
    assert changes["1.2 Priorities"] == (before or "—", "Prosecution first")
    assert changes["III.11.1 — Challenges"] == ("—", "No OIO presence")

    _click_row(qtbot, panel.table, 1)
    assert panel.restore_button.isEnabled()
    asked: list[str] = []
    panel.confirm = lambda _parent, when: asked.append(when) or True
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert asked
    restored = demo_store.responses.get(rid)
    assert restored.priorities == before
    assert restored.entry("III.11.1") is None or not restored.entry("III.11.1").challenges
    assert view.part_one.priorities.toPlainText() == before  # the form shows it
    assert "Restored" in panel.table.item(0, 3).text()
    assert demo_store.responses.versions(rid)[0].op == "restore"
    change = [c for c in demo_store.outbox.all() if c.entity_id == rid][-1]
    assert change.payload["response"]["priorities"] == before  # goes out with the next sync


def test_a_submitted_questionnaire_shows_its_history_read_only(
        qtbot, window: MainWindow, demo_store: Store):
    window.show_view(2)
    view = window.questionnaire
    assert view.response is not None
    demo_store.responses.submit(view.response.id)
    view.reload(select_id=view.response.id)
    _click_tab(qtbot, view.tabs, view.tabs.indexOf(view.history))
    panel = view.history
    assert panel.table.rowCount() >= 2
    _click_row(qtbot, panel.table, 1)
    assert not panel.restore_button.isEnabled()
    assert "submitted" in panel.restore_button.toolTip()
