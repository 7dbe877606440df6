"""``POST /api/v1/sync``: one round trip of sync protocol 3 (see ``docs/sync.md``).

An :class:`~focalpoint.sync.protocol.Exchange` is the hello, at most one batch and the
device's feed cursor. The service runs, in this order and with the very code of the older
endpoints: the hello checks of ``/handshake`` (:func:`.endpoints.hello_reply`), the batch
path of ``/batches`` (:func:`.endpoints.post_batch`: idempotent by batch id, the same error
statuses), then reads what the device pulls — the mission's compacted feed after the
cursor, newer catalogue versions, feedback and review decisions — into one
:class:`~focalpoint.sync.protocol.ExchangeReply`.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from fastapi import HTTPException
from pydantic import ValidationError
from sqlalchemy import Connection

from focalpoint.secretariat.endpoints import (
    check_change_count,
    error_answer,
    hello_reply,
    json_object,
    post_batch,
    validation_detail,
)
from focalpoint.secretariat.review import pulled_reviews
from focalpoint.secretariat.store import ServiceStore, ingest_queries
from focalpoint.secretariat.store import feedback as feedback_queries
from focalpoint.secretariat.store import versions as version_queries
from focalpoint.secretariat.store.versions import ConflictRow
from focalpoint.sync.protocol import (
    ERROR_DEVICE_RESTORED,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    SERVICE_FEATURES,
    Acknowledgement,
    Batch,
    CatalogueUpdate,
    CatalogueVersion,
    ConflictInfo,
    ConflictValue,
    Exchange,
    ExchangeReply,
    Feed,
    FeedbackItem,
    FeedbackList,
    FeedItem,
    Handshake,
    Limits,
)


def exchange_body(store: ServiceStore, mission: str, raw: bytes, encoding: str,
                  limits: Limits, features: str = "") -> Any:
    """The whole exchange (runs in a worker thread): an ``ExchangeReply`` or an error.

    ``features``: the request's ``FocalPoint-Features`` header; the reply names those of
    them the service has (and says nothing to a client that asked for none)."""
    data = json_object(raw, encoding, limits, "exchange")
    batch = data.get("batch")
    check_change_count(batch.get("changes") if isinstance(batch, dict) else None, limits,
                       "batch.changes")
    version = data.get("protocol_version")
    outside: int | None = None
    if isinstance(version, int) and not isinstance(version, bool) and not (
            MIN_PROTOCOL_VERSION <= version <= PROTOCOL_VERSION):
        outside = version
    out_of_range = outside is not None
    try:
        # A version outside the range is not an invalid body but a hello to answer with
        # "upgrade" or "halt": the rest of the body is checked as if it were ours.
        exchange = Exchange.model_validate(
            {**data, "protocol_version": PROTOCOL_VERSION} if out_of_range else data)
    except ValidationError as error:
        raise HTTPException(422, validation_detail("exchange", error)) from None
    if exchange.mission_code.strip().upper() != mission:
        raise HTTPException(403, f"this token belongs to mission {mission}; it cannot "
                                 f"sync mission {exchange.mission_code}")
    spoken = exchange.protocol_version
    if outside is not None:  # a number the hello model can hold, on the same side
        spoken = 0 if outside < MIN_PROTOCOL_VERSION else PROTOCOL_VERSION + 1
    hello = _hello(exchange, spoken)
    greeting = hello_reply(store, mission, hello, limits)
    reply = ExchangeReply(**greeting.model_dump(exclude={"protocol_version",
                                                         "min_protocol_version"}))
    asked = [name.strip() for name in features.split(",") if name.strip()]
    if asked:
        reply.features = [name for name in SERVICE_FEATURES if name in asked]
    if greeting.status != "ok":
        return reply  # nothing of the batch is applied, nothing is pulled
    as_batch = exchange.as_batch()
    if as_batch is not None:
        refusal = _restored_copy(store, mission, as_batch)
        if refusal:
            return error_answer(409, refusal, code=ERROR_DEVICE_RESTORED)
        answer = post_batch(store, mission, as_batch)
        if not isinstance(answer, Acknowledgement):
            return answer  # refused as a whole: the same status and body as /batches
        reply.ack = answer
    known = acknowledged_versions(reply.ack)
    if reply.ack is not None and exchange.batch is not None and exchange.batch.compact:
        # The client derives each change id from the batch id; it matches results by seq.
        reply.ack = reply.ack.model_copy(update={"results": [
            r.model_copy(update={"change_id": ""}) for r in reply.ack.results]})
    with store.read() as db:
        reply.feed = feed(db, mission, exchange.cursor, exchange.pull_limit, known=known)
        reply.catalogue = newer_catalogues(store, db, exchange.catalogue_version)
        reply.feedback = pulled_feedback(db, mission, exchange.feedback_since,
                                         exchange.review_since)
    return reply


#: Answer fields sent even when they hold the model's default: they are this release's
#: policy, not "nothing", and a client that filled them in from its own constants would
#: never see a later release change them (a new limit, a new protocol range).
ALWAYS_SENT = frozenset({"protocol_version", "min_protocol_version", "limits"})


def reply_document(reply: ExchangeReply) -> dict[str, Any]:
    """The answer as it travels: fields that are null or hold an empty default (no
    message, ``applied: false``, ``more: false``, no conflicts, …) are left out — the
    client's models read them back — except :data:`ALWAYS_SENT`, written out in full."""
    document: dict[str, Any] = reply.model_dump(mode="json", exclude_none=True,
                                                exclude_defaults=True)
    document.update(reply.model_dump(mode="json", include=set(ALWAYS_SENT)))
    return document


def _hello(exchange: Exchange, version: int) -> Handshake:
    return Handshake(protocol_version=version, client_version=exchange.client_version,
                     mission_code=exchange.mission_code, device_id=exchange.device_id,
                     catalogue_version=exchange.catalogue_version,
                     client_time=exchange.client_time, pending_count=exchange.pending_count,
                     rejected_count=exchange.rejected_count, last_sync=exchange.last_sync)


def _restored_copy(store: ServiceStore, mission: str, batch: Batch) -> str:
    """Why the batch must not be applied ('' if it may): its device already used one of
    its sequence numbers for another change.

    ``/handshake`` tells a client this before it sends (``device_highest_seq``); in one
    round trip the batch is already here, and applying it would take its changes for
    replays of older ones and drop them. A resent batch (known id) is never refused.
    """
    with store.read() as db:
        if ingest_queries.known_batch(db, mission, batch.batch_id) is not None:
            return ""
        used = ingest_queries.changes_at_seqs(
            db, mission, batch.device_id, [c.seq for c in batch.changes])
    sent = {c.seq: c.change_id for c in batch.changes}
    clash = sorted(seq for seq, change_id in used.items() if sent.get(seq) != change_id)
    if not clash:
        return ""
    return (f"device {batch.device_id} already sent another change as number {clash[0]}: "
            "this store is a copy restored from a backup; continue under a new device id "
            "and send the changes again (nothing of this batch was applied)")


def acknowledged_versions(ack: Acknowledgement | None) -> set[tuple[str, int]]:
    """(change id, version) of each change of ``ack`` the device now knows the service's
    state of: applied as sent (not merged, no conflict opened). The client records that
    version and state from the acknowledgement itself (``server_state``), so sending the
    same state back in the feed of the same answer would only cost bytes."""
    if ack is None:
        return set()
    return {(r.change_id, r.version) for r in ack.results
            if r.status == "accepted" and r.applied and r.version is not None
            and not r.merged and r.conflict_id is None}


def feed(db: Connection, mission: str, cursor: int, limit: int,
         known: set[tuple[str, int]] | None = None) -> Feed:
    """The mission's entities changed after ``cursor``: each one's newest version, in
    ``server_seq`` order, at most ``limit``, with its open conflicts and those resolved
    after the cursor. A cursor beyond the end (a service restored from an older backup)
    comes back as the mission's last number, so the device sees what is stored next.

    ``known`` (see :func:`acknowledged_versions`): versions the device learns from this
    very answer's acknowledgement; they are left out of ``items`` (unless they carry a
    conflict), but the cursor and ``more`` still count them, so the device moves past
    them. A pull without a batch (a restore, a page after the first) leaves nothing out.
    """
    rows = version_queries.feed_page(db, mission, cursor, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1].server_seq if rows else None
    conflicts = version_queries.conflicts_for_feed(
        db, mission, [(r.entity_type, r.entity_id) for r in rows], cursor)
    if known:
        rows = [r for r in rows if (r.change_id, r.version) not in known
                or (r.entity_type, r.entity_id) in conflicts]
    items = [FeedItem(server_seq=r.server_seq, entity_type=r.entity_type,  # type: ignore[arg-type]
                      entity_id=r.entity_id, version=r.version,
                      op=r.op, payload=r.payload,  # type: ignore[arg-type]
                      device_id=r.device_id, changed_at=_time(r.received_at),
                      conflicts=[conflict_info(c) for c in
                                 conflicts.get((r.entity_type, r.entity_id), [])])
             for r in rows]
    if last is not None:
        next_cursor = last
    else:
        next_cursor = min(cursor, version_queries.highest_server_seq(db, mission))
    return Feed(items=items, cursor=next_cursor, more=more)


def conflict_info(row: ConflictRow) -> ConflictInfo:
    return ConflictInfo(
        id=row.id, kind=row.kind, entity_type=row.entity_type,  # type: ignore[arg-type]
        entity_id=row.entity_id, opened_at=_time(row.opened_at),
        opened_version=row.opened_version,
        values=[ConflictValue(**value) for value in row.values],
        deleted_by_device_id=row.deleted_by_device_id,
        status=row.status,  # type: ignore[arg-type]
        resolved_at=_time(row.resolved_at) if row.resolved_at else None,
        resolved_by_device_id=row.resolved_by_device_id)


def newer_catalogues(store: ServiceStore, db: Connection, since: str
                     ) -> CatalogueUpdate | None:
    """Catalogue versions published after ``since`` (all if it is unknown); None when the
    client already has the newest (the usual case: no bytes spent on it)."""
    update = catalogue_update(store, db, since)
    if not update.versions or update.latest_version == since:
        return None
    return update


def catalogue_update(store: ServiceStore, db: Connection, since: str) -> CatalogueUpdate:
    """What ``GET /catalogue?since=`` answers."""
    versions = store.catalogue_versions(db)
    names = [v[0] for v in versions]
    start = names.index(since) + 1 if since in names else 0
    return CatalogueUpdate(
        latest_version=names[-1] if names else "",
        versions=[CatalogueVersion(version=v, published_at=datetime.fromisoformat(p),
                                   catalogue=json.loads(d)) for v, p, d in versions[start:]])


def pulled_feedback(db: Connection, mission: str, since: int, review_since: int
                    ) -> FeedbackList | None:
    """Comments and review decisions after the client's cursors; None when there are none."""
    found = feedback_list(db, mission, since, review_since)
    return found if found.items or found.reviews else None


def feedback_list(db: Connection, mission: str, since: int, review_since: int | None
                  ) -> FeedbackList:
    """What ``GET /feedback`` answers (``reviews`` only when asked for)."""
    rows = feedback_queries.since(db, mission, since)
    reviews = None if review_since is None else pulled_reviews(db, mission, review_since)
    return FeedbackList(items=[FeedbackItem(
        id=r[0], created_at=datetime.fromisoformat(r[1]), author=r[2], entity_type=r[3],
        entity_id=r[4], message=r[5]) for r in rows], reviews=reviews)


def _time(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
