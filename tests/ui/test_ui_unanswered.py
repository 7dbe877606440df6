"""Part 2 tasks without an answer: shown and counted as the PDF reports them, and named
before submitting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from focalpoint import questionnaire_text as words
from focalpoint.report.content import load_content
from focalpoint.report.part2 import status_label
from focalpoint.storage import Store
from focalpoint.ui.main_window import MainWindow
from focalpoint.vocabularies import ResponseStatus


def _pdf_unanswered(store: Store, response_id: str) -> list[str]:
    content = load_content(store, store.responses.get(response_id))
    return [t.task.code for t in content.tasks()
            if t.applicable and status_label(t) == words.NO_ANSWER]


def _new_period(window: MainWindow) -> str:
    window.show_view(2)
    response_id = window.questionnaire.new_response((date(2026, 1, 1), date(2026, 12, 31)))
    assert response_id is not None
    return response_id


def test_unanswered_tasks_read_as_in_the_pdf(qtbot, window: MainWindow, demo_store: Store):
    response_id = _new_period(window)
    part = window.questionnaire.part_two
    qtbot.waitUntil(lambda: window.questionnaire._activity_job is None)
    expected = _pdf_unanswered(demo_store, response_id)
    assert expected and part.unanswered() == expected
    item = part._items[expected[0]]
    assert item.text(1) == "No answer" == words.NO_ANSWER
    assert item.font(1).italic()
    assert str(len(expected)) in part.unanswered_label.text()
    part.select(expected[0])
    assert part.status.currentIndex() == -1
    assert part.status.placeholderText() == "No answer"
    assert "Not started" not in [part._items[c].text(1) for c in expected]


def test_typing_an_answer_counts_the_task_as_answered(qtbot, window: MainWindow,
                                                      demo_store: Store):
    response_id = _new_period(window)
    view = window.questionnaire
    part = view.part_two
    qtbot.waitUntil(lambda: view._activity_job is None)
    before = part.unanswered()
    code = before[0]
    part.select(code)
    with qtbot.waitSignal(view.saved, timeout=5000):
        qtbot.keyClicks(part.comment, "Done with the police academy")
    assert part.status.currentData() == "not_started"
    assert part._items[code].text(1) == "Not started"
    assert part.unanswered() == before[1:]
    assert str(len(before) - 1) in part.unanswered_label.text()
    view.save_now()
    assert _pdf_unanswered(demo_store, response_id) == before[1:]


def test_submit_names_the_unanswered_tasks_before_asking(qtbot, window: MainWindow,
                                                         demo_store: Store, answer_modal):
    """The real button and the real question: the unanswered tasks are listed; No keeps
    the draft."""
    response_id = _new_period(window)
    view = window.questionnaire
    qtbot.waitUntil(lambda: view._activity_job is None)
    unanswered = view.part_two.unanswered()
    seen: list[tuple[str, str]] = []

    def say_no(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append((box.informativeText(), box.detailedText()))
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)

    answer_modal(say_no)
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    assert seen, "no question was asked"
    informative, details = seen[0]
    assert f"still without an answer: {len(unanswered)}." in informative
    assert unanswered[0] in informative
    assert details.splitlines() == [
        f"{code} — {demo_store.catalogue.section_of(code).title}" for code in unanswered]
    assert demo_store.responses.get(response_id).status == ResponseStatus.DRAFT


def test_a_fully_answered_questionnaire_says_so(qtbot, window: MainWindow):
    _new_period(window)
    view = window.questionnaire
    part = view.part_two
    qtbot.waitUntil(lambda: view._activity_job is None)
    for code in part.unanswered():
        part.select(code)
        part.status.setCurrentIndex(part.status.findData("in_progress"))
    assert part.unanswered() == []
    assert part.unanswered_label.text() == "Every applicable task has an answer."
    asked: list[list[str]] = []
    view.confirm_submit = lambda _p, _r, lines: asked.append(lines) or False
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    assert asked == [[]]
