"""Validation problems are shown in the interface language; the English wording stays."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from focalpoint.storage import Store
from focalpoint.ui.app import Translations
from focalpoint.ui.dialogs.activity_editor import ActivityEditor
from focalpoint.ui.main_window import MainWindow
from focalpoint.ui.validation_text import problem_text, translated_templates
from focalpoint.validation import TEMPLATES, Problem

RU_TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "focalpoint_ru.ts"


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


def test_every_template_can_be_translated() -> None:
    """A template added to focalpoint.validation without a line in validation_text fails."""
    listed = translated_templates()  # no translator installed: each comes back as is
    assert set(listed) == set(TEMPLATES)
    assert all(listed[template] == template for template in TEMPLATES)


def test_russian_covers_every_template_and_keeps_the_placeholders() -> None:
    russian: dict[str, str] = {}
    for context in ET.parse(RU_TS).getroot().iter("context"):
        if context.findtext("name") == "Validation":
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None and not translation.get("type"), message
                russian[message.findtext("source") or ""] = translation.text or ""
    assert set(russian) == set(TEMPLATES)
    for template, text in russian.items():
        assert text and _placeholders(text) == _placeholders(template), template


def test_english_text_is_the_message_and_free_text_is_kept() -> None:
    problem = Problem.of("funding[0].amount", "{value} is not a number", value="'lots'")
    assert problem_text(problem) == problem.message == "'lots' is not a number"
    assert problem_text(Problem("audiences", "“x” is not one of the choices")) == (
        "“x” is not one of the choices")


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[Translations]:
    """Russian for the test; requested before the window so English returns after it closed."""
    translations = Translations(qapp)
    assert translations.install("ru")
    yield translations
    translations.install("en")


def _editor(window: MainWindow) -> ActivityEditor:
    editor = window.activities.open_editor()
    assert editor is not None
    return editor


def test_editor_explains_problems_in_russian(russian: Translations, qtbot, make_window,
                                            demo_store: Store):
    window = make_window(demo_store)
    editor = _editor(window)
    qtbot.keyClicks(editor.title, "x")
    editor.title.clear()
    assert editor._errors["title"].isVisible()
    assert editor._errors["title"].text() == "Поле не должно быть пустым."

    editor.description.setPlainText("x" * 20_001)
    assert editor._errors["description"].isVisible()
    assert editor._errors["description"].text() == (
        "Слишком длинный текст (максимум символов: 20000).")

    editor.funding.add_row({"source": "extrabudgetary", "amount": "lots"})
    assert editor._errors["funding"].text() == "Строка 1, сумма: 'lots' — не число"

    editor.start_date.set_value("2026-05-10")
    editor.end_date.set_value("2026-05-01")
    assert editor._errors["end_date"].text() == "Дата 2026-05-01 раньше даты начала 2026-05-10."
    assert editor.summary.text().startswith("Чтобы сохранить, исправьте:")
    assert not editor.save_button.isEnabled()


def test_questionnaire_explains_a_bad_line_in_russian(russian: Translations, qtbot,
                                                      make_window, demo_store: Store):
    window = make_window(demo_store)
    window.show_view(2)
    view = window.questionnaire
    table = view.part_one.budget_lines
    row = table.add_row({"year": "2005", "description": "Печать", "amount": "lots"})
    assert not view.save_now()
    assert f"Статья бюджета {row + 1}, сумма: 'lots' — не число" in view.problem.text()
    assert "amount" not in view.problem.text()
    table.table.item(row, 3).setText("1500")
    assert view.save_now()
