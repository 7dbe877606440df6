"""The HTTP API (FastAPI). Thin: authentication, body limits and status codes live here;
the rules of ingestion live in :mod:`.ingest`.

Every error answer is ``{"detail": "..."}`` (plus ``results`` for a batch whose every change
was refused), so the client can always show the service's own words.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from functools import partial
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from focalpoint import __version__
from focalpoint.secretariat.auth import authenticate
from focalpoint.secretariat.bodies import BodyTooLarge, content_encoding, decode_body, read_body
from focalpoint.secretariat.headers import SecurityHeadersMiddleware
from focalpoint.secretariat.ingest import ingest
from focalpoint.secretariat.openapi import (
    Bearer,
    get_responses,
    install_openapi,
    post_documentation,
)
from focalpoint.secretariat.review import pulled_reviews
from focalpoint.secretariat.store import ServiceStore
from focalpoint.secretariat.store import feedback as feedback_queries
from focalpoint.secretariat.store import missions as mission_queries
from focalpoint.secretariat.web import mount_workspace
from focalpoint.secretariat.web.services import WorkspaceSettings
from focalpoint.sync.protocol import (
    API_PREFIX,
    ERROR_PROTOCOL_VERSION,
    MAX_CLOCK_SKEW_SECONDS,
    MAX_WIRE_INT,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    Acknowledgement,
    Batch,
    CatalogueUpdate,
    CatalogueVersion,
    FeedbackItem,
    FeedbackList,
    Handshake,
    HandshakeReply,
    HandshakeStatus,
    Limits,
    accepts_protocol,
)
from focalpoint.validation import problems_from

log = logging.getLogger(__name__)


def _error(status: int, detail: str, **extra: Any) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"detail": detail, **extra}, status_code=status, headers=headers)


def _validation_detail(what: str, error: ValidationError) -> str:
    problems = problems_from(error)
    shown = "; ".join(str(p) for p in problems[:5])
    more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
    return f"{what}: {shown}{more}"


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
    app.add_middleware(SecurityHeadersMiddleware)
    install_openapi(app)

    @app.exception_handler(HTTPException)
    async def _http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _bad_parameter(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # A bad query parameter: one line naming it, like every other error answer.
        problems = [f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: "
                    f"{e.get('msg', 'invalid')}" for e in exc.errors()[:5]]
        return _error(422, "; ".join(problems) or "the request is invalid")

    @app.exception_handler(ClientDisconnect)
    async def _gone(_request: Request, _exc: ClientDisconnect) -> Response:
        # The link dropped mid-request: nothing was read, nothing stored, nobody to answer.
        log.info("client disconnected before its request body arrived")
        return Response(status_code=400)

    @app.exception_handler(BodyTooLarge)
    async def _too_large(_request: Request, exc: BodyTooLarge) -> JSONResponse:
        return _error(413, str(exc))

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
        return await run_in_threadpool(_handshake_body, store, mission, raw, encoding, limits)

    @app.post(f"{API_PREFIX}/batches", response_model=Acknowledgement,
              **post_documentation(Batch))
    async def post_batch(request: Request, mission: str = token_mission) -> Any:
        """Apply a batch of changes at most once; answer per change."""
        raw = await read_body(request, limits)
        encoding = content_encoding(request)
        # Inflating, parsing, validating and applying up to 32 MiB is CPU work: in a worker
        # thread, so the event loop keeps answering other requests meanwhile.
        return await run_in_threadpool(_batch_body, store, mission, raw, encoding, limits)

    @app.get(f"{API_PREFIX}/catalogue", response_model=CatalogueUpdate,
             responses=get_responses())
    def catalogue(mission: str = token_mission,
                  since: str = Query(default="", max_length=50)) -> Any:
        """Catalogue versions published after ``since`` (all of them if it is unknown)."""
        with store.read() as db:
            versions = store.catalogue_versions(db)
        names = [v[0] for v in versions]
        start = names.index(since) + 1 if since in names else 0
        return CatalogueUpdate(
            latest_version=names[-1] if names else "",
            versions=[CatalogueVersion(version=v, published_at=datetime.fromisoformat(p),
                                       catalogue=json.loads(d)) for v, p, d in versions[start:]],
        )

    @app.get(f"{API_PREFIX}/feedback", response_model=FeedbackList,
             responses=get_responses(), response_model_exclude_none=True)
    def feedback(mission: str = token_mission,
                 since: int = Query(default=0, ge=0, le=MAX_WIRE_INT),
                 review_since: int | None = Query(default=None, ge=0, le=MAX_WIRE_INT)) -> Any:
        """Secretariat comments for the token's mission with an id above ``since``; with
        ``review_since``, also the review decisions above it (newer clients ask for them;
        an older client, which does not, gets exactly the answer it always got)."""
        with store.read() as db:
            rows = feedback_queries.since(db, mission, since)
            reviews = None if review_since is None else pulled_reviews(db, mission,
                                                                       review_since)
        return FeedbackList(items=[FeedbackItem(
            id=r[0], created_at=datetime.fromisoformat(r[1]), author=r[2], entity_type=r[3],
            entity_id=r[4], message=r[5]) for r in rows], reviews=reviews)

    if overview:
        mount_workspace(app, store, workspace)

    return app


def _handshake_body(store: ServiceStore, mission: str, raw: bytes, encoding: str,
                    limits: Limits) -> HandshakeReply:
    try:
        hello = Handshake.model_validate(decode_body(raw, encoding, limits))
    except ValidationError as error:
        raise HTTPException(422, _validation_detail("handshake", error)) from None
    if hello.mission_code.strip().upper() != mission:
        raise HTTPException(403, f"this token belongs to mission {mission}, not "
                                 f"{hello.mission_code}")
    return _handshake(store, mission, hello, limits)


def _batch_body(store: ServiceStore, mission: str, raw: bytes, encoding: str,
                limits: Limits) -> Any:
    data = decode_body(raw, encoding, limits)
    if not isinstance(data, dict):
        raise HTTPException(422, "batch: expected a JSON object")
    version = data.get("protocol_version")
    if not accepts_protocol(version):
        return _error(422, f"protocol_version: {version!r} is not supported (this "
                           f"service speaks versions {MIN_PROTOCOL_VERSION} to "
                           f"{PROTOCOL_VERSION})",
                      code=ERROR_PROTOCOL_VERSION)
    changes = data.get("changes")
    if isinstance(changes, list) and len(changes) > limits.max_changes_per_batch:
        raise HTTPException(413, f"changes: {len(changes)} changes in one batch; the "
                                 f"limit is {limits.max_changes_per_batch}")
    try:
        batch = Batch.model_validate(data)
    except ValidationError as error:
        raise HTTPException(422, _validation_detail("batch", error)) from None
    if batch.mission_code.strip().upper() != mission:
        raise HTTPException(403, f"this token belongs to mission {mission}; it cannot "
                                 f"send data for mission {batch.mission_code}")
    return _post_batch(store, mission, batch)


def _post_batch(store: ServiceStore, mission: str, batch: Batch) -> Any:
    with store.read() as db:
        halted = mission_queries.halt_message(db, mission)
    if halted:
        return _error(423, f"sync is halted by the Secretariat: {halted}")
    outcome = ingest(store, mission, batch)
    if outcome.ack is not None:
        return outcome.ack
    results = [r.model_dump(mode="json") for r in outcome.results]
    return _error(outcome.status_code, outcome.detail, **({"results": results} if results else {}))


def _handshake(store: ServiceStore, mission: str, hello: Handshake,
               limits: Limits) -> HandshakeReply:
    now = datetime.now(UTC)
    client_time = hello.client_time if hello.client_time.tzinfo else hello.client_time.replace(
        tzinfo=UTC)
    skew = (client_time - now).total_seconds()
    warning = ""
    if abs(skew) > MAX_CLOCK_SKEW_SECONDS:
        direction = "ahead of" if skew > 0 else "behind"
        warning = (f"this computer's clock is {abs(skew) / 60:.0f} minutes {direction} the "
                   "Secretariat's; times are recorded with the Secretariat's clock — please "
                   "correct the computer's date and time")
    with store.read() as db:
        latest = store.latest_catalogue(db).version
        seen = mission_queries.device_highest_seq(db, mission, hello.device_id)
    with store.write() as db:
        halt = mission_queries.halt_message(db, mission)
        mission_queries.record_handshake(db, mission, {
            "last_device_id": hello.device_id, "pending_count": hello.pending_count,
            "rejected_count": hello.rejected_count,
            "client_last_sync": hello.last_sync.isoformat() if hello.last_sync else None,
            "client_catalogue_version": hello.catalogue_version,
            "clock_skew_seconds": skew})
    status: HandshakeStatus = "ok"
    message = ""
    if hello.protocol_version < MIN_PROTOCOL_VERSION:
        status, message = "upgrade_required", (
            f"this FocalPoint speaks sync protocol {hello.protocol_version}; the Secretariat "
            f"needs at least {MIN_PROTOCOL_VERSION}. Install the current FocalPoint.")
    elif hello.protocol_version > PROTOCOL_VERSION:
        status, message = "halt", (
            f"the Secretariat service speaks sync protocol {PROTOCOL_VERSION}, older than this "
            f"FocalPoint's {hello.protocol_version}; sync waits until the service is updated")
    elif halt:
        status, message = "halt", f"sync is halted by the Secretariat: {halt}"
    return HandshakeReply(status=status, message=message, server_time=now.replace(microsecond=0),
                          clock_skew_seconds=round(skew, 1), clock_warning=warning,
                          latest_catalogue_version=latest, limits=limits,
                          device_highest_seq=seen)
