"""The dialogs of the File and Help menus fit a 1280×720 screen, in English and Russian."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QApplication
from test_ui_layout import SCREEN, assert_fits

from focalpoint.ui.app import Translations
from focalpoint.ui.dialogs.import_dialog import SpreadsheetImportDialog
from focalpoint.ui.dialogs.mission_dialog import MissionProfileDialog
from focalpoint.ui.dialogs.pdf_options_dialog import PdfOptionsDialog
from focalpoint.ui.dialogs.user_guide_dialog import UserGuideDialog
from focalpoint.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def small_screen(qapp: QApplication) -> None:
    area = qapp.primaryScreen().availableGeometry()
    if area.size() != SCREEN:
        pytest.skip(f"needs the suite's 1280×720 offscreen screen, not {area.size()}")


@pytest.fixture(params=["en", "ru"])
def language(request: pytest.FixtureRequest, translations: Translations) -> Iterator[str]:
    assert translations.install(request.param)
    yield request.param


def test_feature_dialogs_fit(qtbot, window: MainWindow, tmp_path: Path, language: str):
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Title with a long header name " * 3, "Type", "Tasks", *[f"Extra {i}" for i in
                                                                         range(20)]])
    for i in range(40):
        sheet.append([f"Activity {i} " * 8, "training", "III.12.1", *["x" * 30] * 20])
    book.save(tmp_path / "wide.xlsx")
    importer = SpreadsheetImportDialog(window.store, window.tasks, tmp_path / "wide.xlsx",
                                       window)
    qtbot.waitUntil(lambda: importer.sheet is not None, timeout=30_000)
    importer.problems.setPlainText("\n".join(f"Row {i}: problem" for i in range(500)))
    importer.problems.show()
    dialogs = [("spreadsheet import", importer), ("PDF options", PdfOptionsDialog(window)),
               ("mission profile", MissionProfileDialog(window.store, window)),
               ("user guide", UserGuideDialog(window))]
    for name, dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert_fits(dialog, f"{name} ({language})")
        dialog.close()
