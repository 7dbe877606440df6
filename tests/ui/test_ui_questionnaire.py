"""Questionnaire: autosave that survives closing the window, validation, submission, PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from focalpoint.storage import Store
from focalpoint.ui.dialogs.pdf_options_dialog import PdfOptions
from focalpoint.ui.dialogs.questionnaire_dialogs import NewPeriodDialog
from focalpoint.ui.main_window import MainWindow
from focalpoint.vocabularies import ResponseStatus


def test_autosave_survives_closing_and_reopening(qtbot, make_window, demo_store: Store,
                                                 store_path: Path):
    window = make_window(demo_store)
    window.show_view(2)
    view = window.questionnaire
    view.part_one.goal_setting.moveCursor(view.part_one.goal_setting.textCursor().MoveOperation.End)
    with qtbot.waitSignal(view.saved, timeout=5000):
        qtbot.keyClicks(view.part_one.goal_setting, " Added in the field office.")
    view.part_two.select("III.11.1")
    view.part_two.status.setCurrentIndex(view.part_two.status.findData("not_applicable"))
    qtbot.keyClicks(view.part_two.challenges, "No OIO presence")
    window.close()  # no wait for the timer: closing saves at once

    with Store.open(store_path) as reopened:
        second = make_window(reopened)
        response = second.questionnaire.response
        assert response is not None
        assert response.goal_setting.endswith("Added in the field office.")
        entry = response.entry("III.11.1")
        assert entry is not None and entry.status.value == "not_applicable"
        assert entry.challenges == "No OIO presence"
        assert second.questionnaire.part_one.goal_setting.toPlainText().endswith(
            "Added in the field office.")
        second.close()


def test_invalid_budget_line_is_explained_not_saved(qtbot, window: MainWindow,
                                                    demo_store: Store):
    window.show_view(2)
    view = window.questionnaire
    table = view.part_one.budget_lines
    row = table.add_row({"year": "2005", "description": "Printing", "amount": "lots"})
    assert row >= 0
    assert not view.save_now()
    assert view.problem.isVisible()
    assert "Budget line" in view.problem.text() and "amount" in view.problem.text()
    latest = demo_store.responses.latest()
    assert latest is not None and all(b.description != "Printing" for b in latest.budget_lines)
    table.table.item(row, 3).setText("1500")
    assert view.save_now()
    latest = demo_store.responses.latest()
    assert latest is not None and any(b.description == "Printing" for b in latest.budget_lines)


def test_a_bad_line_does_not_hold_back_the_rest_of_the_draft(qtbot, make_window,
                                                             demo_store: Store,
                                                             store_path: Path):
    window = make_window(demo_store)
    window.show_view(2)
    view = window.questionnaire
    view.part_one.budget_lines.add_row({"year": "2005", "description": "Printing",
                                        "amount": "lots"})
    view.part_one.goal_setting.setPlainText("Typed after the bad line")
    assert not view.save_now()
    assert "amount" in view.unsaved_problem()
    latest = demo_store.responses.latest()
    assert latest is not None and latest.goal_setting == "Typed after the bad line"
    assert all(b.description != "Printing" for b in latest.budget_lines)
    assert view.part_one.budget_lines.table.rowCount() == len(latest.budget_lines) + 1

    asked: list[str] = []
    window.ask_close_unsaved = lambda _parent, problem: asked.append(problem) or False
    window.show_view(0)
    assert not window.close()  # the user goes back to correct the line
    assert asked and "amount" in asked[0]
    assert window.isVisible() and window.current_view() == "questionnaire"
    window.ask_close_unsaved = lambda _parent, _problem: True
    assert window.close()
    with Store.open(store_path) as reopened:
        response = reopened.responses.latest()
        assert response is not None and response.goal_setting == "Typed after the bad line"


def test_part_two_lists_the_periods_activities(qtbot, window: MainWindow):
    part = window.questionnaire.part_two
    qtbot.waitUntil(lambda: bool(part._counts))
    part.select("III.12.1")
    assert part.activities.count() == part._counts["III.12.1"] > 0
    assert part.comment.toPlainText() == "" or part.comment.isReadOnly() is False


def _choose_period(start: date, end: date):
    """The user's answer to the "New questionnaire" dialog: type the dates, press OK."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, NewPeriodDialog)
        dialog.start.setDate(QDate(start.year, start.month, start.day))
        dialog.end.setDate(QDate(end.year, end.month, end.day))
        buttons = dialog.findChild(QDialogButtonBox)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    return act


def test_new_period_button_starts_a_questionnaire(qtbot, window: MainWindow,
                                                  demo_store: Store, answer_modal):
    """The real button: its clicked(bool) once passed False as the period and crashed."""
    window.show_view(2)
    view = window.questionnaire
    before = len(demo_store.responses.list())
    answered = answer_modal(_choose_period(date(2026, 1, 1), date(2026, 12, 31)))
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert answered, "the New questionnaire dialog did not open"
    assert len(demo_store.responses.list()) == before + 1
    assert view.response is not None and view.response.period_start == date(2026, 1, 1)
    assert view.pages.currentIndex() == 1


def test_start_button_on_an_empty_store_starts_the_first_questionnaire(
        qtbot, make_window, store: Store, answer_modal):
    window = make_window(store)
    window.show_view(2)
    view = window.questionnaire
    assert view.response is None and view.pages.currentIndex() == 0
    start = next(b for b in view.pages.widget(0).findChildren(QPushButton)
                 if b.text() == view.tr("Start a questionnaire…"))
    answered = answer_modal(_choose_period(date(2025, 1, 1), date(2025, 12, 31)))
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert answered
    assert view.response is not None and view.response.period_end == date(2025, 12, 31)
    assert [r.id for r in store.responses.list()] == [view.response.id]


def test_cancelling_the_new_period_dialog_starts_nothing(qtbot, window: MainWindow,
                                                         demo_store: Store, answer_modal):
    view = window.questionnaire
    before = len(demo_store.responses.list())
    answered = answer_modal(lambda dialog: dialog.reject())
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert answered and len(demo_store.responses.list()) == before


def test_new_period_then_submit_freezes_it(qtbot, window: MainWindow, demo_store: Store):
    view = window.questionnaire
    response_id = view.new_response((date(2026, 1, 1), date(2026, 12, 31)))
    assert response_id is not None and view.response is not None
    assert view.response.id == response_id
    asked: list[str] = []
    view.confirm_submit = lambda _p, r, _unanswered: asked.append(r.id) or True
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    assert asked == [response_id]
    assert demo_store.responses.get(response_id).status == ResponseStatus.SUBMITTED
    assert view.part_one.goal_setting.isReadOnly()
    assert not view.submit_button.isEnabled()


def test_export_pdf_runs_in_a_worker(qtbot, window: MainWindow, tmp_path: Path):
    view = window.questionnaire
    assert view.export_button.isEnabled() and window.export_action.isEnabled()
    out = tmp_path / "q.pdf"
    view.choose_pdf_path = lambda _p, _s: out
    view.choose_pdf_options = lambda _p: PdfOptions()
    offered: list[tuple[Path, int]] = []
    opened: list[Path] = []
    view.offer_open = lambda _p, path, pages: offered.append((path, pages)) or True
    view.open_file = lambda path: opened.append(path) or True
    job = view.export_pdf()
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert out.read_bytes().startswith(b"%PDF")
    assert "PDF written" in view.state.text()
    qtbot.waitUntil(lambda: bool(opened))  # then offers to open the file
    assert offered[0][0] == out and offered[0][1] > 0
    assert opened == [out]


def test_declining_to_open_the_pdf_opens_nothing(qtbot, window: MainWindow, tmp_path: Path):
    view = window.questionnaire
    assert view.export_button.isEnabled()
    out = tmp_path / "q.pdf"
    view.choose_pdf_path = lambda _p, _s: out
    view.choose_pdf_options = lambda _p: PdfOptions()
    offered: list[Path] = []
    opened: list[Path] = []
    view.offer_open = lambda _p, path, _pages: offered.append(path) or False
    view.open_file = lambda path: opened.append(path) or True
    job = view.export_pdf()
    assert job is not None
    qtbot.waitUntil(lambda: bool(offered), timeout=60_000)
    assert opened == []


def test_typing_without_a_pause_is_still_saved(qtbot, window: MainWindow, demo_store: Store,
                                               monkeypatch):
    """The autosave timer restarts on each key; a bounded wait saves during long typing."""
    from focalpoint.ui.views import questionnaire_view

    monkeypatch.setattr(questionnaire_view, "AUTOSAVE_MAX_MS", 0)
    window.show_view(2)
    view = window.questionnaire
    saved: list[str] = []
    view.saved.connect(saved.append)
    view.part_one.priorities.setPlainText("a")
    assert saved == [] and view.has_unsaved_changes()  # first key: the timer waits
    view.part_one.priorities.setPlainText("ab")
    assert len(saved) == 1 and not view.has_unsaved_changes()
    latest = demo_store.responses.latest()
    assert latest is not None and latest.priorities == "ab"


def test_switching_period_asks_before_losing_a_line_that_cannot_be_saved(
        qtbot, window: MainWindow, demo_store: Store):
    view = window.questionnaire
    first = view.response
    assert first is not None
    second = view.new_response((date(2026, 1, 1), date(2026, 12, 31)))
    assert second is not None and view.response is not None and view.response.id == second
    table = view.part_one.budget_lines
    table.add_row({"year": "2026", "description": "Printing", "amount": "lots"})
    asked: list[str] = []
    view.ask_discard = lambda _parent, problem: asked.append(problem) or False

    def choose(response_id: str) -> None:
        index = view.period.findData(response_id)
        view.period.setCurrentIndex(index)
        view.period.activated.emit(index)

    choose(first.id)
    assert asked and "amount" in asked[0]
    assert view.response.id == second and view.period.currentData() == second
    assert table.table.rowCount() == 1  # the line is still there to correct
    assert view.new_response((date(2027, 1, 1), date(2027, 12, 31))) is None
    assert len(asked) == 2 and view.response.id == second

    view.ask_discard = lambda _parent, _problem: True
    choose(first.id)
    assert view.response.id == first.id
