"""Question 5: Unified Budget against extrabudgetary money, by year, donor and currency.

Amounts are never added across currencies: every total is per currency, and the
extrabudgetary share is computed within one currency and year. The year is the activity's
start year (its funding lines carry no dates). An activity with lines from two donors
appears under both, once each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from focalpoint.analysis.figures import Tally, money, tally
from focalpoint.domain import Activity
from focalpoint.vocabularies import FundingSource

_SOURCE_ORDER = {source.value: index for index, source in enumerate(FundingSource)}


@dataclass(frozen=True)
class FundingRow:
    """One sum of money: its year, source, donor (``""`` for none) and currency."""

    year: int | None
    source: str
    donor: str
    currency: str
    amount: Decimal
    ids: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.ids)

    def to_json(self) -> dict[str, Any]:
        return {"year": self.year, "source": self.source, "donor": self.donor,
                "currency": self.currency, "amount": money(self.amount),
                "count": self.count, "ids": list(self.ids)}


@dataclass(frozen=True)
class Share:
    """Unified Budget and extrabudgetary totals of one year in one currency."""

    year: int | None
    currency: str
    unified_budget: Decimal
    extrabudgetary: Decimal

    @property
    def extrabudgetary_share(self) -> Decimal | None:
        whole = self.unified_budget + self.extrabudgetary
        return (self.extrabudgetary / whole).quantize(Decimal("0.001")) if whole else None

    def to_json(self) -> dict[str, Any]:
        share = self.extrabudgetary_share
        return {"year": self.year, "currency": self.currency,
                "unified_budget": money(self.unified_budget),
                "extrabudgetary": money(self.extrabudgetary),
                "extrabudgetary_share": None if share is None else str(share)}


@dataclass(frozen=True)
class Funding:
    by_donor: tuple[FundingRow, ...]
    """Year, source, donor, currency."""
    by_source: tuple[FundingRow, ...]
    """Year, source, currency (donor ``""``)."""
    shares: tuple[Share, ...]
    """Per year and currency."""
    unfunded: Tally
    """Activities without any funding line."""

    def to_json(self) -> dict[str, Any]:
        return {"by_source": [r.to_json() for r in self.by_source],
                "by_donor": [r.to_json() for r in self.by_donor],
                "shares": [s.to_json() for s in self.shares],
                "unfunded": self.unfunded.to_json()}


Key = tuple[int | None, str, str, str]
Sums = dict[Key, tuple[Decimal, set[str]]]


def _order(key: Key) -> tuple[bool, int, int, str, str]:
    year, source, donor, currency = key
    return (year is None, year or 0, _SOURCE_ORDER.get(source, 99), currency, donor.casefold())


def _sums(activities: Sequence[Activity], by_donor: bool) -> Sums:
    sums: Sums = {}
    for activity in activities:
        for line in activity.funding:
            key = (activity.year, str(line.source), line.donor if by_donor else "",
                   line.currency)
            amount, ids = sums.get(key, (Decimal(0), set()))
            ids.add(activity.id)
            sums[key] = (amount + line.amount, ids)
    return sums


def _rows(sums: Sums) -> tuple[FundingRow, ...]:
    return tuple(FundingRow(*key, sums[key][0], tuple(sorted(sums[key][1])))
                 for key in sorted(sums, key=_order))


def funding(activities: Sequence[Activity]) -> Funding:
    by_source = _rows(_sums(activities, by_donor=False))
    shares: dict[tuple[int | None, str], dict[str, Decimal]] = {}
    for row in by_source:
        shares.setdefault((row.year, row.currency), {})[row.source] = row.amount
    share_rows = tuple(
        Share(year, currency, sums.get(FundingSource.UNIFIED_BUDGET.value, Decimal(0)),
              sums.get(FundingSource.EXTRABUDGETARY.value, Decimal(0)))
        for (year, currency), sums in sorted(
            shares.items(), key=lambda item: (item[0][0] is None, item[0][0] or 0, item[0][1])))
    unfunded = tally("unfunded", (a.id for a in activities if not a.funding))
    return Funding(_rows(_sums(activities, by_donor=True)), by_source, share_rows, unfunded)
