"""Text is readable: WCAG AA (4.5:1) for every enabled label and placeholder in the app.

Each label's text colour is taken as Qt draws it: the colour of its style sheet or of the
rich text's inline ``color``, else its palette's foreground; the background is its
palette's window colour, and inside a group box also the slightly darker tone Fusion fills
group boxes with. Hints made with ``style_as_hint`` must keep their 5.5:1 margin.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from focalpoint.storage import CorruptStoreError, Store
from focalpoint.ui.contrast import (
    AA_RATIO,
    HINT_RATIO,
    contrast_ratio,
    muted,
    readable_placeholders,
    style_as_hint,
)
from focalpoint.ui.dialogs.error_dialog import ErrorDialog
from focalpoint.ui.dialogs.questionnaire_dialogs import NewPeriodDialog
from focalpoint.ui.dialogs.setup_dialog import SetupDialog
from focalpoint.ui.dialogs.store_problem_dialog import StoreProblemDialog
from focalpoint.ui.main_window import MainWindow

COLOUR = re.compile(r"color\s*[:=]\s*['\"]?\s*(#[0-9a-fA-F]{6}|palette\(([a-z-]+)\))")
ROLES = {
    "dark": QPalette.ColorRole.Dark, "mid": QPalette.ColorRole.Mid,
    "midlight": QPalette.ColorRole.Midlight, "light": QPalette.ColorRole.Light,
    "shadow": QPalette.ColorRole.Shadow, "text": QPalette.ColorRole.Text,
    "window-text": QPalette.ColorRole.WindowText, "button-text": QPalette.ColorRole.ButtonText,
    "placeholder-text": QPalette.ColorRole.PlaceholderText,
    "highlight": QPalette.ColorRole.Highlight, "link": QPalette.ColorRole.Link,
}
#: Fusion fills a group box a little darker than the window (#ececec on #efefef).
GROUP_BOX_DARKER = 104


def _colour(match: re.Match[str], palette: QPalette) -> QColor:
    role = match.group(2)
    return palette.color(ROLES[role]) if role else QColor(match.group(1))


def text_colours(label: QLabel) -> list[QColor]:
    palette = label.palette()
    sheet = COLOUR.search(label.styleSheet())
    colours = [_colour(sheet, palette) if sheet else palette.color(label.foregroundRole())]
    colours += [_colour(m, palette) for m in COLOUR.finditer(label.text())]
    return colours


def backgrounds(label: QLabel) -> list[QColor]:
    window = label.palette().color(label.backgroundRole())
    parent = label.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox):
            return [window, window.darker(GROUP_BOX_DARKER)]
        parent = parent.parentWidget()
    return [window]


def low_contrast(top: QWidget, where: str) -> list[str]:
    """Every enabled, non-empty label of ``top`` below AA, described."""
    problems = []
    for label in top.findChildren(QLabel):
        if not label.isEnabled() or not label.text().strip():
            continue
        for colour in text_colours(label):
            for background in backgrounds(label):
                ratio = contrast_ratio(colour, background)
                if ratio < AA_RATIO:
                    problems.append(f"{where}: “{label.text()[:60]}” {colour.name()} on "
                                    f"{background.name()} is {ratio:.2f}:1")
    for edit in [*top.findChildren(QLineEdit), *top.findChildren(QPlainTextEdit)]:
        if edit.isEnabled() and edit.placeholderText():  # WCAG exempts disabled controls
            palette = edit.palette()
            ratio = contrast_ratio(palette.color(QPalette.ColorRole.PlaceholderText),
                                   palette.color(QPalette.ColorRole.Base))
            if ratio < AA_RATIO:
                problems.append(f"{where}: placeholder “{edit.placeholderText()[:40]}” is "
                                f"{ratio:.2f}:1")
    return problems


@pytest.fixture(autouse=True)
def app_palette(qapp: QApplication) -> Iterator[None]:
    """The palette as ``create_application`` sets it up."""
    before = qapp.palette()
    readable_placeholders(qapp)
    yield
    qapp.setPalette(before)


def test_contrast_ratio_matches_wcag():
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast_ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1)
    half_black = QColor(0, 0, 0, 128)  # translucent: composited over the background
    assert 3 < contrast_ratio(half_black, QColor("#ffffff")) < 5


def test_muted_is_as_pale_as_allowed_but_no_paler():
    text, window = QColor("#000000"), QColor("#efefef")
    hint = muted(text, window)
    assert HINT_RATIO <= contrast_ratio(hint, window) < HINT_RATIO + 1.5
    assert hint != text


def test_the_old_pale_hint_is_caught(qtbot):
    """The check itself: the former ``palette(dark)`` guidance must fail it."""
    host = QWidget()
    qtbot.addWidget(host)
    old = QLabel("How the mission sets its anti-trafficking goals", host)
    old.setStyleSheet("color: palette(dark);")
    assert low_contrast(host, "old hint")
    style_as_hint(old)
    old.setStyleSheet("")
    assert not low_contrast(host, "new hint")


def test_hints_keep_their_margin(qtbot, window: MainWindow):
    window.show_view(2)
    guidance = window.questionnaire.part_one.guidance
    assert len(guidance) == 3
    for label in guidance:
        for background in backgrounds(label):
            assert contrast_ratio(label.palette().color(label.foregroundRole()),
                                  background) >= HINT_RATIO - 0.6


def test_every_window_meets_aa(qtbot, window: MainWindow, tmp_path: Path):
    problems: list[str] = []
    for index, name in enumerate(("activities", "action plan", "questionnaire", "sync")):
        window.show_view(index)
        for tab in range(window.questionnaire.tabs.count()):
            window.questionnaire.tabs.setCurrentIndex(tab)
            problems += low_contrast(window, f"main window, {name}")
    editor = window.activities.open_editor(window.activities.model.activity_id(0))
    assert editor is not None
    editor.save()  # shows every error line that exists
    problems += low_contrast(editor, "activity editor")
    editor.done(0)
    settings = window.open_settings()
    problems += low_contrast(settings, "settings")
    settings.reject()
    for name, dialog in (
        ("new period", NewPeriodDialog(window)),
        ("first start", SetupDialog(str(tmp_path / "store.db"))),
        ("damaged store", StoreProblemDialog(tmp_path / "s.db", CorruptStoreError("bad"), [])),
        ("error", ErrorDialog("RuntimeError: x", "trace", str(tmp_path), window)),
    ):
        qtbot.addWidget(dialog)
        problems += low_contrast(dialog, name)
    assert not problems, "\n".join(problems)


def test_an_empty_store_meets_aa(qtbot, make_window, store: Store):
    window = make_window(store)
    problems: list[str] = []
    for index in range(4):
        window.show_view(index)
        problems += low_contrast(window, f"empty store, view {index + 1}")
    assert not problems, "\n".join(problems)
