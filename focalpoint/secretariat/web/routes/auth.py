"""``/login`` and ``/logout``.

The login form has its own CSRF token (there is no session yet): a random value in a
SameSite=Strict cookie that the form must repeat (double submit).
"""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from focalpoint.secretariat.accounts import LoginThrottled
from focalpoint.secretariat.web.rendering import render
from focalpoint.secretariat.web.security import (
    PostSession,
    ServicesDep,
    clear_session_cookie,
    client_address,
    is_tls,
    optional_session,
    set_session_cookie,
)

router = APIRouter(include_in_schema=False)
LOGIN_CSRF = "fp_login_csrf"


def _login_page(request: Request, *, status_code: int = 200, error: str = "",
                email: str = "") -> Response:
    token = secrets.token_urlsafe(32)
    response = render(request, "login.html", None, status_code=status_code, error=error,
                      email=email, login_csrf=token)
    response.set_cookie(LOGIN_CSRF, token, httponly=True, samesite="strict",
                        secure=is_tls(request), path="/login")
    return response


@router.get("/login")
def login_form(request: Request) -> Response:
    if optional_session(request) is not None:
        return RedirectResponse("/", status_code=303)
    return _login_page(request)


@router.post("/login")
async def login(request: Request, services: ServicesDep,
                email: Annotated[str, Form(max_length=254)] = "",
                password: Annotated[str, Form(max_length=1024)] = "",
                csrf_token: Annotated[str, Form(max_length=100)] = "") -> Response:
    expected = request.cookies.get(LOGIN_CSRF, "")
    if not expected or not hmac.compare_digest(expected, csrf_token):
        return _login_page(request, status_code=403, email=email,
                           error="The login form had expired; please sign in again.")
    try:
        result = await run_in_threadpool(services.accounts.login, email, password,
                                         client_address(request))
    except LoginThrottled as throttled:
        response = _login_page(request, status_code=429, email=email,
                               error=f"Too many failed sign-ins: {throttled}.")
        response.headers["Retry-After"] = str(throttled.retry_after)
        return response
    if result is None:
        return _login_page(request, status_code=401, email=email,
                           error="The e-mail address or the password is wrong.")
    cookie, _session = result
    response = RedirectResponse("/", status_code=303)
    set_session_cookie(request, response, cookie)
    response.delete_cookie(LOGIN_CSRF, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, session: PostSession, services: ServicesDep) -> Response:
    services.accounts.logout(session)
    response = RedirectResponse("/login", status_code=303)
    clear_session_cookie(request, response)
    return response
