"""The sync wire format, shared by the client and the Secretariat service.

Both sides import these models, so a field added or renamed here changes both at once, and
the server validates an incoming batch with exactly the classes the client serialised it
with. Everything on the wire is JSON; ``POST`` bodies may be gzip-compressed.

Protocol 3 (multi-device, one round trip): each request is one ``POST /api/v1/sync``
carrying an :class:`Exchange` (hello + at most one batch + the device's feed cursor) and
answered by an :class:`ExchangeReply` (acknowledgement + pulled changes of the mission's
feed + catalogue version + feedback). Protocols 1 and 2 (still accepted): ``POST
/api/v1/handshake`` -> zero or more ``POST /api/v1/batches`` -> ``GET /api/v1/catalogue``
and ``GET /api/v1/feedback``. See ``docs/sync.md``.
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
#: Version 3: one exchange per round trip (``POST /sync``); changes carry ``base_version``
#: (and may be ``patch`` deltas); the service keeps versions and a per-mission change feed
#: that devices pull; concurrent edits become conflicts kept on the service.
PROTOCOL_VERSION = 3
EXCHANGE_PROTOCOL_VERSION = 3
#: The last protocol of the handshake/batches/catalogue/feedback flow (``/batches``).
LEGACY_PROTOCOL_VERSION = 2
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
#: ``patch`` (protocol 3): ``payload`` holds only the top-level fields that differ from the
#: entity's state at ``base_version`` (for a response: flattened fields, see
#: ``focalpoint.fields``); the service rebuilds the full state from its stored version.
Op = Literal["upsert", "delete", "patch"]
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
    #: Protocol 3: the service's version of the entity this change was made on (the last
    #: version the device received or had acknowledged for it); None: the device never
    #: had a service version (it created the entity), or a protocol 1/2 client.
    base_version: Annotated[WireInt, Field(ge=1)] | None = None
    #: Protocol 3: this change settles the open conflict with this id (see
    #: :class:`ConflictInfo`); the service closes it when it applies the change.
    resolves: UuidText | None = None

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
    #: Left out (empty) in the answer to an exchange whose changes left theirs out.
    change_id: str = ""
    status: ChangeStatus
    applied: bool = False
    message: str = ""
    #: Protocol 3: the entity's service version after this change (None: not applied).
    version: int | None = None
    #: Protocol 3: True when the service merged this change with another device's
    #: concurrent one (the stored state differs from what the device sent; the feed
    #: brings the merged state back).
    merged: bool = False
    #: Protocol 3: the conflict this change opened, if any (details come in the feed).
    conflict_id: str | None = None


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
#: ``ErrorBody.code`` (409) of an exchange whose batch reuses sequence numbers this device
#: id already used for other changes: the store is a copy restored from a backup. Nothing
#: was applied; the client continues under a new device id and sends its changes again.
ERROR_DEVICE_RESTORED = "device_restored"


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


# --- protocol 3: one exchange per round trip ------------------------------------------

#: Most feed items one exchange answer carries unless the client asks for fewer.
DEFAULT_PULL_LIMIT = 500
#: Request header of ``POST /sync`` naming (comma-separated) the features a client would
#: use if the service has them. A header, not a hello field: a service that predates it
#: ignores it, where its ``Exchange`` model would refuse an unknown field with 422.
FEATURES_HEADER = "FocalPoint-Features"
#: Feature: the exchange's changes may leave out ``change_id`` and ``catalogue_version``
#: (:class:`ExchangeChange`). A protocol 3 service from before it requires both, refusing
#: the whole exchange with 422 otherwise, so a client sends the short form only to a
#: service whose answer listed this feature.
FEATURE_COMPACT_CHANGES = "compact-changes"
#: What this service understands of what a client may ask for.
SERVICE_FEATURES = (FEATURE_COMPACT_CHANGES,)
MAX_PULL_LIMIT = 2000
ConflictKind = Literal["fields", "delete"]


def derived_change_id(batch_id: str, seq: int) -> str:
    """The change id a protocol 3 client gives the change ``seq`` of batch ``batch_id``
    (a random UUID persisted before the batch's first send), so that the id need not
    travel: unique as the batch id is, the same on every resend of the batch, and another
    one when a change the service never took is packed again into a new batch."""
    return str(uuid.uuid5(uuid.UUID(batch_id), str(seq)))


class ExchangeChange(Change):
    """A change inside an exchange. What the service can work out is left out on the wire:
    ``change_id`` absent is :func:`derived_change_id` of the batch id and ``seq``;
    ``catalogue_version`` absent is the exchange's own."""

    change_id: UuidText | None = None  # type: ignore[assignment]
    catalogue_version: str | None = Field(  # type: ignore[assignment]
        default=None, min_length=1, max_length=50)

    _check_change_id = field_validator("change_id")(  # type: ignore[assignment]
        lambda value: None if value is None else _uuid(value))


class ExchangeBatch(WireModel):
    """The batch part of an exchange: as :class:`Batch`, without what the hello says."""

    batch_id: UuidText
    changes: list[ExchangeChange] = Field(min_length=1, max_length=MAX_CHANGES_PER_BATCH)

    _check_ids = field_validator("batch_id")(_uuid)

    @property
    def compact(self) -> bool:
        """Whether the client left the change ids out (then its acknowledgement may too)."""
        return all(change.change_id is None for change in self.changes)


class Exchange(WireModel):
    """One request of protocol 3: the hello, at most one batch, and what to pull.

    The service handles the batch exactly as ``POST /batches`` (idempotent by
    ``batch_id``), then answers with the feed items after ``cursor`` — including the
    merged results of this batch — so one round trip both pushes and pulls.
    """

    protocol_version: BatchProtocol
    client_version: str = Field(default="", max_length=50)
    mission_code: str = Field(min_length=1, max_length=32)
    device_id: UuidText
    catalogue_version: str = Field(min_length=1, max_length=50)
    client_time: datetime
    pending_count: WireInt = 0
    rejected_count: WireInt = 0
    last_sync: datetime | None = None
    batch: ExchangeBatch | None = None
    #: The highest feed ``server_seq`` this device has applied (0: none, e.g. a restore).
    cursor: WireInt = 0
    pull_limit: Annotated[WireInt, Field(ge=0, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT
    feedback_since: WireInt = 0
    review_since: WireInt = 0

    _check_device = field_validator("device_id")(_uuid)

    def as_batch(self) -> Batch | None:
        """The batch as protocol 1/2 would have posted it (same content hash)."""
        if self.batch is None:
            return None
        batch_id = self.batch.batch_id
        changes = [Change.model_validate({
            **change.model_dump(exclude_none=True),
            "change_id": change.change_id or derived_change_id(batch_id, change.seq),
            "catalogue_version": change.catalogue_version or self.catalogue_version})
            for change in self.batch.changes]
        return Batch(protocol_version=self.protocol_version, batch_id=batch_id,
                     mission_code=self.mission_code, device_id=self.device_id,
                     changes=changes, pending_count=self.pending_count,
                     last_sync=self.last_sync)


class ConflictValue(WireModel):
    """One field both devices changed from the same base: every value is kept."""

    field: str
    base: Any = None
    #: The value now stored (the change that reached the service first).
    current: Any = None
    current_device_id: str = ""
    #: The later device's value, held back in the conflict.
    incoming: Any = None
    incoming_device_id: str = ""


class ConflictInfo(WireModel):
    """A clash the service found; open until a change with ``resolves`` = ``id`` arrives.

    ``fields``: the same field changed on two devices. ``delete``: one device deleted the
    entity while another edited it; the service keeps the entity (with the edit) so nothing
    is lost, and the conflict asks a person whether to delete it after all.
    """

    id: UuidText
    kind: ConflictKind
    entity_type: EntityType
    entity_id: str
    opened_at: datetime
    opened_version: int
    values: list[ConflictValue] = Field(default_factory=list)
    deleted_by_device_id: str = ""
    status: Literal["open", "resolved"] = "open"
    resolved_at: datetime | None = None
    resolved_by_device_id: str = ""


class FeedItem(WireModel):
    """The current state of one entity of the mission, as of ``version``.

    The feed is compacted: only each entity's newest version is listed, at its
    ``server_seq`` (a per-mission counter), so a pull from cursor 0 is a restore.
    """

    server_seq: int
    entity_type: EntityType
    entity_id: str
    version: int
    op: Literal["upsert", "delete"]
    #: The full entity state (the same shape an ``upsert`` change carries); ``{"id": ...}``
    #: for a delete.
    payload: dict[str, Any]
    device_id: str
    changed_at: datetime
    #: Conflicts of this entity, open ones and those resolved since they were opened.
    conflicts: list[ConflictInfo] = Field(default_factory=list)


class Feed(WireModel):
    items: list[FeedItem]
    #: The cursor to send next time (the highest ``server_seq`` in ``items``, or the one sent).
    cursor: int
    #: More items wait after ``cursor``: exchange again (with no batch) to page on.
    more: bool = False


class ExchangeReply(WireModel):
    """The answer to an :class:`Exchange`: status, acknowledgement, feed, catalogue, feedback.

    On ``upgrade_required`` or ``halt`` nothing of the batch is applied and ``ack`` and
    ``feed`` are None. A batch refused as a whole is answered with an error status and an
    :class:`ErrorBody`, exactly as ``POST /batches``.
    """

    status: HandshakeStatus
    message: str = ""
    protocol_version: int = PROTOCOL_VERSION
    min_protocol_version: int = MIN_PROTOCOL_VERSION
    server_time: datetime
    clock_skew_seconds: float = 0.0
    clock_warning: str = ""
    limits: Limits = Field(default_factory=Limits)
    device_highest_seq: int | None = None
    ack: Acknowledgement | None = None
    feed: Feed | None = None
    latest_catalogue_version: str = ""
    #: Catalogue versions newer than the client's (usually empty; sent only when one is).
    catalogue: CatalogueUpdate | None = None
    feedback: FeedbackList | None = None
    #: The features named in the request's :data:`FEATURES_HEADER` that the service has;
    #: absent when the request named none (an older client, whose model forbids unknown
    #: keys, never receives it) and from a service that predates it (absent: none).
    features: list[str] | None = None
