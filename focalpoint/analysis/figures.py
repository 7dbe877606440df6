"""The building blocks of every analysis figure: a count with the activities behind it.

Why ids and not just numbers: every bar and table cell of the Analysis view opens the
activities it counted, and a reader of the Secretariat's figures can check them; a count
is therefore always ``len(ids)`` of a set of activity ids, so an activity mapped to several
tasks is counted once wherever a figure is about activities.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from focalpoint.domain import Activity


@dataclass(frozen=True)
class Tally:
    """How many activities have ``key`` (a vocabulary value, a task code, a name...)."""

    key: str
    ids: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.ids)

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "count": self.count, "ids": list(self.ids)}


def tally(key: str, ids: Iterable[str]) -> Tally:
    """A tally over distinct ids, in a stable (sorted) order."""
    return Tally(key, tuple(sorted(set(ids))))


def tallies(keys: Iterable[str], ids_by_key: dict[str, set[str]]) -> tuple[Tally, ...]:
    """One tally per key in the given order (keys without activities get a zero tally)."""
    return tuple(tally(key, ids_by_key.get(key, set())) for key in keys)


@dataclass(frozen=True)
class Period:
    """A reporting period, both ends included. An activity belongs to it when its dates
    overlap the period (the same rule as the activity list's period filter); an activity
    without a start date belongs to no period."""

    start: date
    end: date

    def contains(self, activity: Activity) -> bool:
        if activity.start_date is None:
            return False
        last = activity.end_date or activity.start_date
        return activity.start_date <= self.end and last >= self.start

    def to_json(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


def money(amount: Decimal) -> str:
    """Amounts travel as strings with two decimals (as in the activities file)."""
    return f"{amount.quantize(Decimal('0.01'))}"
