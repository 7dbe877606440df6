"""The HTTP API (FastAPI). Thin: authentication, body limits and status codes live here;
the rules of ingestion live in :mod:`.ingest`.

Every error answer is ``{"detail": "..."}`` (plus ``results`` for a batch whose every change
was refused), so the client can always show the service's own words.
"""

from __future__ import annotations

import json
import logging
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import ValidationError
from sqlalchemy import Connection
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from focalpoint import __version__
from focalpoint.secretariat.auth import authenticate, bearer_token
from focalpoint.secretariat.ingest import ingest
from focalpoint.secretariat.overview import render_overview
from focalpoint.secretariat.store import ServiceStore
from focalpoint.secretariat.store import feedback as feedback_queries
from focalpoint.secretariat.store import missions as mission_queries
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
)
from focalpoint.validation import problems_from

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Auth:
    mission: str


class BodyTooLarge(Exception):
    pass


def _error(status: int, detail: str, **extra: Any) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"detail": detail, **extra}, status_code=status, headers=headers)


async def _read_body(request: Request, limits: Limits) -> bytes:
    """The request body, decompressed if gzip, refusing anything over the limits (413).

    The compressed size is checked while streaming and the decompressed size while
    inflating, a bounded chunk at a time, so a gzip bomb never expands in memory.
    """
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limits.max_body_bytes:
        raise BodyTooLarge(f"request body of {declared} bytes is over the limit of "
                           f"{limits.max_body_bytes} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limits.max_body_bytes:
            raise BodyTooLarge(f"request body is over the limit of {limits.max_body_bytes} bytes")
        chunks.append(chunk)
    raw = b"".join(chunks)
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding in ("", "identity"):
        if len(raw) > limits.max_decompressed_bytes:
            raise BodyTooLarge("request body is over the limit")
        return raw
    if encoding != "gzip":
        raise HTTPException(415, f"Content-Encoding {encoding!r} is not supported (use gzip)")
    return _gunzip(raw, limits.max_decompressed_bytes)


_INFLATE_CHUNK = 64 * 1024


def _gunzip(raw: bytes, limit: int) -> bytes:
    """Inflate ``raw``, refusing (413) as soon as the output passes ``limit``.

    Input goes in 64 KiB at a time and output comes out 64 KiB at a time, so what is held
    besides ``raw`` is the output so far plus a chunk: a gzip bomb is never expanded, and
    no step copies the rest of a large body over and over.
    """
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out: list[bytes] = []
    total = 0
    position = 0
    try:
        while not inflater.eof:
            if inflater.unconsumed_tail:
                data = inflater.unconsumed_tail
            elif position < len(raw):
                data = raw[position:position + _INFLATE_CHUNK]
                position += _INFLATE_CHUNK
            else:
                data = b""  # all input is in: collect what zlib still holds back
            piece = inflater.decompress(data, _INFLATE_CHUNK)
            if not data and not piece:
                break
            total += len(piece)
            if total > limit:
                raise BodyTooLarge(f"the decompressed body is over the limit of {limit} bytes")
            out.append(piece)
    except zlib.error as error:
        raise HTTPException(400, f"the body is not valid gzip ({error})") from None
    if not inflater.eof:
        raise HTTPException(400, "the gzip body is truncated")
    return b"".join(out)


def _parse_json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise HTTPException(400, f"the body is not valid JSON ({error})") from None
    except RecursionError:
        raise HTTPException(400, "the body is nested too deeply") from None


def _validation_detail(what: str, error: ValidationError) -> str:
    problems = problems_from(error)
    shown = "; ".join(str(p) for p in problems[:5])
    more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
    return f"{what}: {shown}{more}"


def create_app(store: ServiceStore, *, limits: Limits | None = None,
               overview: bool = True) -> FastAPI:
    """The service for one store. ``limits`` can be lowered (tests use small ones)."""
    limits = limits or Limits()
    app = FastAPI(
        title="FocalPoint Secretariat",
        version=__version__,
        description="Receives the anti-trafficking activities and questionnaire responses "
        "of OSCE field operations. See docs/sync.md.",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        openapi_url=f"{API_PREFIX}/openapi.json",
    )

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

    def _authenticate(request: Request, db: Connection) -> _Auth:
        mission = authenticate(partial(mission_queries.token_row, db),
                               bearer_token(request.headers.get("authorization")))
        if mission is None:
            raise HTTPException(401, "the access token is missing, unknown or revoked; "
                                     "sign in again with a token from the Secretariat")
        return _Auth(mission)

    @app.get(f"{API_PREFIX}/health")
    def health() -> dict[str, Any]:
        """Liveness: no authentication, no data."""
        return {"status": "ok", "protocol_version": PROTOCOL_VERSION, "version": __version__}

    @app.post(f"{API_PREFIX}/handshake", response_model=HandshakeReply)
    async def handshake(request: Request) -> HandshakeReply:
        """Protocol version, catalogue version, clock and backlog, before any batch."""
        with store.read() as db:
            auth = _authenticate(request, db)
        body = await _read_body(request, limits)
        try:
            hello = Handshake.model_validate(_parse_json(body))
        except ValidationError as error:
            raise HTTPException(422, _validation_detail("handshake", error)) from None
        if hello.mission_code.strip().upper() != auth.mission:
            raise HTTPException(403, f"this token belongs to mission {auth.mission}, not "
                                     f"{hello.mission_code}")
        return await run_in_threadpool(_handshake, store, auth.mission, hello, limits)

    @app.post(f"{API_PREFIX}/batches", response_model=Acknowledgement)
    async def post_batch(request: Request) -> Any:
        """Apply a batch of changes at most once; answer per change."""
        with store.read() as db:
            auth = _authenticate(request, db)
        body = await _read_body(request, limits)
        data = _parse_json(body)
        if not isinstance(data, dict):
            raise HTTPException(422, "batch: expected a JSON object")
        version = data.get("protocol_version")
        if version != PROTOCOL_VERSION:
            return _error(422, f"protocol_version: {version!r} is not supported (this "
                               f"service speaks version {PROTOCOL_VERSION})",
                          code=ERROR_PROTOCOL_VERSION)
        changes = data.get("changes")
        if isinstance(changes, list) and len(changes) > limits.max_changes_per_batch:
            raise HTTPException(413, f"changes: {len(changes)} changes in one batch; the "
                                     f"limit is {limits.max_changes_per_batch}")
        try:
            batch = Batch.model_validate(data)
        except ValidationError as error:
            raise HTTPException(422, _validation_detail("batch", error)) from None
        if batch.mission_code.strip().upper() != auth.mission:
            raise HTTPException(403, f"this token belongs to mission {auth.mission}; it cannot "
                                     f"send data for mission {batch.mission_code}")
        return await run_in_threadpool(_post_batch, store, auth.mission, batch)

    @app.get(f"{API_PREFIX}/catalogue", response_model=CatalogueUpdate)
    def catalogue(request: Request, since: str = Query(default="", max_length=50)) -> Any:
        """Catalogue versions published after ``since`` (all of them if it is unknown)."""
        with store.read() as db:
            _authenticate(request, db)
            versions = store.catalogue_versions(db)
        names = [v[0] for v in versions]
        start = names.index(since) + 1 if since in names else 0
        return CatalogueUpdate(
            latest_version=names[-1] if names else "",
            versions=[CatalogueVersion(version=v, published_at=datetime.fromisoformat(p),
                                       catalogue=json.loads(d)) for v, p, d in versions[start:]],
        )

    @app.get(f"{API_PREFIX}/feedback", response_model=FeedbackList)
    def feedback(request: Request, since: int = Query(default=0, ge=0, le=MAX_WIRE_INT)) -> Any:
        """Secretariat comments for the token's mission with an id above ``since``."""
        with store.read() as db:
            auth = _authenticate(request, db)
            rows = feedback_queries.since(db, auth.mission, since)
        return FeedbackList(items=[FeedbackItem(
            id=r[0], created_at=datetime.fromisoformat(r[1]), author=r[2], entity_type=r[3],
            entity_id=r[4], message=r[5]) for r in rows])

    if overview:
        @app.get("/", response_class=HTMLResponse, include_in_schema=False)
        def overview_page() -> HTMLResponse:
            return HTMLResponse(render_overview(store))

    return app


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
