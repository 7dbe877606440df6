"""Help → User guide: ``docs/user-guide.md`` rendered in the application.

Why inside the program and not in a browser: field laptops are often offline and the guide
must match the installed version, so the bundled markdown is shown with Qt's own renderer
(``QTextBrowser.setMarkdown``). Its screenshots are found beside it (``screenshots/``) and
scaled down to the window's width; links to the web open in the system browser.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from focalpoint.resources import USER_GUIDE
from focalpoint.ui.window_size import remember_dialog_size

#: Screenshots are shown at most this wide (they are taken at 1366×768).
IMAGE_WIDTH = 860


class GuideBrowser(QTextBrowser):
    """A text browser that loads the guide's images from its folder, scaled to fit."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setSearchPaths([str(folder)])
        self.setOpenExternalLinks(True)
        self.missing_images: list[str] = []

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        url = QUrl(name)
        if kind == QTextDocument.ResourceType.ImageResource.value and not url.scheme():
            image = QImage(str(self.folder / url.path()))
            if image.isNull():
                self.missing_images.append(url.path())
                return super().loadResource(kind, name)
            if image.width() > IMAGE_WIDTH:
                image = image.scaledToWidth(IMAGE_WIDTH)
            return image
        return super().loadResource(kind, name)


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, guide: Path = USER_GUIDE) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("FocalPoint user guide"))
        layout = QVBoxLayout(self)
        self.browser = GuideBrowser(guide.parent, self)
        self.browser.setAccessibleName(self.tr("User guide"))
        try:
            text = guide.read_text(encoding="utf-8")
        except OSError as error:
            text = self.tr("The user guide could not be opened (%1): %2").replace(
                "%1", str(guide)).replace("%2", error.strerror or str(error))
            self.browser.setPlainText(text)
        else:
            self.browser.setMarkdown(text)
        layout.addWidget(self.browser, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout.addWidget(self.buttons)
        remember_dialog_size(self, "user_guide", QSize(960, 700))
