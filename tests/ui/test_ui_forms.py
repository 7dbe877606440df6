"""Forms as a new user meets them: no error before typing, a title column that grows, and
Part 1's tables shown whole with their totals."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from focalpoint.resource_totals import budget_totals, staff_totals
from focalpoint.storage import Store
from focalpoint.ui.main_window import MainWindow
from focalpoint.ui.models.activity_table_model import TITLE_COLUMN


def test_a_fresh_activity_form_shows_no_error(qtbot, window: MainWindow):
    editor = window.activities.open_editor()
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    assert not editor.summary.isVisible()
    assert not any(label.isVisible() for label in editor._errors.values())
    assert not editor.save_button.isEnabled()
    assert "Title" in editor.save_button.toolTip()  # why Save is disabled
    editor.done(0)


def test_errors_appear_once_a_field_is_touched(qtbot, window: MainWindow):
    editor = window.activities.open_editor()
    assert editor is not None
    qtbot.keyClicks(editor.title, "x")
    editor.title.clear()
    assert editor._errors["title"].isVisible()
    assert editor.summary.isVisible() and "Title" in editor.summary.text()
    assert not editor._errors["activity_type"].isVisible()  # not touched yet
    editor.done(0)


def test_trying_to_save_shows_every_error(qtbot, window: MainWindow):
    editor = window.activities.open_editor()
    assert editor is not None
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClick(editor.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.summary.isVisible()
    assert editor._errors["title"].isVisible() and editor._errors["task_codes"].isVisible()
    assert not editor.save_button.isEnabled()
    editor.done(0)


def test_the_title_column_grows_with_the_window(qtbot, window: MainWindow):
    table = window.activities.table
    window.resize(1000, 650)
    QApplication.processEvents()
    narrow = table.columnWidth(TITLE_COLUMN)
    others = [table.columnWidth(c) for c in range(1, table.model().columnCount())]
    window.resize(1270, 650)
    QApplication.processEvents()
    assert table.columnWidth(TITLE_COLUMN) > narrow + 150  # all the room gained
    assert table.columnWidth(TITLE_COLUMN) >= 300  # readable on a 1280-pixel screen
    assert [table.columnWidth(c) for c in range(1, table.model().columnCount())] == others


def _shown_whole(record_table) -> bool:
    table = record_table.table
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    return table.verticalScrollBar().maximum() == 0 and table.viewport().height() >= rows


def test_part_one_tables_show_every_row_and_the_pdf_totals(qtbot, window: MainWindow,
                                                           demo_store: Store):
    window.show_view(2)
    part = window.questionnaire.part_one
    response = window.questionnaire.response
    assert response is not None and len(response.budget_lines) > 6
    assert part.budget_lines.table.rowCount() == len(response.budget_lines)
    assert _shown_whole(part.staff_posts) and _shown_whole(part.budget_lines)

    by_year, overall = budget_totals(response.budget_lines)
    shown = part.budget_totals.cell_texts()
    assert len(shown) == len(by_year) + len(overall)
    expected_total = overall[0].total
    assert Decimal(shown[-1][-1].replace(",", "")) == expected_total
    assert shown[-1][0] == f"All years ({overall[0].currency})"
    staff = staff_totals(response.staff_posts)
    assert [row[0] for row in part.staff_totals.cell_texts()] == [str(r.year) for r in staff]

    height = part.budget_lines.table.height()
    qtbot.mouseClick(part.budget_lines.add_button, Qt.MouseButton.LeftButton)
    assert part.budget_lines.table.height() > height  # grows instead of scrolling
    assert _shown_whole(part.budget_lines)


def test_totals_follow_edits_and_skip_a_line_being_typed(qtbot, window: MainWindow):
    window.show_view(2)
    part = window.questionnaire.part_one
    part.budget_lines.table.selectAll()
    qtbot.mouseClick(part.budget_lines.remove_button, Qt.MouseButton.LeftButton)
    assert part.budget_lines.table.rowCount() == 0
    assert part.budget_totals.empty.isVisible() and not part.budget_totals.table.isVisible()
    part.budget_lines.add_row({"year": "2006", "source": "unified_budget",
                               "description": "Printing", "amount": "1500", "currency": "EUR"})
    part.budget_lines.add_row({"year": "2006", "source": "extrabudgetary",
                               "description": "Hotline", "amount": "500.50", "currency": "EUR"})
    part.budget_lines.add_row({"year": "2006", "source": "unified_budget",
                               "description": "Typing", "amount": "lots"})
    part.budget_lines.add_row({"year": "2006", "source": "unified_budget",
                               "description": "Travel", "amount": "100", "currency": "USD"})
    rows = part.budget_totals.cell_texts()
    assert [r[0] for r in rows] == ["2006 (EUR)", "2006 (USD)", "All years (EUR)",
                                    "All years (USD)"]
    assert [Decimal(v.replace(",", "")) for v in rows[2][1:]] == [
        Decimal("1500"), Decimal("500.50"), Decimal("2000.50")]


def _shared_strings() -> list[str]:
    from focalpoint import questionnaire_text as words

    texts = [v for k, v in vars(words).items() if k.isupper() and isinstance(v, str)
             and k != "CONTEXT"]
    for question in words.NARRATIVE:
        texts += [question.title, question.guidance]
    return texts


def test_part_one_uses_the_pdf_wording(qtbot, window: MainWindow):
    from focalpoint import questionnaire_text as words

    window.show_view(2)
    part = window.questionnaire.part_one
    assert [label.text() for label in part.guidance] == [q.guidance for q in words.NARRATIVE]


def test_shared_wording_is_translated(qtbot, make_window, demo_store: Store, translations):
    from PySide6.QtCore import QCoreApplication

    from focalpoint import questionnaire_text as words

    assert translations.install("ru")
    untranslated = [text for text in _shared_strings()
                    if QCoreApplication.translate(words.CONTEXT, text) == text]
    assert not untranslated
    window = make_window(demo_store)
    window.show_view(2)
    part = window.questionnaire.part_one
    assert part.guidance[0].text() == QCoreApplication.translate(
        words.CONTEXT, words.NARRATIVE[0].guidance)
    assert part.staff_totals.title.text() == "<b>Ставки по годам и источникам финансирования</b>"
