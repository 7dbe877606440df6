"""What the report draft says, gathered from the service's store (no document library).

The structure follows Part II of the 2006 report: chapter -> section -> task with the task's
text; under each task, what each mission did in the period (its activities mapped to the
task, and its own comment and challenges from its questionnaire for the period); a task no
mission reports on is flagged. The summary figures are the consolidated analysis
(:mod:`focalpoint.secretariat.analysis`), and an annex lists the missions that did not
submit a questionnaire for the period.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from focalpoint.analysis import Analysis, Period, analyse
from focalpoint.catalogue import Catalogue, Task
from focalpoint.domain import Activity, QuestionnaireResponse, TaskEntry
from focalpoint.secretariat.store import ServiceStore
from focalpoint.vocabularies import ResponseStatus


@dataclass(frozen=True)
class MissionData:
    code: str
    name: str
    activities: tuple[Activity, ...]
    """The mission's activities of the period, by start date then title."""
    response: QuestionnaireResponse | None
    """Its questionnaire for the period: submitted if there is one, else its draft."""

    @property
    def submitted(self) -> bool:
        return self.response is not None and self.response.status == ResponseStatus.SUBMITTED


@dataclass(frozen=True)
class MissionOnTask:
    mission: MissionData
    activities: tuple[Activity, ...]
    entry: TaskEntry | None


@dataclass(frozen=True)
class TaskReport:
    task: Task
    missions: tuple[MissionOnTask, ...]
    """Only missions that have activities on the task or wrote about it."""

    @property
    def reported(self) -> bool:
        return bool(self.missions)


@dataclass(frozen=True)
class DraftContent:
    period: Period
    catalogue: Catalogue
    missions: tuple[MissionData, ...]
    tasks: tuple[TaskReport, ...]
    analysis: Analysis

    @property
    def not_submitted(self) -> list[MissionData]:
        return [m for m in self.missions if not m.submitted]


def _response_for(records: list[dict[str, object]], period: Period) -> QuestionnaireResponse | None:
    """The mission's response for exactly the period, submitted first, else any that
    overlaps the period (the newest), submitted first."""
    responses = []
    for record in records:
        try:
            responses.append(QuestionnaireResponse.model_validate(record))
        except ValidationError:
            continue
    overlapping = [r for r in responses
                   if r.period_start <= period.end and r.period_end >= period.start]

    def rank(r: QuestionnaireResponse) -> tuple[bool, bool, str]:
        exact = r.period_start == period.start and r.period_end == period.end
        return (exact, r.status == ResponseStatus.SUBMITTED, r.period_end.isoformat())

    return max(overlapping, key=rank) if overlapping else None


def _sort_key(activity: Activity) -> tuple[str, str, str]:
    start = activity.start_date.isoformat() if activity.start_date else "9999"
    return (start, activity.title.casefold(), activity.id)


def load_draft(store: ServiceStore, period: Period,
               codes: list[str] | None = None) -> DraftContent:
    """The draft over the missions ``codes`` (every mission when None; codes are checked
    by the caller, e.g. :func:`focalpoint.secretariat.analysis.analyse_missions`)."""
    with store.read() as connection:
        catalogue = store.latest_catalogue(connection)
    wanted = {code.upper() for code in codes} if codes else None
    missions: list[MissionData] = []
    field_operations: list[bool] = []
    for row in store.missions():
        if wanted is not None and row.code not in wanted:
            continue
        document = store.export_document(row.code)
        activities = []
        for record in document["activities"]:
            try:
                activity = Activity.model_validate(record)
            except ValidationError:
                continue
            if period.contains(activity):
                activities.append(activity)
        activities.sort(key=_sort_key)
        field_operations.append(bool(document["mission"].get("is_field_operation", True)))
        missions.append(MissionData(row.code, row.name, tuple(activities),
                                    _response_for(document["responses"], period)))
    tasks = []
    for task in catalogue.tasks():
        on_task = []
        for mission in missions:
            mapped = tuple(a for a in mission.activities if task.code in a.task_codes)
            # Only a submitted questionnaire reports on a task: a draft's half-written
            # answers are no submission (the mission is listed as "a draft only").
            response = mission.response if mission.submitted else None
            entry = response.entry(task.code) if response is not None else None
            wrote = entry is not None and bool(entry.comment or entry.challenges)
            if mapped or wrote:  # a mission reports on a task by doing or by writing
                on_task.append(MissionOnTask(mission, mapped, entry))
        tasks.append(TaskReport(task, tuple(on_task)))
    everything = [a for m in missions for a in m.activities]
    result = analyse(everything, catalogue, period=period,
                     field_operation=all(field_operations) if field_operations else True)
    return DraftContent(period, catalogue, tuple(missions), tuple(tasks), result)
