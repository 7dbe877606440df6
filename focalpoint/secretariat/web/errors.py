"""How the pages answer a missing session, a forbidden action and a page that does not exist."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response

from focalpoint.secretariat.browsing import NotFoundError
from focalpoint.secretariat.web.rendering import render
from focalpoint.secretariat.web.security import Forbidden, LoginRequired, optional_session


def install(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def _login(request: Request, _exc: LoginRequired) -> Response:
        # 303 for GET and POST alike: nothing was shown, nothing was changed.
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        return render(request, "error.html", optional_session(request), status_code=403,
                      title="Not allowed", message=exc.message)

    @app.exception_handler(NotFoundError)
    async def _missing(request: Request, exc: NotFoundError) -> Response:
        return render(request, "error.html", optional_session(request), status_code=404,
                      title="Not found", message=str(exc))
