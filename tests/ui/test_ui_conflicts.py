"""The Conflicts view: the badge after a sync, both versions side by side, Keep mine /
Keep theirs / a choice per field, and delete-vs-edit conflicts — each resolution written
through ``store.conflicts.resolve`` (entity + outbox row with ``resolves``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from focalpoint.domain import new_id
from focalpoint.storage import Store
from focalpoint.storage.sync_state import SyncState
from focalpoint.sync.batching import build_next_batch
from focalpoint.sync.protocol import ConflictInfo
from focalpoint.ui.main_window import VIEWS, MainWindow

OTHER = "0b7c3a0e-5f7e-4a53-9d43-3c1d8d1e2f10"


def add_conflict(store: Store, entity_id: str, values: list[dict[str, Any]], *,
                 kind: str = "fields", deleted_by: str = "",
                 entity_type: str = "activity",
                 opened_at: str = "2026-12-01T10:00:00Z") -> str:
    """A conflict as it arrives in a feed page (the service's model, serialised)."""
    info = ConflictInfo.model_validate({
        "id": new_id(), "kind": kind, "entity_type": entity_type, "entity_id": entity_id,
        "opened_at": opened_at, "opened_version": 2, "values": values,
        "deleted_by_device_id": deleted_by, "status": "open"}).model_dump(mode="json")
    with store.db.atomic():
        store.conflicts.upsert_from_feed(info)
    return str(info["id"])


def title_clash(store: Store, activity_id: str) -> str:
    """This device renamed the activity, the other device too, from the same title."""
    me = store.meta.device_id()
    base = store.activities.get(activity_id).title
    store.activities.save({**store.activities.get(activity_id).model_dump(mode="json"),
                           "title": "Mine: NRM round table"})
    return add_conflict(store, activity_id, [
        {"field": "title", "base": base, "current": "Theirs: NRM workshop",
         "current_device_id": OTHER, "incoming": "Mine: NRM round table",
         "incoming_device_id": me}])


def refuse_queued(store: Store, message: str) -> None:
    """The queued changes go in a batch and the service refuses each (an acknowledgement's
    rejection, as :class:`focalpoint.sync.exchange_pass.ExchangePass` records it)."""
    state = SyncState(store.db)
    batch = build_next_batch(state, mission_code="DEMO", device_id=store.meta.device_id(),
                             pending_count=0, last_sync=None, protocol_version=3)
    assert batch is not None
    state.acknowledge(batch.batch_id, [], {seq: message for seq in state.batch_seqs(
        batch.batch_id)}, "{}")


def after_sync(window: MainWindow) -> None:
    """What the sync controller announces when a sync (which brought the conflicts) ended."""
    window.events.sync_finished.emit(None)


def open_conflicts(qtbot, window: MainWindow) -> None:
    window.view_actions[VIEWS.index("conflicts")].trigger()
    assert window.current_view() == "conflicts"


def click_row(qtbot, table, row: int, column: int = 0) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def tick(qtbot, table, row: int, column: int) -> None:
    """Tick a value's box the keyboard way: go to the cell, press Space."""
    click_row(qtbot, table, row, column)
    qtbot.keyClick(table.viewport(), Qt.Key.Key_Space)


def outbox_resolves(store: Store, entity_id: str) -> list[str | None]:
    return [r[0] for r in store.db.execute(
        "SELECT resolves FROM outbox WHERE entity_id = ? ORDER BY rowid", [entity_id])]


def test_the_badge_counts_open_conflicts_after_a_sync(qtbot, window: MainWindow,
                                                      demo_store: Store):
    nav = window.nav.item(VIEWS.index("conflicts"))
    assert nav.text() == "Conflicts" and not window.conflicts_label.isVisible()
    activity_id = window.activities.model.activity_id(0)
    title_clash(demo_store, activity_id)
    after_sync(window)
    assert nav.text() == "Conflicts (1)"
    assert window.conflicts_label.isVisible()
    assert "1 conflict" in window.conflicts_label.text()
    # the status bar badge opens the view
    window.conflicts_label.linkActivated.emit("conflicts")
    assert window.current_view() == "conflicts"


def test_keep_mine_writes_my_value_with_a_resolving_change(qtbot, window: MainWindow,
                                                           demo_store: Store):
    activity_id = window.activities.model.activity_id(0)
    conflict_id = title_clash(demo_store, activity_id)
    after_sync(window)
    open_conflicts(qtbot, window)
    view = window.conflicts
    assert view.table.model().rowCount() == 1
    click_row(qtbot, view.table, 0)
    fields = view.fields.model()
    cells = [fields.index(0, c).data() for c in range(4)]
    assert cells[0] == "Title"
    assert cells[2:] == ["Mine: NRM round table", "Theirs: NRM workshop"]
    header = [fields.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert header[2:] == ["This computer", "The other computer"]
    assert not view.keep_chosen.isVisible()  # one field: Keep mine / Keep theirs suffice
    with qtbot.waitSignal(window.events.conflicts_changed):
        qtbot.mouseClick(view.keep_mine, Qt.MouseButton.LeftButton)
    assert demo_store.activities.get(activity_id).title == "Mine: NRM round table"
    assert demo_store.conflicts.get(conflict_id).status == "resolving"
    assert conflict_id in outbox_resolves(demo_store, activity_id)
    assert view.table.model().rowCount() == 0 and view.pages.currentIndex() == 0
    assert window.nav.item(VIEWS.index("conflicts")).text() == "Conflicts"
    assert not window.conflicts_label.isVisible()
    assert "Resolved" in view.result.text()


def test_a_refused_resolution_is_listed_again_with_the_secretariats_reason(
        qtbot, window: MainWindow, demo_store: Store):
    activity_id = window.activities.model.activity_id(0)
    conflict_id = title_clash(demo_store, activity_id)
    after_sync(window)
    open_conflicts(qtbot, window)
    view = window.conflicts
    click_row(qtbot, view.table, 0)
    assert not view.refusal.isVisible()
    qtbot.mouseClick(view.keep_mine, Qt.MouseButton.LeftButton)
    assert view.table.model().rowCount() == 0
    refuse_queued(demo_store, "title: must be at most 300 characters")
    after_sync(window)  # the sync that brought the refusal ends
    assert view.table.model().rowCount() == 1
    assert window.nav.item(VIEWS.index("conflicts")).text() == "Conflicts (1)"
    click_row(qtbot, view.table, 0)
    assert view.refusal.isVisible()
    assert view.refusal.text() == ("The Secretariat refused your last decision: title: must "
                                   "be at most 300 characters. Choose again.")
    with qtbot.waitSignal(window.events.conflicts_changed):
        qtbot.mouseClick(view.keep_theirs, Qt.MouseButton.LeftButton)
    assert demo_store.activities.get(activity_id).title == "Theirs: NRM workshop"
    assert demo_store.conflicts.get(conflict_id).status == "resolving"
    assert view.table.model().rowCount() == 0


def test_keep_theirs_takes_the_other_computers_value(qtbot, window: MainWindow,
                                                     demo_store: Store):
    activity_id = window.activities.model.activity_id(0)
    title_clash(demo_store, activity_id)
    after_sync(window)
    open_conflicts(qtbot, window)
    click_row(qtbot, window.conflicts.table, 0)
    qtbot.mouseClick(window.conflicts.keep_theirs, Qt.MouseButton.LeftButton)
    assert demo_store.activities.get(activity_id).title == "Theirs: NRM workshop"
    assert demo_store.conflicts.list_open() == []


def test_a_choice_per_field(qtbot, window: MainWindow, demo_store: Store):
    activity_id = window.activities.model.activity_id(0)
    me = demo_store.meta.device_id()
    current = demo_store.activities.get(activity_id).model_dump(mode="json")
    demo_store.activities.save({**current, "title": "Mine", "outcome": "Mine outcome"})
    conflict_id = add_conflict(demo_store, activity_id, [
        {"field": "title", "base": current["title"], "current": "Theirs",
         "current_device_id": OTHER, "incoming": "Mine", "incoming_device_id": me},
        {"field": "outcome", "base": current["outcome"], "current": "Their outcome",
         "current_device_id": OTHER, "incoming": "Mine outcome", "incoming_device_id": me}])
    after_sync(window)
    open_conflicts(qtbot, window)
    view = window.conflicts
    click_row(qtbot, view.table, 0)
    assert view.keep_chosen.isVisible() and not view.keep_chosen.isEnabled()
    assert "every row" in view.keep_chosen.toolTip()
    model = view.fields.model()
    title_row = next(r for r in range(2) if model.index(r, 0).data() == "Title")
    outcome_row = 1 - title_row
    tick(qtbot, view.fields, title_row, 3)    # the other computer's title
    assert not view.keep_chosen.isEnabled()   # the outcome is not chosen yet
    tick(qtbot, view.fields, outcome_row, 2)  # my outcome
    assert view.keep_chosen.isEnabled()
    tick(qtbot, view.fields, title_row, 2)    # changed my mind: my title after all
    tick(qtbot, view.fields, title_row, 3)    # ... no, theirs (one box per row is ticked)
    assert model.index(title_row, 2).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked
    qtbot.mouseClick(view.keep_chosen, Qt.MouseButton.LeftButton)
    activity = demo_store.activities.get(activity_id)
    assert (activity.title, activity.outcome) == ("Theirs", "Mine outcome")
    assert demo_store.conflicts.get(conflict_id).status == "resolving"


def test_deleted_here_edited_there_keep_the_activity_or_delete_it(
        qtbot, window: MainWindow, demo_store: Store):
    me = demo_store.meta.device_id()
    first, second = (window.activities.model.activity_id(i) for i in (0, 1))
    keep_id = add_conflict(demo_store, first, [], kind="delete", deleted_by=me)
    delete_id = add_conflict(demo_store, second, [], kind="delete", deleted_by=OTHER)
    after_sync(window)
    assert window.nav.item(VIEWS.index("conflicts")).text() == "Conflicts (2)"
    open_conflicts(qtbot, window)
    view = window.conflicts
    row = view.model.row_of(keep_id)
    click_row(qtbot, view.table, row)
    assert view.keep_entity.isVisible() and view.delete_entity.isVisible()
    assert not view.keep_mine.isVisible()
    assert view.keep_entity.text().replace("&", "") == "Keep the activity"
    assert "deleted this activity on this computer" in view.explanation.text()
    qtbot.mouseClick(view.keep_entity, Qt.MouseButton.LeftButton)
    assert demo_store.activities.get(first).id == first
    assert keep_id in outbox_resolves(demo_store, first)

    click_row(qtbot, view.table, view.model.row_of(delete_id))
    assert "Another computer deleted" in view.explanation.text()
    with qtbot.waitSignal(window.events.activity_changed):
        qtbot.mouseClick(view.delete_entity, Qt.MouseButton.LeftButton)
    assert second not in {a.id for a in demo_store.activities.list()}
    assert delete_id in outbox_resolves(demo_store, second)
    assert demo_store.conflicts.list_open() == []
    assert window.nav.item(VIEWS.index("conflicts")).text() == "Conflicts"


def test_a_resolution_the_store_refuses_changes_nothing_and_says_why(
        qtbot, window: MainWindow, demo_store: Store):
    activity_id = window.activities.model.activity_id(0)
    me = demo_store.meta.device_id()
    before = demo_store.activities.get(activity_id)
    add_conflict(demo_store, activity_id, [
        {"field": "title", "base": before.title, "current": "",  # an empty title: invalid
         "current_device_id": OTHER, "incoming": before.title, "incoming_device_id": me}])
    after_sync(window)
    open_conflicts(qtbot, window)
    click_row(qtbot, window.conflicts.table, 0)
    qtbot.mouseClick(window.conflicts.keep_theirs, Qt.MouseButton.LeftButton)
    assert window.conflicts.error.isVisible()
    assert "Not resolved" in window.conflicts.error.text()
    assert demo_store.activities.get(activity_id) == before
    assert len(demo_store.conflicts.list_open()) == 1
    assert QApplication.activeModalWidget() is None


def test_a_questionnaire_draft_conflict_names_the_answer_and_resolves_it(
        qtbot, window: MainWindow, demo_store: Store):
    response = demo_store.responses.latest()
    assert response is not None
    me = demo_store.meta.device_id()
    add_conflict(demo_store, response.id, [
        {"field": "task_entries/III.12.1/challenges", "base": "", "current": "No budget",
         "current_device_id": OTHER, "incoming": "No staff", "incoming_device_id": me}],
        entity_type="response")
    after_sync(window)
    open_conflicts(qtbot, window)
    view = window.conflicts
    assert view.model.index(0, 0).data().startswith("Questionnaire: ")
    click_row(qtbot, view.table, 0)
    assert view.fields.model().index(0, 0).data() == "III.12.1 — Challenges"
    with qtbot.waitSignal(window.events.response_changed):
        qtbot.mouseClick(view.keep_theirs, Qt.MouseButton.LeftButton)
    entry = demo_store.responses.get(response.id).entry("III.12.1")
    assert entry is not None and entry.challenges == "No budget"
    assert demo_store.conflicts.list_open() == []
