"""Staff comments on a mission or one of its activities (delivered on the next sync)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from focalpoint.secretariat.administration import AdminError
from focalpoint.secretariat.web.rendering import render
from focalpoint.secretariat.web.security import PostSession, ServicesDep

router = APIRouter(include_in_schema=False)


@router.post("/missions/{code}/feedback")
def add_feedback(request: Request, code: str, session: PostSession, services: ServicesDep,
                 message: Annotated[str, Form(max_length=20000)] = "",
                 activity_id: Annotated[str, Form(max_length=100)] = "") -> Response:
    code = code.upper()
    back = f"/missions/{code}/activities/{activity_id}" if activity_id else f"/missions/{code}"
    try:
        services.admin.add_feedback(session.actor, code, message, activity_id)
    except AdminError as error:
        return render(request, "error.html", session, status_code=400,
                      title="The comment was not sent", message=str(error), back=back)
    return RedirectResponse(f"{back}?notice=feedback#feedback", status_code=303)
