"""Money and counts in the interface locale; stored and sent exactly as before."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from focalpoint.storage import Store
from focalpoint.ui.app import Translations
from focalpoint.ui.dialogs.activity_editor import ActivityEditor
from focalpoint.ui.numbers import format_amount, format_count, parse_amount

NBSP = "\u00a0"


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    translations = Translations(qapp)
    translations.install("ru")
    yield
    translations.install("en")


def test_russian_amounts_parse_and_display(russian: None):
    assert QLocale().language() == QLocale.Language.Russian
    assert parse_amount("12 500,50") == "12500.50"
    assert parse_amount(f"12{NBSP}500,50") == "12500.50"
    assert parse_amount("95 000") == "95000"
    assert parse_amount("12500.50") == "12500.50"  # the stored form is understood too
    assert parse_amount("12 50") == "12 50"  # not groups of three: left for validation
    assert parse_amount("abc") == "abc"
    assert format_amount("12500.50").replace(NBSP, " ") == "12 500,50"
    assert format_count(95000).replace(NBSP, " ") == "95 000"


def test_english_amounts_parse_and_display():
    assert parse_amount("12,500.50") == "12500.50"
    assert parse_amount("12,50") == "12,50", "a comma is no decimal mark in English"
    assert parse_amount("1 000") == "1000"
    assert format_amount("12500.50") == "12,500.50"
    assert format_amount("not a number") == "not a number"
    assert format_count(1234567) == "1,234,567"


def _type_amount(qtbot, editor: ActivityEditor, text: str) -> None:
    qtbot.mouseClick(editor.funding.add_button, Qt.MouseButton.LeftButton)
    table = editor.funding.table
    row = table.rowCount() - 1
    column = [c.key for c in editor.funding.columns].index("amount")
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    qtbot.keyClicks(cell, text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    QApplication.processEvents()  # the table commits the edit through a queued call


def test_editor_takes_russian_amounts_and_stores_decimal_strings(qtbot, store: Store,
                                                                  russian: None):
    editor = ActivityEditor(store, ask=lambda _parent: "discard")
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClicks(editor.title, "Shelter support")
    editor.activity_type.setCurrentIndex(editor.activity_type.findData("shelter_support"))
    editor.tasks.toggle("V.12.1")
    _type_amount(qtbot, editor, "12 500,50")
    _type_amount(qtbot, editor, "95 000")
    column = [c.key for c in editor.funding.columns].index("amount")
    assert editor.funding.table.item(0, column).text().replace(NBSP, " ") == "12 500,50"
    assert editor.save_button.isEnabled(), editor.problems()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    [saved] = store.activities.list()
    assert [line.amount for line in saved.funding] == [Decimal("12500.50"), Decimal("95000")]
    payload = store.activities.get(saved.id).model_dump(mode="json")
    assert [line["amount"] for line in payload["funding"]] == ["12500.50", "95000"]

    again = ActivityEditor(store, saved, ask=lambda _parent: "discard")
    qtbot.addWidget(again)
    assert again.funding.table.item(1, column).text().replace(NBSP, " ") == "95 000"
    assert not again.is_dirty()


def test_amount_not_in_the_locale_blocks_save_with_a_message(qtbot, store: Store):
    editor = ActivityEditor(store, ask=lambda _parent: "discard")
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClicks(editor.title, "Round table")
    editor.activity_type.setCurrentIndex(0)
    editor.tasks.toggle("IV.8.1")
    _type_amount(qtbot, editor, "12,50")
    assert not editor.save_button.isEnabled()
    assert "Line 1" in editor._errors["funding"].text()
    assert store.activities.total() == 0
