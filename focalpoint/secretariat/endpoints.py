"""The bodies of the mission API's POST routes, run in a worker thread by :mod:`.app`.

Kept apart from the routes so that ``POST /api/v1/sync`` (:mod:`.exchange`) runs exactly
the hello checks of ``/handshake`` and exactly the batch path of ``/batches``: one
implementation of each rule, whichever endpoint a client speaks.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import HTTPException
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from focalpoint.secretariat.bodies import decode_body
from focalpoint.secretariat.ingest import ingest
from focalpoint.secretariat.store import ServiceStore
from focalpoint.secretariat.store import missions as mission_queries
from focalpoint.sync.protocol import (
    ERROR_PROTOCOL_VERSION,
    MAX_CLOCK_SKEW_SECONDS,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    Batch,
    Handshake,
    HandshakeReply,
    HandshakeStatus,
    Limits,
    accepts_protocol,
)
from focalpoint.validation import problems_from


def error_answer(status: int, detail: str, **extra: Any) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"detail": detail, **extra}, status_code=status, headers=headers)


def validation_detail(what: str, error: ValidationError) -> str:
    problems = problems_from(error)
    shown = "; ".join(str(p) for p in problems[:5])
    more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
    return f"{what}: {shown}{more}"


def handshake_body(store: ServiceStore, mission: str, raw: bytes, encoding: str,
                    limits: Limits) -> HandshakeReply:
    try:
        hello = Handshake.model_validate(decode_body(raw, encoding, limits))
    except ValidationError as error:
        raise HTTPException(422, validation_detail("handshake", error)) from None
    if hello.mission_code.strip().upper() != mission:
        raise HTTPException(403, f"this token belongs to mission {mission}, not "
                                 f"{hello.mission_code}")
    return hello_reply(store, mission, hello, limits)


def json_object(raw: bytes, encoding: str, limits: Limits, what: str) -> dict[str, Any]:
    """The body as a JSON object (422 for any other JSON value)."""
    data = decode_body(raw, encoding, limits)
    if not isinstance(data, dict):
        raise HTTPException(422, f"{what}: expected a JSON object")
    return data


def check_change_count(changes: object, limits: Limits, where: str) -> None:
    """More changes than a batch may carry is a 413 (the client splits the batch), checked
    before the body is validated, so the answer names the limit."""
    if isinstance(changes, list) and len(changes) > limits.max_changes_per_batch:
        raise HTTPException(413, f"{where}: {len(changes)} changes in one batch; the "
                                 f"limit is {limits.max_changes_per_batch}")


def batch_body(store: ServiceStore, mission: str, raw: bytes, encoding: str,
                limits: Limits) -> Any:
    data = json_object(raw, encoding, limits, "batch")
    version = data.get("protocol_version")
    if not accepts_protocol(version):
        return error_answer(422, f"protocol_version: {version!r} is not supported (this "
                           f"service speaks versions {MIN_PROTOCOL_VERSION} to "
                           f"{PROTOCOL_VERSION})",
                      code=ERROR_PROTOCOL_VERSION)
    check_change_count(data.get("changes"), limits, "changes")
    try:
        batch = Batch.model_validate(data)
    except ValidationError as error:
        raise HTTPException(422, validation_detail("batch", error)) from None
    if batch.mission_code.strip().upper() != mission:
        raise HTTPException(403, f"this token belongs to mission {mission}; it cannot "
                                 f"send data for mission {batch.mission_code}")
    return post_batch(store, mission, batch)


def post_batch(store: ServiceStore, mission: str, batch: Batch) -> Any:
    with store.read() as db:
        halted = mission_queries.halt_message(db, mission)
    if halted:
        return error_answer(423, f"sync is halted by the Secretariat: {halted}")
    outcome = ingest(store, mission, batch)
    if outcome.ack is not None:
        return outcome.ack
    results = [r.model_dump(mode="json") for r in outcome.results]
    return error_answer(outcome.status_code, outcome.detail,
                        **({"results": results} if results else {}))


def hello_reply(store: ServiceStore, mission: str, hello: Handshake,
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
