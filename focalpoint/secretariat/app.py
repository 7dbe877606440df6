"""The HTTP API (FastAPI). Thin: authentication, body limits and status codes live here;
the rules of ingestion live in :mod:`.ingest`.

Every error answer is ``{"detail": "..."}`` (plus ``results`` for a batch whose every change
was refused), so the client can always show the service's own words.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from focalpoint import __version__
from focalpoint.secretariat.auth import authenticate
from focalpoint.secretariat.bodies import BodyTooLarge, content_encoding, read_body
from focalpoint.secretariat.compression import ApiGzipMiddleware
from focalpoint.secretariat.endpoints import batch_body, error_answer, handshake_body
from focalpoint.secretariat.exchange import (
    catalogue_update,
    exchange_body,
    feedback_list,
    reply_document,
)
from focalpoint.secretariat.headers import SecurityHeadersMiddleware
from focalpoint.secretariat.openapi import (
    Bearer,
    get_responses,
    install_openapi,
    post_documentation,
)
from focalpoint.secretariat.store import ServiceStore
from focalpoint.secretariat.store import missions as mission_queries
from focalpoint.secretariat.web import mount_workspace
from focalpoint.secretariat.web.services import WorkspaceSettings
from focalpoint.sync.protocol import (
    API_PREFIX,
    FEATURES_HEADER,
    MAX_WIRE_INT,
    PROTOCOL_VERSION,
    Acknowledgement,
    Batch,
    CatalogueUpdate,
    Exchange,
    ExchangeReply,
    FeedbackList,
    Handshake,
    HandshakeReply,
    Limits,
)

log = logging.getLogger(__name__)


def create_app(store: ServiceStore, *, limits: Limits | None = None,
               overview: bool = True, workspace: WorkspaceSettings | None = None) -> FastAPI:
    """The service for one store. ``limits`` can be lowered (tests use small ones).

    With ``overview`` the staff workspace (login, missions, review, administration) is
    served beside the API; ``workspace`` holds its settings (silent days, session policy).
    """
    limits = limits or Limits()
    app = FastAPI(
        title="FocalPoint Secretariat",
        version=__version__,
        description="Receives the anti-trafficking activities and questionnaire responses "
        "of OSCE field operations. See docs/sync.md.",
        # The interactive docs page loads its script from a CDN and runs inline script,
        # which the security policy forbids (and an offline office cannot reach a CDN).
        docs_url=None,
        redoc_url=None,
        openapi_url=f"{API_PREFIX}/openapi.json",
    )
    app.add_middleware(ApiGzipMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)
    install_openapi(app)

    @app.exception_handler(HTTPException)
    async def _http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        return error_answer(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _bad_parameter(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # A bad query parameter: one line naming it, like every other error answer.
        problems = [f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: "
                    f"{e.get('msg', 'invalid')}" for e in exc.errors()[:5]]
        return error_answer(422, "; ".join(problems) or "the request is invalid")

    @app.exception_handler(ClientDisconnect)
    async def _gone(_request: Request, _exc: ClientDisconnect) -> Response:
        # The link dropped mid-request: nothing was read, nothing stored, nobody to answer.
        log.info("client disconnected before its request body arrived")
        return Response(status_code=400)

    @app.exception_handler(BodyTooLarge)
    async def _too_large(_request: Request, exc: BodyTooLarge) -> JSONResponse:
        return error_answer(413, str(exc))

    def mission_of_token(credentials: Bearer) -> str:
        """The token's mission, or 401. A dependency, so it runs before any parameter is
        validated (no anonymous client learns how a request would be judged) and, being
        a plain function, in a worker thread."""
        with store.read() as db:
            mission = authenticate(partial(mission_queries.token_row, db),
                                   credentials.credentials if credentials else None)
        if mission is None:
            raise HTTPException(401, "the access token is missing, unknown or revoked; "
                                     "sign in again with a token from the Secretariat")
        return mission

    # A default, not an ``Annotated`` alias: annotations are strings here (PEP 563) and
    # FastAPI resolves them in the module's namespace, where a local alias is unknown.
    token_mission = Depends(mission_of_token)

    @app.get(f"{API_PREFIX}/health")
    def health() -> dict[str, Any]:
        """Liveness: no authentication, no data."""
        return {"status": "ok", "protocol_version": PROTOCOL_VERSION, "version": __version__}

    @app.post(f"{API_PREFIX}/handshake", response_model=HandshakeReply,
              **post_documentation(Handshake))
    async def handshake(request: Request, mission: str = token_mission) -> HandshakeReply:
        """Protocol version, catalogue version, clock and backlog, before any batch."""
        raw = await read_body(request, limits)
        encoding = content_encoding(request)
        return await run_in_threadpool(handshake_body, store, mission, raw, encoding, limits)

    @app.post(f"{API_PREFIX}/batches", response_model=Acknowledgement,
              **post_documentation(Batch))
    async def post_batch(request: Request, mission: str = token_mission) -> Any:
        """Apply a batch of changes at most once; answer per change."""
        raw = await read_body(request, limits)
        encoding = content_encoding(request)
        # Inflating, parsing, validating and applying up to 32 MiB is CPU work: in a worker
        # thread, so the event loop keeps answering other requests meanwhile.
        return await run_in_threadpool(batch_body, store, mission, raw, encoding, limits)

    @app.post(f"{API_PREFIX}/sync", response_model=ExchangeReply,
              **post_documentation(Exchange))
    async def sync(request: Request, mission: str = token_mission) -> Any:
        """Protocol 3: hello + at most one batch + pull, in one round trip."""
        raw = await read_body(request, limits)
        encoding = content_encoding(request)
        features = request.headers.get(FEATURES_HEADER, "")[:200]
        answer = await run_in_threadpool(exchange_body, store, mission, raw, encoding,
                                         limits, features)
        if isinstance(answer, ExchangeReply):
            # Empty parts left out, the service's versions and limits always in: a
            # mission pays per byte (see reply_document).
            return JSONResponse(reply_document(answer))
        return answer

    @app.get(f"{API_PREFIX}/catalogue", response_model=CatalogueUpdate,
             responses=get_responses())
    def catalogue(mission: str = token_mission,
                  since: str = Query(default="", max_length=50)) -> Any:
        """Catalogue versions published after ``since`` (all of them if it is unknown)."""
        with store.read() as db:
            return catalogue_update(store, db, since)

    @app.get(f"{API_PREFIX}/feedback", response_model=FeedbackList,
             responses=get_responses(), response_model_exclude_none=True)
    def feedback(mission: str = token_mission,
                 since: int = Query(default=0, ge=0, le=MAX_WIRE_INT),
                 review_since: int | None = Query(default=None, ge=0, le=MAX_WIRE_INT)) -> Any:
        """Secretariat comments for the token's mission with an id above ``since``; with
        ``review_since``, also the review decisions above it (newer clients ask for them;
        an older client, which does not, gets exactly the answer it always got)."""
        with store.read() as db:
            return feedback_list(db, mission, since, review_since)

    if overview:
        mount_workspace(app, store, workspace)

    return app
