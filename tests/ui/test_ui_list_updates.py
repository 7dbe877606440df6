"""The activity list follows a save in place, reads pages in workers, and the counts and
completion lists that follow an edit are read off the GUI thread.

Each test compares the list with the store's own ordered query (``ids``), so an in-place
update that put a row in the wrong place, or kept one the filter excludes, fails.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from focalpoint.storage import Store
from focalpoint.ui.main_window import MainWindow
from focalpoint.ui.models.activity_table_model import PAGE_SIZE
from focalpoint.ui.models.suggestion_model import SuggestionModel
from focalpoint.ui.tasks import TaskManager


def _activities(count: int) -> list[dict[str, object]]:
    return [{"title": f"Seminar {index:04d}", "activity_type": "training",
             "start_date": f"20{10 + index % 15}-0{1 + index % 9}-1{index % 10}",
             "partners": [f"Partner {index % 7}"], "task_codes": ["III.12.1"]}
            for index in range(count)]


def _save_in_editor(qtbot, window: MainWindow, activity_id: str | None, **texts: str) -> str:
    """Open the editor (on an activity, or a new one), type, press Save; the saved id."""
    editor = window.activities.open_editor(activity_id)
    assert editor is not None
    saved: list[str] = []
    editor.saved.connect(saved.append)
    for field, text in texts.items():
        widget = getattr(editor, field)
        widget.clear()
        qtbot.keyClicks(widget, text)
    if activity_id is None:
        editor.activity_type.setCurrentIndex(editor.activity_type.findData("training"))
        item = editor.tasks.model.itemFromIndex(editor.tasks.model.task_index("III.12.1"))
        item.setCheckState(Qt.CheckState.Checked)
    assert editor.save_button.isEnabled(), editor.problems()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert saved
    return saved[0]


def _shown_like_the_store(window: MainWindow, store: Store) -> None:
    model = window.activities.model
    assert model.ids() == store.activities.ids(model.filter, model.sort_key, model.descending)


def test_an_edit_updates_its_row_in_place_and_keeps_the_selection(
        qtbot, window: MainWindow, demo_store: Store):
    view = window.activities
    model = view.model
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    view.table.selectRow(3)
    activity_id = model.activity_id(3)
    _save_in_editor(qtbot, window, activity_id, title="Renamed in place")
    # No query of the whole list ran: the row was re-read and left where the sort keeps it.
    assert not model.is_loading()
    assert resets == []
    assert model.row_of(activity_id) == 3
    assert model.index(3, 0).data() == "Renamed in place"
    assert view.selected_ids() == [activity_id]
    _shown_like_the_store(window, demo_store)


def test_an_edit_of_the_sort_key_moves_the_row_and_the_selection_follows(
        qtbot, window: MainWindow, demo_store: Store):
    view = window.activities
    model = view.model
    with qtbot.waitSignal(model.refreshed):
        view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by title
    last = model.activity_id(model.rowCount() - 1)
    view.table.selectRow(model.rowCount() - 1)
    _save_in_editor(qtbot, window, last, title="AAA first in the list")
    assert not model.is_loading()
    assert model.row_of(last) == 0
    assert model.index(0, 0).data() == "AAA first in the list"
    assert view.selected_ids() == [last]
    _shown_like_the_store(window, demo_store)


def test_an_edit_that_leaves_the_filter_removes_the_row(qtbot, make_window, store: Store):
    store.activities.save_many(_activities(30))
    window = make_window(store)
    view = window.activities
    model = view.model
    with qtbot.waitSignal(model.refreshed, timeout=5000):
        qtbot.keyClicks(view.search, "seminar")
    assert model.rowCount() == 30
    activity_id = model.activity_id(4)
    _save_in_editor(qtbot, window, activity_id, title="Workshop")
    assert not model.is_loading()
    assert model.rowCount() == 29 and model.row_of(activity_id) == -1
    assert model.total == 30
    assert view.count_label.text() == "29 of 30 activities"
    _shown_like_the_store(window, store)


def test_a_new_activity_is_inserted_where_the_sort_puts_it(
        qtbot, window: MainWindow, demo_store: Store):
    view = window.activities
    model = view.model
    with qtbot.waitSignal(model.refreshed):
        view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    total = demo_store.activities.total()
    new_id = _save_in_editor(qtbot, window, None, title="Midway training of judges")
    assert not model.is_loading()
    assert model.total == total + 1 == model.rowCount()
    assert 0 < model.row_of(new_id) < model.rowCount() - 1
    assert model.index(model.row_of(new_id), 0).data() == "Midway training of judges"
    assert view.selected_ids() == [new_id]
    _shown_like_the_store(window, demo_store)


def test_pages_scrolled_into_view_are_read_in_a_worker(qtbot, make_window, store: Store):
    store.activities.save_many(_activities(3 * PAGE_SIZE + 50))
    window = make_window(store)
    model = window.activities.model
    rows = model.rowCount()
    # The id query read the first page ahead: shown without waiting.
    assert model.index(0, 0).data().startswith("Seminar ")
    far = rows - 1
    assert model.index(far, 0).data() == ""  # blank while its page is read in a worker
    assert model.is_fetching()
    with qtbot.waitSignal(model.dataChanged):
        pass
    qtbot.waitUntil(lambda: not model.is_fetching())
    expected = store.activities.summaries([model.activity_id(far) or ""])
    assert model.index(far, 0).data() == next(iter(expected.values())).title


def test_a_page_read_before_an_edit_does_not_bring_the_old_title_back(
        qtbot, make_window, store: Store):
    store.activities.save_many(_activities(3 * PAGE_SIZE))
    window = make_window(store)
    model = window.activities.model
    far = model.rowCount() - 1
    activity_id = model.activity_id(far)
    assert model.index(far, 0).data() == ""  # its page is being read now
    _save_in_editor(qtbot, window, activity_id, title="Edited while its page was read")
    qtbot.waitUntil(lambda: not model.is_fetching())
    assert model.index(model.row_of(activity_id), 0).data() == "Edited while its page was read"


def test_completion_lists_and_counts_follow_an_edit_from_workers(
        qtbot, window: MainWindow, demo_store: Store):
    partners = window.activities.more_filters.models[1]
    assert partners.field == "partners"
    assert "A partner nobody had" not in partners.stringList()
    activity_id = window.activities.model.activity_id(0)
    assert activity_id is not None
    activity = demo_store.activities.get(activity_id)
    plan = window.actionplan
    before = plan.model.count_of("III.11.1")
    mapped = "III.11.1" in activity.task_codes
    demo_store.activities.save(dict(activity.model_dump(mode="json"),
                                    partners=["A partner nobody had"],
                                    task_codes=[*activity.task_codes, "III.11.1"]))
    with qtbot.waitSignal(partners.refreshed):
        window.events.activity_changed.emit(activity_id)
    assert "A partner nobody had" in partners.stringList()
    qtbot.waitUntil(lambda: not plan.is_loading() and not window.tasks.active())
    assert plan.model.count_of("III.11.1") == before + (0 if mapped else 1)


def test_a_suggestion_model_without_a_worker_reads_at_once(qtbot, store: Store):
    store.activities.save({"title": "One", "activity_type": "training",
                           "partners": ["IOM"], "task_codes": ["III.12.1"]})
    assert SuggestionModel(store, "partners").stringList() == ["IOM"]
    tasks = TaskManager()
    model = SuggestionModel(store, "partners", tasks=tasks)
    assert model.is_loading()
    qtbot.waitUntil(lambda: not model.is_loading())
    assert model.stringList() == ["IOM"]


def test_a_suggestion_model_deleted_before_its_answer_ignores_it(
        qtbot, store: Store, monkeypatch):
    """An editor saved (and deleted) while its completion lists were still being read:
    the late answer must not reach the deleted model (was a flaky 'already deleted')."""
    import threading

    from PySide6.QtCore import QObject
    from shiboken6 import delete

    from focalpoint.storage.suggestions import SuggestionRepository

    release = threading.Event()
    used = SuggestionRepository.used

    def held(self, field):
        release.wait(10)
        return used(self, field)

    monkeypatch.setattr(SuggestionRepository, "used", held)
    tasks = TaskManager()
    owner = QObject()
    model = SuggestionModel(store, "partners", owner, tasks=tasks)
    assert model.is_loading()
    delete(owner)  # the editor and its models, gone before the worker answers
    release.set()
    qtbot.waitUntil(lambda: not tasks.active())
