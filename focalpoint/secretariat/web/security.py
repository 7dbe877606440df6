"""Sessions, CSRF and roles as FastAPI dependencies.

- No session: the page is not rendered; a GET redirects to ``/login`` and a POST changes
  nothing (:class:`LoginRequired`, handled in :mod:`.errors`).
- A POST whose ``csrf_token`` field is not the session's token: 403, nothing changed.
- An analyst asking for an admin page or action: 403, whatever URL was typed (the admin
  router carries :func:`require_admin` as a dependency of every route).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request, Response

from focalpoint.secretariat.accounts import Session
from focalpoint.secretariat.web.services import Services

COOKIE = "fp_staff_session"


class LoginRequired(Exception):
    pass


class Forbidden(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def services(request: Request) -> Services:
    found: Services = request.app.state.workspace
    return found


def client_address(request: Request) -> str:
    """The peer address (uvicorn puts the proxy's X-Forwarded-For here when trusted)."""
    return request.client.host if request.client else "unknown"


def is_tls(request: Request) -> bool:
    """Over TLS, directly or behind a trusted TLS proxy (X-Forwarded-Proto via uvicorn)."""
    return request.url.scheme == "https"


def set_session_cookie(request: Request, response: Response, value: str) -> None:
    response.set_cookie(COOKIE, value, httponly=True, samesite="strict",
                        secure=is_tls(request), path="/")


def clear_session_cookie(request: Request, response: Response) -> None:
    response.delete_cookie(COOKIE, httponly=True, samesite="strict", secure=is_tls(request),
                           path="/")


def optional_session(request: Request) -> Session | None:
    return services(request).accounts.session(request.cookies.get(COOKIE),
                                              client_address(request))


def require_session(request: Request) -> Session:
    session = optional_session(request)
    if session is None:
        raise LoginRequired()
    request.state.session = session
    return session


def require_admin(session: Annotated[Session, Depends(require_session)]) -> Session:
    if not session.actor.is_admin:
        raise Forbidden("this page is for administrators; your account is an analyst's")
    return session


async def csrf_checked(request: Request,
                       session: Annotated[Session, Depends(require_session)]) -> Session:
    """The session, after checking the form's ``csrf_token`` (read once, cached by Starlette)."""
    form = await request.form()
    token = form.get("csrf_token")
    if not isinstance(token, str) or not session.csrf_ok(token):
        raise Forbidden("the form is out of date or did not come from this site (missing or "
                        "wrong security token); reload the page and try again — nothing was "
                        "changed")
    return session


async def admin_csrf_checked(session: Annotated[Session, Depends(csrf_checked)]) -> Session:
    if not session.actor.is_admin:
        raise Forbidden("this action is for administrators; your account is an analyst's")
    return session


StaffSession = Annotated[Session, Depends(require_session)]
AdminSession = Annotated[Session, Depends(require_admin)]
PostSession = Annotated[Session, Depends(csrf_checked)]
AdminPostSession = Annotated[Session, Depends(admin_csrf_checked)]
ServicesDep = Annotated[Services, Depends(services)]
