"""The fixed sentences and the one-line forms of the report draft, shared by the Word
draft and the PDF so both say exactly the same (and a test can look for the same lines
in either)."""

from __future__ import annotations

from focalpoint.domain import Activity
from focalpoint.secretariat.reporting.content import DraftContent, MissionData

TITLE = ("Report on the implementation of the OSCE Action Plan to Combat Trafficking in "
         "Human Beings")
INTRO = ("Draft compiled by FocalPoint from the data of {missions} missions for the period "
         "{period}. Every activity listed was reported by the mission named above it; edit "
         "freely before circulation.")
NOT_REPORTED = "No mission reports on this task for the period."
NO_ACTIVITY = "No activity of the period is mapped to this task."


def period_text(content: DraftContent) -> str:
    return f"{content.period.start.isoformat()} – {content.period.end.isoformat()}"


def unreported_line(content: DraftContent) -> str:
    unreported = [t.task.code for t in content.tasks if not t.reported]
    return ("Tasks no mission reports on for the period: " + (", ".join(unreported) or "none")
            + ".")


def activity_line(activity: Activity) -> str:
    """One activity as the draft lists it: title (dates; type; partners; audiences)."""
    start = activity.start_date.isoformat() if activity.start_date else "undated"
    dates = start if not activity.end_date or activity.end_date == activity.start_date \
        else f"{start} – {activity.end_date.isoformat()}"
    parts = [dates, activity.activity_type.label]
    if activity.partners:
        parts.append("partners: " + ", ".join(activity.partners))
    if activity.audiences:
        parts.append("audiences: " + ", ".join(a.label for a in activity.audiences))
    return f"{activity.title} ({'; '.join(parts)})"


def annex_line(mission: MissionData) -> str:
    state = "a draft only" if mission.response is not None else "no questionnaire"
    return f"{mission.name} ({mission.code}): {state}"
