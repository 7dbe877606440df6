"""What the questionnaire PDF says, gathered from the store before any layout happens.

Separating the content (plain dataclasses) from the layout (reportlab flowables) keeps the
rules about *what* is reported — which activities belong to the period, which tasks apply
to the mission, what a submitted response looked like — testable without a PDF, and lets
the layout code stay a straight translation of these objects into flowables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from focalpoint.analysis.coverage import applies_to_mission
from focalpoint.catalogue import Catalogue, Chapter, Section, Task
from focalpoint.domain import Activity, MissionProfile, QuestionnaireResponse, TaskEntry
from focalpoint.report.errors import ReportError
from focalpoint.storage import ActivityFilter, Store
from focalpoint.vocabularies import ImplementationStatus, ResponseStatus


@dataclass(frozen=True)
class TaskView:
    """One Action Plan task as Part 2 reports it."""

    task: Task
    entry: TaskEntry | None
    activities: tuple[Activity, ...]
    applicable: bool

    @property
    def status(self) -> ImplementationStatus:
        return self.entry.status if self.entry else ImplementationStatus.NOT_STARTED

    @property
    def comment(self) -> str:
        return self.entry.comment if self.entry else ""

    @property
    def challenges(self) -> str:
        return self.entry.challenges if self.entry else ""

    @property
    def unreported(self) -> bool:
        """Applies to the mission, yet nothing was reported: the reader must see that."""
        return self.applicable and not self.activities and not self.comment.strip() and not (
            self.challenges.strip()
        )


@dataclass(frozen=True)
class SectionView:
    section: Section
    tasks: tuple[TaskView, ...]


@dataclass(frozen=True)
class ChapterView:
    chapter: Chapter
    sections: tuple[SectionView, ...]


@dataclass(frozen=True)
class ReportContent:
    """Everything the document shows, in the order it shows it."""

    mission: MissionProfile
    response: QuestionnaireResponse
    #: Activities of the reporting period, in annex order (start date, then title).
    activities: tuple[Activity, ...]
    catalogue: Catalogue
    chapters: tuple[ChapterView, ...]
    #: The activities and entries come from the snapshot taken at submission.
    from_snapshot: bool = False
    #: Catalogue version the data was recorded against (the snapshot's, if any).
    data_catalogue_version: str = ""
    #: Task codes used by entries or activities that this catalogue does not know.
    unknown_tasks: tuple[str, ...] = ()
    #: Annex number of each activity, by id (1-based), for cross-references.
    numbers: dict[str, int] = field(default_factory=dict)

    def tasks(self) -> list[TaskView]:
        return [t for c in self.chapters for s in c.sections for t in s.tasks]


def is_applicable(
    task: Task, entry: TaskEntry | None, activity_count: int, mission: MissionProfile
) -> bool:
    """Whether a task applies to the mission, for Part 2.

    The rule, in order: the focal point's own answer wins (an entry marked *not applicable*
    excludes the task; any other entry includes it); a task with activities of the period
    applies; otherwise a field operation answers for the tasks the Action Plan gives to
    field operations (``Task.field_operations``), and an institution for every task.
    """
    if entry is not None:
        return entry.status != ImplementationStatus.NOT_APPLICABLE
    return applies_to_mission(task, activity_count, mission.is_field_operation)


def _sort_key(activity: Activity) -> tuple[str, str, str]:
    start = activity.start_date.isoformat() if activity.start_date else "9999"
    return (start, activity.title.casefold(), activity.id)


def build_content(
    mission: MissionProfile,
    response: QuestionnaireResponse,
    activities: Sequence[Activity],
    catalogue: Catalogue,
    *,
    from_snapshot: bool = False,
    data_catalogue_version: str = "",
) -> ReportContent:
    """Arrange response and activities along the catalogue (pure: no store, no layout)."""
    ordered = tuple(sorted(activities, key=_sort_key))
    by_task: dict[str, list[Activity]] = {}
    unknown: dict[str, None] = {}
    for activity in ordered:
        # Two codes of one activity may resolve to the same task (an alias and its code
        # in an old snapshot): the activity is listed once under it.
        for canonical in dict.fromkeys(catalogue.resolve(code) or "" for code in
                                       activity.task_codes):
            if canonical:
                by_task.setdefault(canonical, []).append(activity)
        for code in activity.task_codes:
            if catalogue.resolve(code) is None:
                unknown[code] = None
    entries: dict[str, TaskEntry] = {}
    for entry in response.task_entries:
        resolved = catalogue.resolve(entry.task_code)
        if resolved is None:
            unknown[entry.task_code] = None
        else:
            entries[resolved] = entry

    chapters = []
    for chapter in catalogue.chapters:
        sections = []
        for section in chapter.sections:
            views = []
            for task in section.tasks:
                linked = tuple(by_task.get(task.code, []))
                answer = entries.get(task.code)
                views.append(TaskView(
                    task=task, entry=answer, activities=linked,
                    applicable=is_applicable(task, answer, len(linked), mission),
                ))
            sections.append(SectionView(section=section, tasks=tuple(views)))
        chapters.append(ChapterView(chapter=chapter, sections=tuple(sections)))
    return ReportContent(
        mission=mission,
        response=response,
        activities=ordered,
        catalogue=catalogue,
        chapters=tuple(chapters),
        from_snapshot=from_snapshot,
        data_catalogue_version=data_catalogue_version or catalogue.version,
        unknown_tasks=tuple(unknown),
        numbers={activity.id: index for index, activity in enumerate(ordered, start=1)},
    )


def _from_snapshot(snapshot: dict[str, Any]) -> tuple[QuestionnaireResponse, list[Activity]]:
    try:
        response = QuestionnaireResponse.model_validate(snapshot["response"])
        activities = [Activity.model_validate(item) for item in snapshot.get("activities", [])]
    except (KeyError, TypeError, ValidationError) as error:
        raise ReportError(
            f"the snapshot of the submitted response is unreadable ({error}); "
            "restore the store from a backup"
        ) from None
    return response, activities


def load_content(store: Store, response: QuestionnaireResponse) -> ReportContent:
    """Gather the content for ``response`` from ``store``.

    A submitted response is reported from the snapshot taken at submission, so the PDF
    shows exactly what the Secretariat received even if activities changed since. A draft
    is reported with the activities of its period as they are now (an activity belongs to
    the period if its dates overlap it; undated activities belong to no period).
    """
    mission = store.mission.get()
    if mission is None:
        raise ReportError(
            "this store has no mission profile; set the mission first "
            "(focalpoint init --mission-code ... --mission-name ...)"
        )
    if response.status == ResponseStatus.SUBMITTED:
        snapshot = store.responses.snapshot(response.id)
        if snapshot is not None:
            frozen, activities = _from_snapshot(snapshot)
            return build_content(
                mission, frozen, activities, store.catalogue, from_snapshot=True,
                data_catalogue_version=str(snapshot.get("catalogue_version", "")),
            )
    period = ActivityFilter(
        period_start=response.period_start.isoformat(),
        period_end=response.period_end.isoformat(),
    )
    activities = store.activities.list(period, sort="start_date")
    return build_content(mission, response, activities, store.catalogue)
