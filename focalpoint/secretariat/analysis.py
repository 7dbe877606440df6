"""The analysis over every mission the Secretariat has received data from.

One implementation, many views (DESIGN.md): this module only gathers each mission's
activities from the service's store and hands them to :func:`focalpoint.analysis.analyse`,
the same code a mission's own desktop runs. The consolidated figures are the analysis of
all missions' activities together; activity ids are UUIDs, so nothing from two missions is
ever counted as one, and money stays per currency.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from focalpoint.analysis import Analysis, Period, analyse
from focalpoint.domain import Activity
from focalpoint.secretariat.store import ServiceStore, ServiceStoreError


@dataclass(frozen=True)
class MissionAnalysis:
    code: str
    name: str
    analysis: Analysis
    skipped: int
    """Stored activities that no longer validate (should be none; reported, not hidden)."""

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "skipped": self.skipped,
                "analysis": self.analysis.to_json()}


@dataclass(frozen=True)
class Consolidated:
    missions: tuple[MissionAnalysis, ...]
    all: Analysis

    def coverage_matrix(self) -> dict[str, list[str]]:
        """Task code -> the missions with activities on it (catalogue order of tasks)."""
        matrix: dict[str, list[str]] = {t.key: [] for t in self.all.tasks.tasks}
        for mission in self.missions:
            for code in mission.analysis.tasks.covered:
                matrix.setdefault(code, []).append(mission.code)
        return matrix

    def to_json(self) -> dict[str, Any]:
        matrix = self.coverage_matrix()
        return {
            "period": self.all.period.to_json() if self.all.period else None,
            "all": self.all.to_json(),
            "missions": [m.to_json() for m in self.missions],
            "coverage_matrix": matrix,
            "tasks_no_mission_reports_on": [code for code, who in matrix.items() if not who],
        }


def _activities(records: list[dict[str, Any]]) -> tuple[list[Activity], int]:
    activities, skipped = [], 0
    for record in records:
        try:
            activities.append(Activity.model_validate(record))
        except ValidationError:
            skipped += 1
    return activities, skipped


class UnknownMission(ServiceStoreError):
    """A mission code asked for that the service does not know (the message names it)."""


def check_missions(store: ServiceStore, codes: list[str] | None) -> list[str] | None:
    """``codes`` upper-cased, or :class:`UnknownMission` naming those that do not exist."""
    if not codes:
        return None
    wanted = [code.strip().upper() for code in codes]
    known = {row.code for row in store.missions()}
    unknown = sorted(set(wanted) - known)
    if unknown:
        raise UnknownMission(f"no mission {', '.join(unknown)} "
                             f"(missions: {', '.join(sorted(known)) or 'none'})")
    return wanted


def analyse_missions(store: ServiceStore, period: Period | None = None,
                     codes: list[str] | None = None) -> Consolidated:
    """Each mission's analysis and the consolidated one, over ``codes`` (all when None)."""
    with store.read() as connection:
        catalogue = store.latest_catalogue(connection)
    wanted = check_missions(store, codes)
    results: list[MissionAnalysis] = []
    everything: list[Activity] = []
    field_operations: list[bool] = []
    for row in store.missions():
        if wanted is not None and row.code not in wanted:
            continue
        document = store.export_document(row.code)
        activities, skipped = _activities(document["activities"])
        field_operation = bool(document["mission"].get("is_field_operation", True))
        field_operations.append(field_operation)
        results.append(MissionAnalysis(
            row.code, row.name,
            analyse(activities, catalogue, period=period, field_operation=field_operation),
            skipped))
        everything += activities
    # Consolidated: a task applies if it applies to any mission (an institution: all).
    consolidated = analyse(everything, catalogue, period=period,
                           field_operation=all(field_operations) if field_operations else True)
    return Consolidated(tuple(results), consolidated)
