"""The one table ``bench/run`` prints: figure, value, baseline, ratio, target, met."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One figure. ``met`` is a predicate on (value, ratio); None: reported, no target."""

    figure: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    target: str = "reported"
    met: Callable[[float, float | None], bool] | None = None

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline

    @property
    def verdict(self) -> str:
        if self.met is None:
            return "-"
        return "met" if self.met(self.value, self.ratio) else "MISSED"


def _number(value: float) -> str:
    if value >= 100 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:.2f}" if value < 10 else f"{value:.1f}"


def format_table(rows: list[Row]) -> str:
    """A Markdown table (readable in a terminal, pasteable into the README)."""
    lines = ["| figure | value | baseline (same run) | ratio | target | met |",
             "|---|---|---|---|---|---|"]
    for row in rows:
        base = (f"{_number(row.baseline)} {row.unit} ({row.baseline_name})"
                if row.baseline is not None else "-")
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "-"
        lines.append(f"| {row.figure} | {_number(row.value)} {row.unit} | {base} | {ratio} "
                     f"| {row.target} | {row.verdict} |")
    return "\n".join(lines)
