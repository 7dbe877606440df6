"""The sync wire format, shared by the client and the Secretariat service.

Both sides import these models, so a field added or renamed here changes both at once, and
the server validates an incoming batch with exactly the classes the client serialised it
with. Everything on the wire is JSON; ``POST`` bodies may be gzip-compressed.

A sync is: ``POST /api/v1/handshake`` (protocol version, catalogue version, clock, backlog)
-> zero or more ``POST /api/v1/batches`` (each answered by an :class:`Acknowledgement`) ->
``GET /api/v1/catalogue?since=`` and ``GET /api/v1/feedback``. See ``docs/sync.md``.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict, field_validator

#: Bumped on any change of what travels. Version 2: activities carry their results
#: (``people_reached``, ``outcome_indicators``, ``evaluation``, ``sustainability``).
PROTOCOL_VERSION = 2
#: The oldest client protocol the service still accepts; older clients are told to upgrade.
#: A version 1 client's activities lack the results fields; the shared domain models give
#: them their "not recorded" defaults, so its batches stay valid.
MIN_PROTOCOL_VERSION = 1


def accepts_protocol(version: object) -> bool:
    """Whether the service takes a batch of this protocol version (a JSON integer)."""
    return (isinstance(version, int) and not isinstance(version, bool)
            and MIN_PROTOCOL_VERSION <= version <= PROTOCOL_VERSION)

API_PREFIX = "/api/v1"

#: Largest request body the service reads (compressed bytes on the wire).
MAX_BODY_BYTES = 8 * 1024 * 1024
#: Largest body after gzip decompression; a bigger one (a "gzip bomb") is refused with 413.
MAX_DECOMPRESSED_BYTES = 32 * 1024 * 1024
#: Most changes one batch may carry.
MAX_CHANGES_PER_BATCH = 2000
#: What the client aims for: uncompressed JSON bytes of one batch's changes. Small enough
#: that a batch gets through a slow link before it drops, big enough to amortise requests.
TARGET_BATCH_BYTES = 256 * 1024
#: A client clock further off than this is reported to the user (never silently trusted).
MAX_CLOCK_SKEW_SECONDS = 300

EntityType = Literal["activity", "response", "mission"]
Op = Literal["upsert", "delete"]
ChangeStatus = Literal["accepted", "rejected"]
HandshakeStatus = Literal["ok", "upgrade_required", "halt"]

#: The largest integer SQLite stores; a bigger count or sequence number is refused (422)
#: instead of failing on the way into the service's store.
MAX_WIRE_INT = 2**63 - 1
def _json_integer(value: object) -> object:
    """A JSON number with no fraction is an integer (as JSON Schema says: ``1.0`` is 1);
    ``true``, ``"1"`` and ``1.5`` are not (the strict check after this refuses them)."""
    if isinstance(value, float) and value.is_integer() and abs(value) <= MAX_WIRE_INT:
        return int(value)
    return value


#: A JSON integer (``true`` is not 1, ``"1"`` is not 1) that fits a SQLite INTEGER.
WireInt = Annotated[int, Strict(), Field(ge=0, le=MAX_WIRE_INT), BeforeValidator(_json_integer)]
#: A UUID as text (checked by ``_uuid``); the schema says so, for clients and fuzzers.
UuidText = Annotated[str, Field(json_schema_extra={"format": "uuid"})]
#: A batch's protocol version: the schema states the range the service accepts; a version
#: outside it is answered 422 with ``code: protocol_version`` (see ``accepts_protocol``).
BatchProtocol = Annotated[WireInt, Field(json_schema_extra={
    "minimum": MIN_PROTOCOL_VERSION, "maximum": PROTOCOL_VERSION})]


class WireModel(BaseModel):
    """Unknown fields are refused: a typo or a version mismatch is an error, not ignored."""

    model_config = ConfigDict(extra="forbid")


def _uuid(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except (ValueError, AttributeError, TypeError):
        raise ValueError("must be a UUID") from None


class Handshake(WireModel):
    """What the client says first on every sync."""

    protocol_version: WireInt
    client_version: str = Field(default="", max_length=50)
    mission_code: str = Field(min_length=1, max_length=32)
    device_id: UuidText
    catalogue_version: str = Field(min_length=1, max_length=50)
    client_time: datetime
    pending_count: WireInt
    rejected_count: WireInt = 0
    last_sync: datetime | None = None

    _check_device = field_validator("device_id")(_uuid)


class Limits(WireModel):
    max_body_bytes: int = MAX_BODY_BYTES
    max_decompressed_bytes: int = MAX_DECOMPRESSED_BYTES
    max_changes_per_batch: int = MAX_CHANGES_PER_BATCH


class HandshakeReply(WireModel):
    """The service's answer: go on, upgrade first, or stop (with a message for the user)."""

    status: HandshakeStatus
    message: str = ""
    protocol_version: int = PROTOCOL_VERSION
    min_protocol_version: int = MIN_PROTOCOL_VERSION
    server_time: datetime
    clock_skew_seconds: float = 0.0
    clock_warning: str = ""
    latest_catalogue_version: str = ""
    limits: Limits = Field(default_factory=Limits)
    #: The highest ``seq`` the service has received from this ``device_id`` (None: none).
    #: A client whose own sequence is behind it is a copy restored from a backup: its new
    #: changes would reuse sequence numbers the service has already applied (and be taken
    #: for replays), so it continues under a fresh device id.
    device_highest_seq: int | None = None


class Change(WireModel):
    """One outbox row on the wire. ``payload`` is validated per entity type on the server."""

    seq: Annotated[WireInt, Field(ge=1)]
    change_id: UuidText
    entity_type: EntityType
    entity_id: str = Field(min_length=1, max_length=100)
    op: Op
    payload: dict[str, Any]
    catalogue_version: str = Field(min_length=1, max_length=50)
    created_at: str = Field(max_length=40)

    _check_change_id = field_validator("change_id")(_uuid)


class Batch(WireModel):
    """Changes of one device, in ascending ``seq`` order, under an id persisted before sending."""

    protocol_version: BatchProtocol
    batch_id: UuidText
    mission_code: str = Field(min_length=1, max_length=32)
    device_id: UuidText
    changes: list[Change] = Field(min_length=1, max_length=MAX_CHANGES_PER_BATCH)
    pending_count: WireInt = 0
    last_sync: datetime | None = None

    _check_ids = field_validator("batch_id", "device_id")(_uuid)

    def content_hash(self) -> str:
        """What makes two posts "the same batch": mission, device and the changes.

        The backlog fields are left out on purpose: they may legitimately differ between a
        first send and a resend, while the changes never may.
        """
        canonical = json.dumps(
            {
                "mission_code": self.mission_code.upper(),
                "device_id": self.device_id,
                "changes": [c.model_dump(mode="json") for c in self.changes],
            },
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class ChangeResult(WireModel):
    """The fate of one change. ``applied`` is false for a replay of an older or known change
    (accepted, so the client stops sending it, but it did not overwrite anything)."""

    seq: int
    change_id: str
    status: ChangeStatus
    applied: bool = False
    message: str = ""


class Acknowledgement(WireModel):
    batch_id: str
    received_at: datetime
    results: list[ChangeResult]
    highest_seq_accepted: int | None = None
    accepted: int = 0
    rejected: int = 0


#: ``ErrorBody.code`` of a batch refused for its protocol version: nothing is wrong with
#: the data, so the client stops (upgrade) instead of quarantining the changes.
ERROR_PROTOCOL_VERSION = "protocol_version"


class ErrorBody(WireModel):
    """Every non-2xx answer of the service has this shape (FastAPI's ``detail`` key)."""

    detail: str
    results: list[ChangeResult] | None = None
    code: str = ""


class CatalogueVersion(WireModel):
    version: str
    published_at: datetime
    catalogue: dict[str, Any]


class CatalogueUpdate(WireModel):
    """Catalogue versions published after the client's one (oldest first)."""

    latest_version: str
    versions: list[CatalogueVersion]


class FeedbackItem(WireModel):
    """A Secretariat comment for the mission, optionally about one entity."""

    id: int
    created_at: datetime
    author: str = ""
    entity_type: str = ""
    entity_id: str = ""
    message: str


class ReviewTaskComment(WireModel):
    task_code: str = Field(min_length=1, max_length=20)
    comment: str


class ReviewItem(WireModel):
    """A Secretariat decision on a submitted questionnaire response, with per-task comments.

    ``id`` increases on the service; the client asks for those above the last it has.
    """

    id: int
    response_id: str
    decision: Literal["accepted", "returned"]
    created_at: datetime
    author: str = ""
    comment: str = ""
    task_comments: list[ReviewTaskComment] = Field(default_factory=list)


class FeedbackList(WireModel):
    """``reviews`` is present only when the client asked for it (``review_since``): an
    older client, whose model forbids unknown keys, never receives it."""

    items: list[FeedbackItem]
    reviews: list[ReviewItem] | None = None
