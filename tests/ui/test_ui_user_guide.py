"""Help → User guide: the bundled markdown rendered with its screenshots, and packaged."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from focalpoint.resources import DOCS_DIR, USER_GUIDE
from focalpoint.ui.dialogs.user_guide_dialog import UserGuideDialog
from focalpoint.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_the_guide_shows_only_screenshots_that_exist_and_were_generated() -> None:
    text = USER_GUIDE.read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(images) >= 10
    for image in images:
        assert (DOCS_DIR / image).is_file(), image
        assert Path(image).name.startswith("guide-"), image
    script = (ROOT / "scripts" / "guide_screenshots.py").read_text(encoding="utf-8")
    for image in images:
        name = Path(image).stem.removeprefix("guide-")
        assert f'"{name}"' in script, f"{image} is not made by scripts/guide_screenshots.py"


def test_the_bundle_carries_the_guide_and_its_screenshots() -> None:
    spec = (ROOT / "packaging" / "pyinstaller" / "focalpoint.spec").read_text(encoding="utf-8")
    assert "user-guide.md" in spec and "guide-*.png" in spec


def test_f1_opens_the_user_guide_with_its_screenshots(qtbot, window: MainWindow):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    QApplication.processEvents()
    dialog = window.findChild(UserGuideDialog)
    assert dialog is not None and dialog.isVisible()
    browser = dialog.browser
    text = browser.toPlainText()
    for heading in ("Install", "Add an activity", "Import a spreadsheet", "Undo",
                    "first sync"):
        assert heading.lower() in text.lower(), heading
    document = browser.document()
    images = [fmt.toImageFormat().name() for block in _blocks(document)
              for fmt in _formats(block) if fmt.isImageFormat()]
    assert len(images) >= 6
    assert browser.missing_images == []
    dialog.close()
    window.guide_action.trigger()
    assert window.findChildren(UserGuideDialog)


def _blocks(document: Any) -> list[Any]:
    block = document.begin()
    found = []
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def _formats(block: Any) -> list[Any]:
    formats = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            formats.append(fragment.charFormat())
        iterator += 1
    return formats
