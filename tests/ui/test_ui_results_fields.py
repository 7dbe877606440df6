"""The activity editor's results fields (people reached, indicators, evaluation,
sustainability), driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from focalpoint.storage import Store
from focalpoint.ui.dialogs.activity_editor import ActivityEditor
from focalpoint.ui.main_window import MainWindow
from focalpoint.ui.models.catalogue_tree_model import CHECKED


def _editor(window: MainWindow, activity_id: str | None = None) -> ActivityEditor:
    editor = window.activities.open_editor(activity_id)
    assert editor is not None
    return editor


def _type_count(qtbot, spin, value: int) -> None:
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def _pick(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_results_are_saved_and_loaded(qtbot, window: MainWindow, demo_store: Store):
    editor = _editor(window)
    qtbot.keyClicks(editor.title, "Training of prosecutors")
    _pick(editor.activity_type, "training")
    item = editor.tasks.model.itemFromIndex(editor.tasks.model.task_index("III.12.1"))
    item.setCheckState(CHECKED)
    people = editor.results.people.parts
    _type_count(qtbot, people["total"], 30)
    _type_count(qtbot, people["women"], 12)
    _type_count(qtbot, people["men"], 18)
    editor.results.indicators.add_row({"name": "cases referred", "value": "4"})
    _pick(editor.results.evaluation.kind, "external")
    qtbot.keyClicks(editor.results.evaluation.finding, "Trainees use the guidelines")
    _pick(editor.results.sustainability.ratings["national_ownership"], "partly")
    qtbot.keyClicks(editor.results.sustainability.notes["infrastructure"], "No budget line")
    assert editor.save_button.isEnabled(), editor.problems()
    with qtbot.waitSignal(window.activities.model.refreshed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    [saved] = [a for a in demo_store.activities.list() if a.title == "Training of prosecutors"]
    assert (saved.people_reached.total, saved.people_reached.women,
            saved.people_reached.men, saved.people_reached.not_recorded) == (30, 12, 18, None)
    assert [(i.name, i.value) for i in saved.outcome_indicators] == [("cases referred", 4)]
    assert saved.evaluation.kind == "external"
    assert saved.evaluation.finding == "Trainees use the guidelines"
    assert saved.sustainability.national_ownership.rating == "partly"
    assert saved.sustainability.infrastructure.note == "No budget line"

    again = _editor(window, saved.id)
    assert not again.is_dirty()
    assert again.results.people.parts["women"].count() == 12
    assert again.results.people.parts["not_recorded"].count() is None
    assert again.results.evaluation.kind.currentData() == "external"
    assert again.results.indicators.records() == [{"name": "cases referred", "value": "4"}]
    again._ask = lambda _parent: "discard"
    again.reject()


def test_parts_above_total_keep_save_disabled_and_say_why(qtbot, window: MainWindow):
    editor = _editor(window, window.activities.model.activity_id(0))
    people = editor.results.people.parts
    _type_count(qtbot, people["total"], 10)
    _type_count(qtbot, people["women"], 8)
    _type_count(qtbot, people["men"], 5)
    assert not editor.save_button.isEnabled()
    error = editor._errors["people_reached"]
    assert error.isVisible() and "add up to 13, more than the total 10" in error.text()
    _type_count(qtbot, people["men"], 2)
    assert editor.save_button.isEnabled(), editor.problems()
    assert not error.isVisible()
    editor._ask = lambda _parent: "discard"
    editor.reject()


def test_a_finding_without_an_evaluation_is_explained(qtbot, window: MainWindow):
    editor = _editor(window, window.activities.model.activity_id(0))
    evaluation = editor.results.evaluation
    assert not evaluation.finding.isEnabled()  # "Not evaluated": nothing to describe
    _pick(evaluation.kind, "internal")
    qtbot.keyClicks(evaluation.finding, "Good")
    _pick(evaluation.kind, "none")
    assert evaluation.finding.isEnabled(), "what was typed stays visible and editable"
    assert not editor.save_button.isEnabled()
    assert "choose internal or external" in editor._errors["evaluation"].text()
    editor._ask = lambda _parent: "discard"
    editor.reject()


def test_an_empty_date_field_reads_as_no_date(qtbot):
    from focalpoint.ui.widgets.date_edit import OptionalDateEdit

    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    assert edit.value() is None
    edit.set_value("2005-03-01")
    edit.set_value(None)
    assert edit.value() is None
