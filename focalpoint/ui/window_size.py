"""Windows and dialogs that fit the screen they open on, and remember their size.

Why: the commonest field laptop has a 1366×768 screen, many have 1280×720. A window sized
in pixels for a large monitor (the activity editor once opened at 1180×780) puts its Save
button below the bottom of such a screen. So every window asks for a *preferred* size,
gets at most the available screen area (less the window manager's frame), and is placed
inside that area. The size and maximized state the user gives a window are kept in the
interface settings (``<key>/geometry``) and restored the next time, again clamped to the
screen, which may be smaller by then (a laptop unplugged from its monitor).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room the window manager's title bar and borders take around a window's client area.
FRAME_ALLOWANCE = QSize(16, 40)


def available_geometry(widget: QWidget) -> QRect:
    """The usable area (without panels and docks) of the screen ``widget`` opens on."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted_size(preferred: QSize, area: QRect) -> QSize:
    """``preferred``, made smaller where the screen area (less the frame) is smaller."""
    room = area.size() - FRAME_ALLOWANCE
    return preferred.boundedTo(room.expandedTo(QSize(1, 1)))


def clamp_to_screen(widget: QWidget) -> None:
    """Shrink and move a (not maximized) window so that it lies inside its screen."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    area = available_geometry(widget)
    size = fitted_size(widget.size(), area)
    if size != widget.size():
        widget.resize(size)
    frame = FRAME_ALLOWANCE
    x = min(max(widget.x(), area.left()), area.right() + 1 - size.width() - frame.width())
    y = min(max(widget.y(), area.top()), area.bottom() + 1 - size.height() - frame.height())
    position = QPoint(max(x, area.left()), max(y, area.top()))
    if position != widget.pos():
        widget.move(position)


def fit_to_screen(widget: QWidget, preferred: QSize) -> None:
    """Give a new window its preferred size (bounded by the screen), centred on its
    parent window if it has one, else on the screen."""
    area = available_geometry(widget)
    size = fitted_size(preferred, area)
    widget.resize(size)
    parent = widget.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else area.center()
    widget.move(centre.x() - size.width() // 2, centre.y() - size.height() // 2)
    clamp_to_screen(widget)


def restore_size(widget: QWidget, settings: QSettings, key: str, preferred: QSize) -> bool:
    """Restore the size and maximized state kept under ``key``; else ``preferred``.

    True when a remembered geometry was restored.
    """
    saved = settings.value(f"{key}/geometry")
    restored = isinstance(saved, QByteArray) and not saved.isEmpty() and bool(
        widget.restoreGeometry(saved))
    if restored:
        clamp_to_screen(widget)
    else:
        fit_to_screen(widget, preferred)
    return restored


def save_size(widget: QWidget, settings: QSettings, key: str) -> None:
    """Keep the window's size, position and maximized state under ``key``."""
    settings.setValue(f"{key}/geometry", widget.saveGeometry())


class _RememberOnHide(QObject):
    """Writes the window's geometry to the settings whenever the window is hidden (a
    dialog that is accepted, rejected or closed is hidden first)."""

    def __init__(self, widget: QWidget, settings: QSettings, key: str) -> None:
        super().__init__(widget)
        self._settings = settings
        self._key = key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and (
                watched.isWindow()):
            save_size(watched, self._settings, self._key)
        return False


def remember_size(widget: QWidget, settings: QSettings, key: str, preferred: QSize) -> None:
    """Size ``widget`` as it was last time (or ``preferred``, fitted to the screen) and
    keep its size each time it is hidden. Call once, at the end of its constructor."""
    restore_size(widget, settings, key, preferred)
    widget.installEventFilter(_RememberOnHide(widget, settings, key))


def remember_dialog_size(dialog: QWidget, name: str, preferred: QSize) -> None:
    """:func:`remember_size` for a dialog, kept in its window's settings under
    ``dialogs/<name>``."""
    from focalpoint.ui.interface_settings import settings_for

    remember_size(dialog, settings_for(dialog), f"dialogs/{name}", preferred)
