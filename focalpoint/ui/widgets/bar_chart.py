"""A horizontal bar chart drawn with QPainter, whose bars can be clicked.

Why QPainter and not Qt Charts or pyqtgraph: the Analysis view needs grouped horizontal
bars with labels, values and a click per bar — a few hundred lines at most — and drawing
them costs no new dependency, no start-up time and no bundle megabytes (measurements in
``docs/gui.md``). The chart is data only (:class:`ChartData`); the view that owns it
decides what a click opens.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

#: Colour-blind-safe series colours (Okabe–Ito).
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
MARGIN = 8
BAR_HEIGHT = 14
ROW_GAP = 8
LEGEND_HEIGHT = 22


@dataclass(frozen=True)
class ChartBar:
    label: str
    values: tuple[float, ...]
    """One value per series."""
    texts: tuple[str, ...]
    """The value as shown (a count, an amount)."""
    clickable: tuple[bool, ...]


@dataclass(frozen=True)
class ChartData:
    series: tuple[str, ...]
    bars: tuple[ChartBar, ...]


class BarChart(QWidget):
    """``bar_clicked(bar, series)`` fires when a clickable bar is clicked."""

    bar_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = ChartData((), ())
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, data: ChartData) -> None:
        self._data = data
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def data(self) -> ChartData:
        return self._data

    # --- geometry --------------------------------------------------------------------

    def _row_height(self) -> int:
        return max(1, len(self._data.series)) * BAR_HEIGHT + ROW_GAP

    def _top(self) -> int:
        return MARGIN + (LEGEND_HEIGHT if len(self._data.series) > 1 else 0)

    def sizeHint(self) -> QSize:
        return QSize(480, self._top() + len(self._data.bars) * self._row_height() + MARGIN)

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in self._data.bars), default=0)
        return min(widest + 8, max(120, self.width() * 2 // 5))

    def _value_width(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(t) for b in self._data.bars for t in b.texts),
                   default=0) + 10

    def bar_rect(self, bar: int, series: int) -> QRect:
        """Where bar ``bar`` of ``series`` is drawn (also used by tests to click it)."""
        data = self._data
        left = MARGIN + self._label_width()
        span = max(1, self.width() - left - self._value_width() - MARGIN)
        top = self._top() + bar * self._row_height() + series * BAR_HEIGHT
        biggest = max((v for b in data.bars for v in b.values), default=0.0) or 1.0
        value = data.bars[bar].values[series]
        width = max(2 if value else 0, round(span * value / biggest))
        return QRect(left, top, width, BAR_HEIGHT - 2)

    def hit(self, point: QPoint) -> tuple[int, int] | None:
        row_height = self._row_height()
        y = point.y() - self._top()
        if y < 0:
            return None
        bar, within = divmod(y, row_height)
        series = within // BAR_HEIGHT
        if bar >= len(self._data.bars) or series >= len(self._data.series):
            return None
        rect = self.bar_rect(bar, series)
        # The whole row right of the label is the target: a zero bar still opens nothing,
        # but a short bar is easy to hit.
        if point.x() < rect.left() or not self._data.bars[bar].clickable[series]:
            return None
        return bar, series

    # --- events ------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        found = self.hit(event.position().toPoint())
        if found is None:
            self.unsetCursor()
            QToolTip.hideText()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        bar = self._data.bars[found[0]]
        series = self._data.series[found[1]] if self._data.series else ""
        QToolTip.showText(event.globalPosition().toPoint(),
                          f"{bar.label} — {series}: {bar.texts[found[1]]}", self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self.hit(event.position().toPoint())
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            self.bar_clicked.emit(*found)
            return
        super().mousePressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        data = self._data
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        if len(data.series) > 1:
            x = MARGIN
            for index, name in enumerate(data.series):
                painter.fillRect(QRect(x, MARGIN + 4, 12, 12), QColor(COLOURS[index % 6]))
                painter.setPen(text_colour)
                painter.drawText(x + 16, MARGIN + 15, name)
                x += 28 + metrics.horizontalAdvance(name)
        label_width = self._label_width()
        for row, bar in enumerate(data.bars):
            top = self._top() + row * self._row_height()
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRect(MARGIN, top, label_width - 8,
                                   len(data.series) * BAR_HEIGHT),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             label)
            for series in range(len(data.series)):
                rect = self.bar_rect(row, series)
                painter.fillRect(rect, QColor(COLOURS[series % 6]))
                painter.setPen(text_colour)
                painter.drawText(rect.right() + 4, rect.top() + BAR_HEIGHT - 4,
                                 bar.texts[series])
        painter.end()

