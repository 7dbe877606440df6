"""Totals of the questionnaire's staff posts and budget lines, by year and funding source.

Why here and not in the PDF code: the Secretariat compares missions on these totals, and
the focal point must see on screen the same figures the PDF will print. Amounts in
different currencies are never added together: budget totals are kept per currency.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from focalpoint.domain import BudgetLine, StaffPost
from focalpoint.vocabularies import FundingSource

#: The funding sources in the order the totals show them.
SOURCES = (FundingSource.UNIFIED_BUDGET, FundingSource.EXTRABUDGETARY)


@dataclass(frozen=True)
class TotalRow:
    """One line of a totals table: a year (or all years), a currency, the sums."""

    year: int | None  # None: every year together
    currency: str  # '' for staff posts
    by_source: tuple[Decimal, ...]  # in the order of SOURCES

    @property
    def total(self) -> Decimal:
        return sum(self.by_source, Decimal(0))


def staff_totals(posts: Iterable[StaffPost]) -> list[TotalRow]:
    """Posts per year and funding source, years in order."""
    sums: dict[int, dict[FundingSource, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for post in posts:
        sums[post.year][post.source] += post.count
    return [TotalRow(year, "", tuple(sums[year][s] for s in SOURCES)) for year in sorted(sums)]


def budget_totals(lines: Iterable[BudgetLine]) -> tuple[list[TotalRow], list[TotalRow]]:
    """Per (year, currency), then per currency over all years (the closing total lines)."""
    by_year: dict[tuple[int, str], dict[FundingSource, Decimal]] = defaultdict(
        lambda: defaultdict(Decimal))
    overall: dict[str, dict[FundingSource, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for line in lines:
        by_year[(line.year, line.currency)][line.source] += line.amount
        overall[line.currency][line.source] += line.amount
    rows = [TotalRow(year, currency, tuple(by_year[(year, currency)][s] for s in SOURCES))
            for year, currency in sorted(by_year)]
    totals = [TotalRow(None, currency, tuple(overall[currency][s] for s in SOURCES))
              for currency in sorted(overall)]
    return rows, totals
