"""Task titles (short English, unofficial Russian) in the picker and the task filter."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from focalpoint.storage import Store
from focalpoint.ui.app import Translations
from focalpoint.ui.dialogs.activity_editor import ActivityEditor
from focalpoint.ui.main_window import MainWindow


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.install("ru")
    yield translations
    translations.install("en")


def type_text(widget: QWidget, text: str) -> None:
    """Type any text as key events (``qtbot.keyClicks`` aborts on non-Latin characters)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def _visible_tasks(editor: ActivityEditor) -> list[str]:
    proxy, found = editor.tasks.proxy, []

    def walk(parent) -> None:  # type: ignore[no-untyped-def]
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            if proxy.rowCount(index):
                walk(index)
            else:
                found.append(str(index.data()).split()[0])
    walk(editor.tasks.tree.rootIndex())
    return found


def _editor(qtbot, store: Store) -> ActivityEditor:
    editor = ActivityEditor(store, ask=lambda _parent: "discard")
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_task_search_finds_by_code_english_and_russian_words(qtbot, demo_store: Store,
                                                            russian: Translations):
    assert QLocale().language() == QLocale.Language.Russian
    editor = _editor(qtbot, demo_store)
    placeholder = editor.tasks.search.placeholderText()
    assert "английским словам" not in placeholder and "по-русски" in placeholder
    assert "неофициальный" in editor.tasks.translation_note.text().casefold()
    for typed, expected in (("III.12", ["III.12.1", "III.12.2"]),
                            ("обучение полиции", ["III.12.2"]),
                            ("ИССЛЕДОВАНИЯ осведомленности", ["IV.8.1"]),  # ё typed as е
                            ("community policing", ["III.10.1"]),
                            ("7.2", ["IV.7.2"])):  # a code as misprinted in the report
        editor.tasks.search.clear()
        type_text(editor.tasks.search, typed)
        assert _visible_tasks(editor) == expected, typed
    item = editor.tasks.model.itemFromIndex(editor.tasks.model.task_index("III.12.2"))
    assert item.text().startswith("III.12.2  Обучение полиции")
    assert "Неофициальный рабочий перевод" in item.toolTip()
    assert "United Nations Children’s Fund" in item.toolTip()  # the text of record


def test_english_interface_shows_short_english_titles(qtbot, demo_store: Store):
    editor = _editor(qtbot, demo_store)
    type_text(editor.tasks.search, "полиции")
    assert _visible_tasks(editor) == ["III.12.2"]  # Russian words work in English too
    item = editor.tasks.model.itemFromIndex(editor.tasks.model.task_index("III.10.1"))
    assert item.text() == "III.10.1  Community policing"
    assert "nofficial" not in item.toolTip()
    assert not hasattr(editor.tasks, "translation_note")


def test_task_filter_shows_code_and_short_title(qtbot, window: MainWindow):
    combo = window.activities.task_filter
    index = combo.findData("task:III.9.1")
    assert combo.itemText(index).strip() == "III.9.1  Legislative review and reform"
    assert "The ODIHR, and where appropriate" in combo.itemData(
        index, Qt.ItemDataRole.ToolTipRole)
    while combo.currentIndex() < index:  # the user walks down the list with the arrow key
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not window.activities.model.is_loading())
    assert window.activities.current_filter().task == "III.9.1"


def test_task_filter_in_russian(qtbot, make_window, demo_store: Store, russian: Translations):
    window = make_window(demo_store)
    combo = window.activities.task_filter
    text = combo.itemText(combo.findData("task:IV.8.1")).strip()
    assert text == "IV.8.1  Исследования и повышение осведомлённости"
    assert combo.itemText(combo.findData("section:IV.8")).strip() == (
        "IV.8 Повышение осведомлённости")
    assert "Неофициальный" in combo.itemData(combo.findData("task:IV.8.1"),
                                             Qt.ItemDataRole.ToolTipRole)
