"""Question 1: which Action Plan tasks the mission works on, and which it does not.

A task applies to a field operation when the Action Plan gives it to field operations
(``Task.field_operations``) and to an institution always; a task with activities of the
period applies in any case (the same rule as questionnaire Part 2). Gaps are the tasks that
apply and have no activity in the period.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from focalpoint.analysis.figures import Tally, tally
from focalpoint.catalogue import Catalogue, Task


@dataclass(frozen=True)
class AreaCoverage:
    """A chapter or a section: its applicable tasks, covered or not, and its activities."""

    code: str
    title: str
    covered: tuple[str, ...]
    gaps: tuple[str, ...]
    ids: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "title": self.title, "covered": list(self.covered),
                "gaps": list(self.gaps), "count": len(self.ids), "ids": list(self.ids)}


@dataclass(frozen=True)
class TaskCoverage:
    tasks: tuple[Tally, ...]
    """One tally per applicable task, in catalogue order."""
    chapters: tuple[AreaCoverage, ...]
    sections: tuple[AreaCoverage, ...]

    @property
    def covered(self) -> list[str]:
        return [t.key for t in self.tasks if t.count]

    @property
    def gaps(self) -> list[str]:
        return [t.key for t in self.tasks if not t.count]

    def to_json(self) -> dict[str, Any]:
        return {"covered": self.covered, "gaps": self.gaps,
                "by_task": [t.to_json() for t in self.tasks],
                "by_chapter": [c.to_json() for c in self.chapters],
                "by_section": [s.to_json() for s in self.sections]}


def applies_to_mission(task: Task, activity_count: int, field_operation: bool) -> bool:
    """Whether a task applies to the mission (before any answer of the focal point's).

    The one definition, for the Analysis, the Action Plan view, questionnaire Part 2 and
    the PDF: a task with activities applies; otherwise a field operation answers for the
    tasks the Action Plan gives to field operations, and an institution for every task.
    """
    return bool(activity_count) or task.field_operations or not field_operation


class Mapped(Protocol):
    """What coverage needs of an activity: a whole one, or a light store row."""

    @property
    def id(self) -> str: ...

    @property
    def task_codes(self) -> Sequence[str]: ...


def task_coverage(activities: Sequence[Mapped], catalogue: Catalogue,
                  field_operation: bool) -> TaskCoverage:
    """Distinct activities per task, section and chapter: an activity mapped to two tasks
    of one section counts once for the section (and once for the chapter).

    One implementation for the Analysis view, the Action Plan view and the PDF annex.
    """
    by_task: dict[str, set[str]] = {}
    for activity in activities:
        for code in activity.task_codes:
            by_task.setdefault(code, set()).add(activity.id)
    applicable = [task for task in catalogue.tasks()
                  if applies_to_mission(task, len(by_task.get(task.code, ())), field_operation)]
    tasks = tuple(tally(task.code, by_task.get(task.code, set())) for task in applicable)
    chapters: list[AreaCoverage] = []
    sections: list[AreaCoverage] = []
    for chapter in catalogue.chapters:
        chapter_tasks = [t for t in tasks if catalogue.chapter_of(t.key).code == chapter.code]
        if chapter_tasks:
            chapters.append(_area(chapter.code, chapter.title, chapter_tasks))
        for section in chapter.sections:
            section_tasks = [t for t in chapter_tasks
                             if catalogue.section_of(t.key).code == section.code]
            if section_tasks:
                sections.append(_area(section.code, section.title, section_tasks))
    return TaskCoverage(tasks, tuple(chapters), tuple(sections))


def _area(code: str, title: str, tasks: list[Tally]) -> AreaCoverage:
    ids = {activity_id for t in tasks for activity_id in t.ids}
    return AreaCoverage(code, title, tuple(t.key for t in tasks if t.count),
                        tuple(t.key for t in tasks if not t.count), tuple(sorted(ids)))
