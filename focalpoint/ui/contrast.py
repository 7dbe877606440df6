"""Text colours that stay readable: WCAG 2.x contrast ratios and a readable "muted" tone.

Why: guidance under a question was drawn in ``palette(dark)``, pale grey on the grey window
(about 2.1:1), unreadable on a dim laptop screen in daylight. WCAG AA asks 4.5:1 for normal
text. Hints still look secondary, but their colour is computed from the palette in use:
the palest blend of text and background colour that keeps at least ``HINT_RATIO``.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

#: WCAG 2.x level AA for normal-size text.
AA_RATIO = 4.5
#: What hints aim for: a margin above AA so rounding and anti-aliasing cannot push them under.
HINT_RATIO = 5.5


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque colour (0 black … 1 white)."""
    return (0.2126 * _channel(color.redF()) + 0.7152 * _channel(color.greenF())
            + 0.0722 * _channel(color.blueF()))


def over(color: QColor, background: QColor) -> QColor:
    """``color`` composited over an opaque ``background`` (placeholders are translucent)."""
    alpha = color.alphaF()
    return QColor.fromRgbF(
        color.redF() * alpha + background.redF() * (1 - alpha),
        color.greenF() * alpha + background.greenF() * (1 - alpha),
        color.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG contrast ratio (1 … 21) of text in ``foreground`` on ``background``."""
    lighter, darker = sorted((relative_luminance(over(foreground, background)),
                              relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def muted(foreground: QColor, background: QColor, minimum: float = HINT_RATIO) -> QColor:
    """The blend of ``foreground`` towards ``background`` closest to the background whose
    contrast is still at least ``minimum`` (``foreground`` itself if even it is not)."""
    text = over(foreground, background)
    best = text
    for step in range(1, 20):
        share = step / 20
        candidate = QColor.fromRgbF(
            text.redF() * (1 - share) + background.redF() * share,
            text.greenF() * (1 - share) + background.greenF() * share,
            text.blueF() * (1 - share) + background.blueF() * share,
        )
        if contrast_ratio(candidate, background) < minimum:
            break
        best = candidate
    return best


def style_as_hint(label: QLabel) -> None:
    """Show ``label`` as secondary guidance text, readable (≥ 5.5:1) on its background."""
    palette = label.palette()
    colour = muted(palette.color(QPalette.ColorRole.WindowText),
                   palette.color(QPalette.ColorRole.Window))
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    label.setWordWrap(True)


def readable_placeholders(app: QApplication) -> None:
    """Placeholder text in input fields at AA contrast (Qt draws it at half opacity)."""
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        colour = muted(palette.color(group, QPalette.ColorRole.Text),
                       palette.color(group, QPalette.ColorRole.Base))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, colour)
    app.setPalette(palette)
