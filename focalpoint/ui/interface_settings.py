"""Where the interface settings live (window sizes, last view, language).

Why a module of its own: the main window gets its settings handed in (tests give it a
temporary file), and the dialogs it opens must write to the same place without every view
passing a settings object down to every dialog. A dialog therefore asks its parent chain
for the window's settings and falls back to the per-user file only when it has no such
parent (the start-up dialogs, shown before any window exists).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from focalpoint.paths import data_dir


def open_settings() -> QSettings:
    """Interface settings (geometry, last view, language) in the per-user data directory."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def settings_for(widget: QWidget) -> QSettings:
    """The settings of the window ``widget`` belongs to (its ``settings`` attribute)."""
    current: QWidget | None = widget
    while current is not None:
        settings = getattr(current, "settings", None)
        if isinstance(settings, QSettings):
            return settings
        current = current.parentWidget()
    return open_settings()
