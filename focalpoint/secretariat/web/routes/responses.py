"""A questionnaire response as on paper, its PDF, its versions and the review form."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from focalpoint.report.errors import ReportError
from focalpoint.secretariat.browsing import NotFoundError
from focalpoint.secretariat.review import DECISIONS, History, ReviewError, review_state
from focalpoint.secretariat.web.rendering import render
from focalpoint.secretariat.web.security import PostSession, ServicesDep, StaffSession
from focalpoint.secretariat.web.services import Services

router = APIRouter(include_in_schema=False)
TASK_FIELD = "task_comment_"


def _history(services: Services, code: str, response_id: str) -> History:
    history = services.review.history(code, response_id)
    if history is None:
        raise NotFoundError(f"mission {code} has no questionnaire response {response_id}")
    return history


def _page(request: Request, services: Services, session: StaffSession, code: str,
          response_id: str, *, error: str = "", status_code: int = 200,
          entered: dict[str, str] | None = None) -> Response:
    history = _history(services, code, response_id)
    version = history.version_of(response_id)
    content = services.browsing.content(code, version.response)
    reviewable = version is history.latest and version.response.status == "submitted"
    return render(request, "response.html", session, status_code=status_code,
                  mission=services.browsing.mission_detail(code), history=history,
                  version=version, content=content, reviewable=reviewable,
                  decisions=DECISIONS, review_state=review_state, error=error,
                  entered=entered or {}, task_field=TASK_FIELD,
                  received=services.response_history.history(code, response_id),
                  notice=request.query_params.get("notice", ""))


@router.get("/missions/{code}/responses/{response_id}")
def response_page(request: Request, code: str, response_id: str, session: StaffSession,
                  services: ServicesDep) -> Response:
    return _page(request, services, session, code.upper(), response_id)


@router.get("/missions/{code}/responses/{response_id}/pdf")
async def response_pdf(code: str, response_id: str, session: StaffSession,
                       services: ServicesDep) -> Response:
    code = code.upper()
    version = _history(services, code, response_id).version_of(response_id)
    try:
        data = await run_in_threadpool(services.browsing.pdf, code, version.response)
    except ReportError as error:
        raise NotFoundError(f"the PDF could not be made: {error}") from None
    name = f"{code}-questionnaire-{version.response.period_start}-v{version.number}.pdf"
    return Response(data, media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.post("/missions/{code}/responses/{response_id}/review")
async def review(request: Request, code: str, response_id: str, session: PostSession,
                 services: ServicesDep) -> Response:
    code = code.upper()
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    task_comments = {k[len(TASK_FIELD):]: v for k, v in fields.items()
                     if k.startswith(TASK_FIELD)}
    history = _history(services, code, response_id)
    content = services.browsing.content(code, history.version_of(response_id).response)
    try:
        services.review.decide(session.actor, code, response_id, fields.get("decision", ""),
                               fields.get("comment", ""), task_comments,
                               {t.task.code for t in content.tasks()})
    except ReviewError as error:
        return _page(request, services, session, code, response_id, error=str(error),
                     status_code=400, entered=fields)
    return RedirectResponse(f"/missions/{code}/responses/{response_id}?notice=review",
                            status_code=303)
