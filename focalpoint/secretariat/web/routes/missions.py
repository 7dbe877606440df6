"""The Missions page (``/``), a mission's page and an activity's page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from focalpoint.results_text import record_results
from focalpoint.secretariat.store.browse import ActivityQuery
from focalpoint.secretariat.web.rendering import render
from focalpoint.secretariat.web.security import ServicesDep, StaffSession
from focalpoint.vocabularies import ActivityStatus, ActivityType, TraffickingForm

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Query(max_length=200)]


@router.get("/")
def missions_page(request: Request, session: StaffSession, services: ServicesDep) -> Response:
    return render(request, "missions.html", session, missions=services.browsing.missions(),
                  silent_days=services.settings.silent_days,
                  coverage=services.browsing.coverage(),
                  catalogue_version=services.browsing.catalogue().version)


@router.get("/missions/{code}")
def mission_page(request: Request, code: str, session: StaffSession, services: ServicesDep,
                 q: Text = "", task: Text = "", chapter: Text = "", status: Text = "",
                 year: Text = "", type: Text = "", form: Text = "",
                 page: Annotated[str, Query(max_length=9)] = "1") -> Response:
    query = ActivityQuery(text=q, task=task, chapter=chapter, status=status, year=year,
                          activity_type=type, form=form,
                          page=int(page) if page.isdigit() else 1)
    data = services.browsing.mission(code.upper(), query)
    catalogue = services.browsing.catalogue()
    return render(request, "mission.html", session, mission=data.detail, devices=data.devices,
                  tokens=data.tokens, activities=data.activities, query=query,
                  deleted=services.history.deleted(data.detail.code),
                  histories=services.review.histories(data.detail.code),
                  feedback=services.browsing.feedback(data.detail.code), activity=None,
                  catalogue=catalogue, statuses=ActivityStatus.choices(),
                  types=ActivityType.choices(), forms=TraffickingForm.choices(),
                  notice=request.query_params.get("notice", ""))


@router.get("/missions/{code}/activities/{activity_id}")
def activity_page(request: Request, code: str, activity_id: str, session: StaffSession,
                  services: ServicesDep) -> Response:
    mission = services.browsing.mission_detail(code.upper())
    record = services.history.record(mission.code, activity_id)
    return render(request, "activity.html", session, mission=mission,
                  activity=record.activity, deleted=record.deleted,
                  results=record_results(record.activity),
                  feedback=services.browsing.feedback(mission.code, activity_id),
                  history=record.history, conflicts=record.conflicts,
                  catalogue=services.browsing.catalogue(),
                  notice=request.query_params.get("notice", ""))
