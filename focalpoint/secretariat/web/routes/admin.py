"""Administration (admins only): missions, tokens, halts, catalogues, staff, audit log.

Every route of this router depends on :func:`require_admin`, so an analyst gets 403 for any
``/admin/...`` URL, typed or not; the POSTs additionally check the CSRF token.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from focalpoint.secretariat.accounts import AccountError
from focalpoint.secretariat.administration import AdminError
from focalpoint.secretariat.web.rendering import render
from focalpoint.secretariat.web.security import (
    AdminPostSession,
    AdminSession,
    ServicesDep,
    require_admin,
)
from focalpoint.secretariat.web.services import Services

router = APIRouter(prefix="/admin", include_in_schema=False,
                   dependencies=[Depends(require_admin)])
MAX_CATALOGUE_BYTES = 2 * 1024 * 1024
AUDIT_PAGE = 50


def _admin_page(request: Request, services: Services, session: AdminSession, *,
                error: str = "", status_code: int = 200, **extra: object) -> Response:
    return render(request, "admin.html", session, status_code=status_code, error=error,
                  missions=services.browsing.missions(), staff=services.accounts.staff(),
                  notice=request.query_params.get("notice", ""), **extra)


@router.get("")
def admin_page(request: Request, session: AdminSession, services: ServicesDep) -> Response:
    return _admin_page(request, services, session)


@router.post("/missions")
def add_mission(request: Request, session: AdminPostSession, services: ServicesDep,
                code: Annotated[str, Form(max_length=100)] = "",
                name: Annotated[str, Form(max_length=1000)] = "") -> Response:
    try:
        issued = services.admin.add_mission(session.actor, code, name)
    except AdminError as error:
        return _admin_page(request, services, session, error=str(error), status_code=400,
                           entered={"code": code, "name": name})
    return render(request, "token.html", session, code=code.strip().upper(),
                  token=issued.token, new_mission=True)


@router.post("/missions/{code}/tokens")
def issue_token(request: Request, code: str, session: AdminPostSession,
                services: ServicesDep) -> Response:
    try:
        issued = services.admin.issue_token(session.actor, code)
    except AdminError as error:
        return _admin_page(request, services, session, error=str(error), status_code=400)
    return render(request, "token.html", session, code=code.upper(), token=issued.token,
                  new_mission=False)


@router.post("/missions/{code}/tokens/{token_id}/revoke")
def revoke_token(request: Request, code: str, token_id: str, session: AdminPostSession,
                 services: ServicesDep) -> Response:
    try:
        services.admin.revoke_token(session.actor, code, token_id)
    except AdminError as error:
        return _admin_page(request, services, session, error=str(error), status_code=400)
    return RedirectResponse(f"/missions/{code.upper()}?notice=revoked#tokens", status_code=303)


@router.post("/missions/{code}/halt")
def halt(request: Request, code: str, session: AdminPostSession, services: ServicesDep,
         message: Annotated[str, Form(max_length=2000)] = "") -> Response:
    if not message.strip():
        return _admin_page(request, services, session, status_code=400,
                           error="say why the sync is halted: the message is shown to the "
                                 "focal point")
    try:
        services.admin.set_halt(session.actor, code, message)
    except AdminError as error:
        return _admin_page(request, services, session, error=str(error), status_code=400)
    return RedirectResponse("/admin?notice=halted", status_code=303)


@router.post("/missions/{code}/resume")
def resume(request: Request, code: str, session: AdminPostSession,
           services: ServicesDep) -> Response:
    try:
        services.admin.set_halt(session.actor, code, "")
    except AdminError as error:
        return _admin_page(request, services, session, error=str(error), status_code=400)
    return RedirectResponse("/admin?notice=resumed", status_code=303)


@router.post("/catalogue/preview")
async def preview_catalogue(request: Request, session: AdminPostSession,
                            services: ServicesDep,
                            file: Annotated[UploadFile | None, File()] = None) -> Response:
    data = await file.read(MAX_CATALOGUE_BYTES + 1) if file is not None else b""
    try:
        if not data:
            raise AdminError("choose a catalogue file (JSON) to publish")
        if len(data) > MAX_CATALOGUE_BYTES:
            raise AdminError(f"the file is larger than {MAX_CATALOGUE_BYTES // 1024} KiB")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise AdminError("the file is not UTF-8 text") from None
        preview = services.admin.preview_catalogue(text)
    except AdminError as error:
        return _admin_page(request, services, session, error=f"The catalogue was not "
                           f"accepted: {error}", status_code=400)
    return render(request, "catalogue_preview.html", session, preview=preview)


@router.post("/catalogue/publish")
def publish_catalogue(request: Request, session: AdminPostSession, services: ServicesDep,
                      catalogue: Annotated[str, Form(max_length=MAX_CATALOGUE_BYTES)] = ""
                      ) -> Response:
    try:
        services.admin.publish_catalogue(session.actor, catalogue)
    except AdminError as error:
        return _admin_page(request, services, session, error=str(error), status_code=400)
    return RedirectResponse("/admin?notice=published", status_code=303)


@router.post("/staff")
def add_staff(request: Request, session: AdminPostSession, services: ServicesDep,
              email: Annotated[str, Form(max_length=254)] = "",
              name: Annotated[str, Form(max_length=500)] = "",
              role: Annotated[str, Form(max_length=20)] = "",
              password: Annotated[str, Form(max_length=1024)] = "") -> Response:
    try:
        services.accounts.add_staff(email, name, role, password, session.actor)
    except AccountError as error:
        return _admin_page(request, services, session, error=str(error), status_code=400,
                           entered_staff={"email": email, "name": name, "role": role})
    return RedirectResponse("/admin?notice=staff#staff", status_code=303)


@router.post("/staff/{email}/{state}")
def set_staff_state(request: Request, email: str, state: str, session: AdminPostSession,
                    services: ServicesDep) -> Response:
    if state not in ("disable", "enable"):
        return _admin_page(request, services, session, error="unknown action",
                           status_code=404)
    try:
        services.accounts.set_active(email, state == "enable", session.actor)
    except AccountError as error:
        return _admin_page(request, services, session, error=str(error), status_code=400)
    return RedirectResponse("/admin?notice=staff#staff", status_code=303)


@router.get("/audit")
def audit_page(request: Request, session: AdminSession, services: ServicesDep,
               page: Annotated[str, Query(max_length=9)] = "1") -> Response:
    number = int(page) if page.isdigit() and int(page) > 0 else 1
    rows, total = services.accounts.audit(limit=AUDIT_PAGE, offset=(number - 1) * AUDIT_PAGE)
    return render(request, "audit.html", session, rows=rows, total=total, page=number,
                  pages=max(1, -(-total // AUDIT_PAGE)))
