"""One sync pass: exchanges with the service until everything is sent and pulled.

Protocol 3 (:mod:`.exchange_pass`): each request is one ``POST /sync`` carrying the hello,
at most one batch and the feed cursor; its answer acknowledges, brings other devices'
changes, the catalogue version and feedback. A service without ``/sync`` (it answers 404:
an older Secretariat) gets the protocol 2 pass instead: handshake, resend open batches,
send new ones, pull catalogue and feedback.

The engine is shared by ``focalpoint sync`` and the GUI's periodic and manual sync. It does
one pass with the bounded retries of :mod:`.http` and reports a :class:`SyncResult`
whose ``kind`` tells the caller what to do next (see :mod:`.schedule`): retry later
("offline", "server"), or stop and show the user ("auth", "conflict", "rejected", "halt",
"upgrade"). It never deletes local data and never marks a change synced that the service
has not acknowledged by its sequence number.

Thread use: give the engine a Store of its own (``store.reopen()``) when it runs in a
worker thread; the GUI thread keeps writing on its connection meanwhile (WAL).
"""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from focalpoint import __version__
from focalpoint.catalogue import Catalogue, CatalogueError
from focalpoint.domain import new_id
from focalpoint.storage import Store
from focalpoint.storage.retention import prune
from focalpoint.storage.sync_state import BatchRecord, LogEntry, StoredFeedback, SyncState
from focalpoint.sync.batching import build_next_batch
from focalpoint.sync.config import SyncConfig
from focalpoint.sync.credentials import InvalidToken
from focalpoint.sync.exchange_pass import ExchangePass
from focalpoint.sync.http import (
    CertificateError,
    HttpError,
    RetryPolicy,
    SessionFactory,
    SyncHttp,
    TransportError,
)
from focalpoint.sync.protocol import (
    ERROR_PROTOCOL_VERSION,
    LEGACY_PROTOCOL_VERSION,
    MAX_CHANGES_PER_BATCH,
    PROTOCOL_VERSION,
    TARGET_BATCH_BYTES,
    Acknowledgement,
    CatalogueUpdate,
    FeedbackList,
    HandshakeReply,
    ReviewItem,
)
from focalpoint.sync.stop import LegacyService, SyncStop

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

KINDS = ("ok", "offline", "auth", "conflict", "rejected", "halt", "upgrade", "server",
         "cancelled")

META_LAST_SUCCESS = "sync.last_success"
META_LAST_ERROR = "sync.last_error"
META_LAST_ATTEMPT = "sync.last_attempt"
META_DEVICE_ID = "device_id"  # Meta.device_id()'s key


@dataclass(frozen=True)
class SyncResult:
    ok: bool
    sent: int
    acknowledged: int
    rejected: int
    pending: int
    message: str
    kind: str
    received: int = 0
    """Changes pulled from the mission's other computers (and the Secretariat's merges)."""


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    rejected: int
    last_success: str | None
    last_error: str | None
    last_attempt: str | None = None


_Stop = SyncStop


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class SyncEngine:
    """One mission's sync with one service. Cheap to create; :meth:`run` does one pass."""

    def __init__(self, store: Store, config: SyncConfig, token: str, *,
                 session_factory: SessionFactory | None = None,
                 policy: RetryPolicy | None = None,
                 batch_bytes: int = TARGET_BATCH_BYTES) -> None:
        self.store = store
        self.config = config
        self.state = SyncState(store.db)
        self._token = token
        self._session_factory = session_factory
        self._policy = policy or RetryPolicy(total_timeout=max(config.timeout_seconds, 1.0))
        self.batch_bytes = max(1024, batch_bytes)
        self.bytes_sent = 0
        #: Requests the last pass made (retries not counted) and the protocol it spoke.
        self.requests = 0
        self.protocol = 0
        self._clock_warning = ""

    def __repr__(self) -> str:
        return f"SyncEngine({self.config.server_url!r}, {self.config.mission_code!r}, <token>)"

    # --- public ------------------------------------------------------------------------

    def run(self, progress: Progress | None = None,
            cancelled: Cancelled | None = None) -> SyncResult:
        """One full pass; never raises for network, server or data problems."""
        progress = progress or (lambda _done, _total, _message: None)
        cancelled = cancelled or (lambda: False)
        counts = {"sent": 0, "acknowledged": 0, "rejected": 0, "received": 0}
        self.store.meta.set(META_LAST_ATTEMPT, _now().isoformat())
        if not self.config.configured:
            return self._finish(counts, "auth", "sync is not set up: sign in with the "
                                "Secretariat's server address, mission code and token")
        try:
            http = SyncHttp(self.config.server_url, self._token,
                            ca_bundle=self.config.ca_bundle, policy=self._policy,
                            session_factory=self._session_factory)
        except InvalidToken as error:
            return self._finish(counts, "auth", str(error))
        self._clock_warning = ""
        self.requests = 0
        try:
            self._log("info", f"sync with {self.config.server_url} started "
                              f"({self.store.outbox.pending_count()} changes pending)")
            exchange = ExchangePass(self, http, counts, progress, cancelled,
                                    protocol_version=PROTOCOL_VERSION)
            try:
                exchange.run()
                self.protocol = PROTOCOL_VERSION
            except LegacyService:
                ExchangePass.forget(self.store)
                self._legacy_pass(http, counts, progress, cancelled)
        except _Stop as stop:
            return self._finish(counts, stop.kind, stop.message)
        except CertificateError as error:
            return self._finish(counts, "server", str(error))
        except TransportError as error:
            return self._finish(counts, "offline", f"cannot reach {self.config.server_url}: "
                                                   f"{error}")
        except HttpError as error:
            return self._finish(counts, *self._classify(error))
        finally:
            http.close()
            self.bytes_sent += http.bytes_sent
            self.requests = http.requests
        kind, message = "ok", ""
        rejected = self.state.unresolved_rejected_count()
        if rejected:
            kind = "rejected"
            message = (f"{rejected} change(s) were refused by the Secretariat and need fixing "
                       "(see 'focalpoint sync-status')")
        if self._clock_warning:
            self._log("warning", self._clock_warning)
            message = (message + "; " if message else "") + self._clock_warning
        return self._finish(counts, kind, message)

    def _legacy_pass(self, http: SyncHttp, counts: dict[str, int], progress: Progress,
                     cancelled: Cancelled) -> None:
        """Protocol 2 for a service without ``/sync``: handshake, batches, then pulls."""
        self._log("info", "the service has no protocol 3 exchange; using protocol "
                          f"{LEGACY_PROTOCOL_VERSION}")
        self.protocol = LEGACY_PROTOCOL_VERSION
        for batch in self.state.open_batches():
            if decode_batch_body(batch.body).get("protocol_version", 1) > LEGACY_PROTOCOL_VERSION:
                # Built for protocol 3 (patches, versions) and never taken by this service:
                # its changes go again in protocol 2 batches.
                self.state.close_batch(batch.batch_id, "refused", "re-packed for protocol "
                                       f"{LEGACY_PROTOCOL_VERSION}", reject_changes=False,
                                       release_changes=True)
        reply = self._handshake(http)
        self._clock_warning = reply.clock_warning
        self._send_all(http, reply, counts, progress, cancelled)
        self._pull(http)
        if self.store.outbox.pending_count():  # edits made while we were pulling
            self._send_all(http, reply, counts, progress, cancelled)

    def check_connection(self) -> tuple[str, str]:
        """Only the handshake, for Settings → Test connection: ``(kind, message)`` with
        the kinds of :class:`SyncResult` ("ok", "offline", "auth", "server", ...).

        Nothing is sent and no sync is recorded; never raises for network or server
        problems.
        """
        if not self.config.configured:
            return "auth", "the server address and mission code are not set"
        try:
            http = SyncHttp(self.config.server_url, self._token,
                            ca_bundle=self.config.ca_bundle, policy=self._policy,
                            session_factory=self._session_factory)
        except InvalidToken as error:
            return "auth", str(error)
        try:
            reply = self._handshake(http)
        except _Stop as stop:
            return stop.kind, stop.message
        except CertificateError as error:
            return "certificate", str(error)
        except TransportError as error:
            return "offline", f"cannot reach {self.config.server_url}: {error}"
        except HttpError as error:
            return self._classify(error)
        finally:
            http.close()
        return "ok", reply.clock_warning or ""

    # --- steps -------------------------------------------------------------------------

    def _handshake(self, http: SyncHttp) -> HandshakeReply:
        hello = handshake_document(self.store, self.config.mission_code)
        hello["protocol_version"] = min(PROTOCOL_VERSION, LEGACY_PROTOCOL_VERSION)
        try:
            reply = HandshakeReply.model_validate(http.post_json("/handshake", hello))
        except ValidationError:
            raise _Stop("server", "the server's handshake answer is not understood; is the "
                                  "address that of a FocalPoint Secretariat service?") from None
        if reply.status == "upgrade_required":
            raise _Stop("upgrade", reply.message or "the Secretariat asks for a newer FocalPoint")
        if reply.status == "halt":
            raise _Stop("halt", reply.message or "the Secretariat has paused sync")
        self._check_device(reply.device_highest_seq)
        return reply

    def _check_device(self, seen: int | None) -> bool:
        """Continue as a new device if the service has seen sequence numbers this store
        never handed out (a copy restored from a backup); True if the id changed."""
        if seen is None or seen <= self.state.highest_seq_assigned():
            return False
        # The service has changes from this device that this store never made: it is a
        # copy restored from a backup. New changes would reuse sequence numbers already
        # applied and be ignored as replays, so continue as a new device.
        self._new_device(f"the Secretariat has change {seen} of it, the store only goes to "
                         f"{self.state.highest_seq_assigned()}")
        return True

    def _new_device(self, why: str) -> None:
        self.store.meta.set(META_DEVICE_ID, new_id())
        self._log("warning", f"this store was restored from a backup ({why}); it now syncs "
                             "as a new device so that no later change is taken for an old one")

    def _last_sync(self) -> datetime | None:
        last = self.store.meta.get(META_LAST_SUCCESS)
        return datetime.fromisoformat(last) if last else None

    @staticmethod
    def _clock() -> datetime:
        return _now()

    def _send_all(self, http: SyncHttp, reply: HandshakeReply, counts: dict[str, int],
                  progress: Progress, cancelled: Cancelled) -> None:
        total = self.store.outbox.pending_count()
        progress(0, total, f"{total} changes to send")
        for batch in self.state.open_batches():  # frozen earlier: resend the same bytes
            self._check_cancel(cancelled)
            self._send(http, batch, counts)
            progress(counts["acknowledged"], total, "resent an interrupted batch")
        # Stay well inside the limits the service announced (JSON framing adds a little).
        target = max(1024, min(self.batch_bytes, reply.limits.max_decompressed_bytes // 2))
        max_changes = max(1, min(MAX_CHANGES_PER_BATCH, reply.limits.max_changes_per_batch))
        while True:
            self._check_cancel(cancelled)
            fresh = build_next_batch(
                self.state, mission_code=self.config.mission_code,
                device_id=self.store.meta.device_id(),
                pending_count=self.store.outbox.pending_count(),
                last_sync=self._last_sync(), target_bytes=target, max_changes=max_changes)
            if fresh is None:
                break
            if not self._send(http, fresh, counts):
                target = max(1024, target // 4)
            progress(counts["acknowledged"], total,
                     f"{counts['acknowledged']} of {total} changes acknowledged")

    def _send(self, http: SyncHttp, batch: BatchRecord, counts: dict[str, int]) -> bool:
        """Post one persisted batch; False if it was too large and went back to the queue."""
        self.state.count_attempt(batch.batch_id)
        counts["sent"] += batch.change_count
        try:
            answer = http.post_gzip("/batches", batch.body)
        except HttpError as error:
            return self._refused(batch, error, counts)
        try:
            ack = Acknowledgement.model_validate(answer)
        except ValidationError:
            raise _Stop("server", f"the acknowledgement of batch {batch.batch_id} is not "
                                  "understood; the batch stays queued") from None
        self._apply_ack(batch, ack, counts)
        return True

    def _apply_ack(self, batch: BatchRecord, ack: Acknowledgement,
                   counts: dict[str, int]) -> None:
        seqs = self.state.batch_seqs(batch.batch_id)
        results = {r.seq: r for r in ack.results}
        if ack.batch_id != batch.batch_id or sorted(results) != seqs:
            raise _Stop("server", f"the acknowledgement of batch {batch.batch_id} does not "
                                  "match the batch sent; the batch stays queued")
        synced = [s for s, r in results.items() if r.status == "accepted"]
        rejected = {s: r.message or "refused by the Secretariat"
                    for s, r in results.items() if r.status == "rejected"}
        self.state.acknowledge(batch.batch_id, synced, rejected, ack.model_dump_json())
        counts["acknowledged"] += len(synced)
        counts["rejected"] += len(rejected)
        self._log("info", f"batch {batch.batch_id}: {len(synced)} accepted, "
                          f"{len(rejected)} refused")
        for seq, message in sorted(rejected.items()):
            self._log("error", f"change {seq} refused: {message}")

    def _refused(self, batch: BatchRecord, error: HttpError,
                 counts: dict[str, int]) -> bool:
        """A batch refused as a whole: quarantine, re-split or stop, never resend blindly."""
        if error.status in (401, 403, 423, 426) or not error.from_service:
            raise error  # nothing about this batch is wrong; it stays queued
        if error.body.get("code") == ERROR_PROTOCOL_VERSION:
            raise _Stop("upgrade", error.detail)
        if error.status == 409:
            message = f"batch {batch.batch_id}: {error.detail}"
            self.state.close_batch(batch.batch_id, "conflict", message, reject_changes=True)
            counts["rejected"] += batch.change_count
            raise _Stop("conflict", message)
        if error.status == 413 and batch.change_count > 1:
            self.state.close_batch(batch.batch_id, "refused", error.detail,
                                   reject_changes=False, release_changes=True)
            self._log("warning", f"batch {batch.batch_id} too large for the service; split")
            return False
        if error.status in (400, 413, 422):
            results = error.body.get("results")
            if isinstance(results, list) and results:
                try:
                    ack = Acknowledgement(batch_id=batch.batch_id, received_at=_now(),
                                          results=results, accepted=0, rejected=len(results))
                except ValidationError:
                    raise _Stop("server", f"the refusal of batch {batch.batch_id} is not "
                                          "understood; the batch stays queued") from None
                self._apply_ack(batch, ack, counts)
                return True
            message = f"batch {batch.batch_id} refused: {error.detail}"
            self.state.close_batch(batch.batch_id, "refused", message, reject_changes=True)
            counts["rejected"] += batch.change_count
            self._log("error", message)
            return True
        raise error

    def _pull(self, http: SyncHttp) -> None:
        """Newer catalogue versions and Secretariat feedback; failures here are not fatal
        to what was already sent, so they are logged and reported, not raised as data loss."""
        known = self.state.catalogue_versions()
        since = known[-1] if known else self.store.catalogue.version
        try:
            update = CatalogueUpdate.model_validate(http.get("/catalogue", {"since": since}))
        except ValidationError:
            raise _Stop("server", "the catalogue answer is not understood") from None
        self._take_catalogue(update)
        since_id = self.state.last_feedback_id(self.config.server_url)
        review_since = self.store.reviews.last_id(self.config.server_url)
        try:
            items = FeedbackList.model_validate(http.get(
                "/feedback", {"since": since_id, "review_since": review_since}))
        except ValidationError:
            raise _Stop("server", "the feedback answer is not understood") from None
        self._take_feedback(items)

    def _take_catalogue(self, update: CatalogueUpdate) -> None:
        """Keep newer catalogue versions (an invalid one is logged and ignored)."""
        for version in update.versions:
            try:
                Catalogue.model_validate(version.catalogue)
            except (ValidationError, CatalogueError, ValueError):
                self._log("warning", f"catalogue version {version.version} is invalid; ignored")
                continue
            if self.state.store_catalogue(version.version, version.published_at.isoformat(),
                                          version.catalogue):
                self._log("info", f"new Action Plan catalogue version {version.version}")

    def _take_feedback(self, items: FeedbackList) -> None:
        """Keep the Secretariat's comments and review decisions."""
        if items.items:
            self.state.store_feedback(self.config.server_url,
                                      [i.model_dump(mode="json") for i in items.items])
            self._log("info", f"{len(items.items)} new comment(s) from the Secretariat")
        if items.reviews:  # None from a service that predates reviews
            self._store_reviews(items.reviews)

    def _store_reviews(self, reviews: list[ReviewItem]) -> None:
        """Keep the decisions and reopen each returned response as a new draft, in one
        transaction: a returned questionnaire is never left without its draft."""
        with self.store.db.atomic():
            added = self.store.reviews.store(self.config.server_url,
                                             [r.model_dump(mode="json") for r in reviews])
            for review in added:
                if review.returned:
                    self.store.responses.reopen(review.response_id)
        for review in added:
            self._log("warning" if review.returned else "info",
                      "the Secretariat returned a questionnaire for revision; it is open "
                      "again as a draft with their comments" if review.returned else
                      "the Secretariat accepted a questionnaire")

    # --- helpers -----------------------------------------------------------------------

    @staticmethod
    def _check_cancel(cancelled: Cancelled) -> None:
        if cancelled():
            raise _Stop("cancelled", "sync cancelled; unsent changes stay queued")

    @staticmethod
    def _classify(error: HttpError) -> tuple[str, str]:
        if error.status == 401:
            return "auth", f"the Secretariat refused the access token: {error.detail}"
        if error.status == 403:
            return "auth", f"not allowed: {error.detail}"
        if error.status == 423:
            return "halt", error.detail
        if error.status == 426:
            return "upgrade", error.detail
        if error.status == 409:
            return "conflict", error.detail
        return "server", f"the server answered {error.status}: {error.detail}"

    def _log(self, level: str, message: str) -> None:
        getattr(log, "warning" if level == "warning" else level)(message)
        self.state.log(level, message)

    def _finish(self, counts: dict[str, int], kind: str, message: str) -> SyncResult:
        pending = self.store.outbox.pending_count()
        ok = kind == "ok" and pending == 0
        if kind == "ok" and pending:
            kind, message = "server", (f"{pending} change(s) made during the sync are still "
                                       "queued; they go with the next sync")
            ok = False
        now = _now().isoformat()
        prune(self.store.db)  # acknowledged outbox rows and batch bodies past their retention
        if ok:
            self.store.meta.set(META_LAST_SUCCESS, now)
            self.store.meta.set(META_LAST_ERROR, "")
            summary = (f"sync finished: {counts['acknowledged']} change(s) acknowledged"
                       + (f", {counts['received']} received from the mission's other "
                          "computers" if counts.get("received") else "")
                       + (f"; {message}" if message else ""))
            self._log("info", summary)
        else:
            self.store.meta.set(META_LAST_ERROR, message)
            self._log("warning" if kind in ("offline", "cancelled") else "error",
                      f"sync stopped ({kind}): {message}")
        return SyncResult(ok=ok, sent=counts["sent"], acknowledged=counts["acknowledged"],
                          rejected=counts["rejected"], pending=pending,
                          received=counts.get("received", 0),
                          message=message or "all changes acknowledged", kind=kind)


def handshake_document(store: Store, mission_code: str) -> dict[str, Any]:
    """What the client says first: protocol, catalogue version, clock and backlog."""
    return {
        "protocol_version": PROTOCOL_VERSION,
        "client_version": __version__,
        "mission_code": mission_code,
        "device_id": store.meta.device_id(),
        "catalogue_version": store.catalogue.version,
        "client_time": _now().isoformat(),
        "pending_count": store.outbox.pending_count(),
        "rejected_count": SyncState(store.db).unresolved_rejected_count(),
        "last_sync": store.meta.get(META_LAST_SUCCESS) or None,
    }


def sync_status(store: Store) -> SyncStatus:
    """What the status bar shows; reads only the local store (no network)."""
    return SyncStatus(
        pending=store.outbox.pending_count(),
        rejected=SyncState(store.db).unresolved_rejected_count(),
        last_success=store.meta.get(META_LAST_SUCCESS) or None,
        last_error=store.meta.get(META_LAST_ERROR) or None,
        last_attempt=store.meta.get(META_LAST_ATTEMPT) or None,
    )


def sync_log(store: Store, limit: int = 200) -> list[LogEntry]:
    """Recent sync log entries, newest first (time, level, message)."""
    return SyncState(store.db).log_entries(limit)


def feedback(store: Store) -> list[StoredFeedback]:
    """Secretariat comments received so far, newest first."""
    return SyncState(store.db).feedback()


def rejected_changes(store: Store) -> list[dict[str, Any]]:
    """Changes the Secretariat refused that no newer edit has replaced yet, with reasons."""
    return [{"seq": r["seq"], "entity_type": r["entity_type"], "entity_id": r["entity_id"],
             "op": r["op"], "error": r["error"]} for r in SyncState(store.db).unresolved_rejected()]


def retry_rejected(store: Store) -> int:
    """Queue the refused changes again (after the cause, e.g. the catalogue, was fixed)."""
    return SyncState(store.db).requeue_rejected()


def decode_batch_body(body: bytes) -> dict[str, Any]:
    """The JSON of a persisted batch body (for the log view and tests)."""
    document: dict[str, Any] = json.loads(gzip.decompress(body))
    return document
