"""One sync pass in protocol 3: every request is one ``POST /api/v1/sync``.

Why one exchange per round trip: on a 600 ms satellite link each request costs more than
its bytes. An exchange carries the hello, at most one persisted batch and the feed cursor;
its answer carries the acknowledgement, a page of the mission's feed (other devices'
changes and merges), the catalogue version and the Secretariat's feedback. An empty sync
is ONE request; several batches, or a feed with ``more``, take one more exchange each.

What does not change from protocol 2: a batch is frozen (id + body) before its first send
and resent with the same changes until acknowledged; an acknowledgement is trusted only
when it names exactly the batch's changes; 409/413/422 and every transport failure are
handled by the engine's same code (:meth:`SyncEngine._refused`).

What is new: an acknowledged, unmerged change updates ``server_state`` (the base of the
next edit); a ``patch`` the service could not apply is queued again whole; each feed page
is applied in one transaction with its cursor (``focalpoint/storage/feed.py``).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from focalpoint import __version__
from focalpoint.storage.feed import apply_page
from focalpoint.storage.sync_state import BatchRecord
from focalpoint.sync.batching import build_next_batch
from focalpoint.sync.http import HttpError, SyncHttp
from focalpoint.sync.protocol import (
    ERROR_DEVICE_RESTORED,
    EXCHANGE_PROTOCOL_VERSION,
    FEATURE_COMPACT_CHANGES,
    FEATURES_HEADER,
    MAX_CHANGES_PER_BATCH,
    Acknowledgement,
    ExchangeReply,
    derived_change_id,
)
from focalpoint.sync.stop import LegacyService, SyncStop

if TYPE_CHECKING:
    from focalpoint.storage import Store
    from focalpoint.sync.engine import Cancelled, Progress, SyncEngine

#: ``meta`` key: the service (URL and mission) that last answered an exchange.
META_EXCHANGE_TARGET = "sync.exchange_target"
#: ``meta`` key: the service (URL and mission, as above) whose answer listed the
#: ``compact-changes`` feature. Another URL or mission does not match it, so a store
#: pointed elsewhere sends the written-out form until that service says the same.
META_EXCHANGE_COMPACT = "sync.exchange_compact"
#: Feed items asked for per exchange (the service may send fewer).
PULL_LIMIT = 500
#: Hello fields left out at these values: each means "nothing yet" (no count, no cursor,
#: no last sync) to every service, whatever its release. Everything else always goes —
#: ``pull_limit`` too: it is this client's choice, and a service whose default page size
#: changed must still send pages of this size.
HELLO_OMITTED_AT = {"pending_count": 0, "rejected_count": 0, "cursor": 0, "feedback_since": 0,
               "review_since": 0, "last_sync": None}


class ExchangePass:
    """Exchanges until nothing is left to send and the feed has no more pages."""

    def __init__(self, engine: SyncEngine, http: SyncHttp, counts: dict[str, int],
                 progress: Progress, cancelled: Cancelled, protocol_version: int,
                 pull_limit: int = PULL_LIMIT) -> None:
        self.engine = engine
        self.store = engine.store
        self.state = engine.state
        self.http = http
        self.counts = counts
        self.progress = progress
        self.cancelled = cancelled
        self.protocol_version = protocol_version
        self.pull_limit = pull_limit
        self.exchanges = 0
        self.pulled = 0
        self.restarts = 0

    def run(self) -> ExchangeReply:
        """The pass; returns the last answer (for its clock warning). Raises
        :class:`LegacyService` when the very first request finds no ``/sync``."""
        engine = self.engine
        if self.store.server_state.bind(engine.config.server_url, engine.config.mission_code):
            engine._log("warning", "the store now syncs with another service or mission: "
                                   "its versions and feed position start again")
        total = self.store.outbox.pending_count()
        self.progress(0, total, f"{total} changes to send")
        target = engine.batch_bytes
        max_changes = MAX_CHANGES_PER_BATCH
        reply: ExchangeReply | None = None
        # Until this service has answered an exchange once, the first one carries no batch:
        # an older service answers 404 and the batch is not frozen for a protocol it lacks.
        target_key = f"{engine.config.server_url.rstrip('/')} {engine.config.mission_code}"
        probe = self.store.meta.get(META_EXCHANGE_TARGET) != target_key
        # The changes leave out their derived ids only once this service said it takes
        # that form: a protocol 3 service from before it refuses the whole exchange.
        compact = self.store.meta.get(META_EXCHANGE_COMPACT) == target_key
        fell_back = False
        while True:
            engine._check_cancel(self.cancelled)
            batch = None if probe else self._next_batch(target, max_changes)
            sent_compact = compact and batch is not None
            ask = None if compact else {FEATURES_HEADER: FEATURE_COMPACT_CHANGES}
            try:
                answer = self.http.post_json("/sync", self._document(batch, compact), ask)
            except HttpError as error:
                if error.status == 404 and self.exchanges == 0:
                    if batch is not None:  # never reached a service that could take it
                        self.counts["sent"] -= batch.change_count
                    raise LegacyService() from None
                self.exchanges += 1
                if batch is None:
                    raise
                if sent_compact and _refused_as_a_whole(error):
                    # The service said it takes the short form, yet refused the exchange
                    # (downgraded, or something in between): the same frozen batch goes
                    # once more written out; refused again, it is quarantined as always.
                    with self.store.db.atomic():
                        self.store.db.execute("DELETE FROM meta WHERE key = ?",
                                              [META_EXCHANGE_COMPACT])
                    compact, fell_back = False, True
                    self.counts["sent"] -= batch.change_count
                    engine._log("warning", f"batch {batch.batch_id}: the service refused "
                                           "the short form; sending it written out")
                    continue
                if error.status == 409 and error.body.get("code") == ERROR_DEVICE_RESTORED:
                    self._restored_copy(batch, error)
                    continue
                refusal = self._refusal(batch, error)
                if refusal is not None:  # every change refused, each with its reason
                    self._acknowledge(batch, refusal, switched=False)
                    continue
                if not engine._refused(batch, error, self.counts):
                    target = max(1024, target // 4)  # too large: smaller batches follow
                continue
            self.exchanges += 1
            reply = self._reply(answer)
            if probe:
                self.store.meta.set(META_EXCHANGE_TARGET, target_key)
                probe = False
            if not compact and not fell_back and FEATURE_COMPACT_CHANGES in (
                    reply.features or []):
                self.store.meta.set(META_EXCHANGE_COMPACT, target_key)
                compact = True
            switched = engine._check_device(reply.device_highest_seq)
            target = max(1024, min(target, reply.limits.max_decompressed_bytes // 2))
            max_changes = max(1, min(MAX_CHANGES_PER_BATCH, reply.limits.max_changes_per_batch))
            if batch is not None:
                if reply.ack is None:
                    raise SyncStop("server", f"the answer to batch {batch.batch_id} has no "
                                             "acknowledgement; the batch stays queued")
                self._acknowledge(batch, reply.ack, switched)
            more = self._pull(reply)
            self.progress(self.counts["acknowledged"], total,
                          f"{self.counts['acknowledged']} of {total} changes acknowledged"
                          + (f", {self.pulled} received" if self.pulled else ""))
            if not more and not self._something_to_send():
                return reply

    @staticmethod
    def forget(store: Store) -> None:
        """The service answered 404: probe it again (without a batch) next time, and ask
        again for what it understands."""
        with store.db.atomic():
            store.db.execute("DELETE FROM meta WHERE key IN (?, ?)",
                             [META_EXCHANGE_TARGET, META_EXCHANGE_COMPACT])

    # --- requests ------------------------------------------------------------------------

    def _next_batch(self, target: int, max_changes: int) -> BatchRecord | None:
        """An interrupted batch first (resent with the same changes), else a new one."""
        open_batches = self.state.open_batches()
        if open_batches:
            return open_batches[0]
        return build_next_batch(
            self.state, mission_code=self.engine.config.mission_code,
            device_id=self.store.meta.device_id(),
            pending_count=self.store.outbox.pending_count(),
            last_sync=self.engine._last_sync(), target_bytes=target, max_changes=max_changes,
            protocol_version=max(self.protocol_version, EXCHANGE_PROTOCOL_VERSION))

    @staticmethod
    def _refusal(batch: BatchRecord, error: HttpError) -> Acknowledgement | None:
        """A 422 naming each change's refusal, as an acknowledgement of nothing accepted
        (so a refused patch is sent again whole, as in a partly accepted batch)."""
        results = error.body.get("results")
        if error.status != 422 or not error.from_service or not isinstance(results, list) \
                or not results or error.body.get("code"):
            return None
        try:
            return Acknowledgement(batch_id=batch.batch_id, received_at=datetime.now(UTC),
                                   results=results, accepted=0, rejected=len(results))
        except ValidationError:
            raise SyncStop("server", f"the refusal of batch {batch.batch_id} is not "
                                     "understood; the batch stays queued") from None

    def _restored_copy(self, batch: BatchRecord, error: HttpError) -> None:
        """The service refused the batch, applying nothing: its device id already sent
        other changes under these numbers (this store is a copy restored from a backup).
        Continue as a new device and pack the changes again under its id."""
        if self.restarts:
            raise SyncStop("server", f"batch {batch.batch_id}: {error.detail}")
        self.restarts += 1
        self.engine._new_device(f"the Secretariat says: {error.detail}")
        self.state.close_batch(batch.batch_id, "refused", "packed again under a new device id",
                               reject_changes=False, release_changes=True)

    def _something_to_send(self) -> bool:
        return bool(self.state.open_batches()) or bool(self.state.unbatched_pending(1))

    def _document(self, batch: BatchRecord | None, compact: bool) -> dict[str, Any]:
        """The exchange; with ``compact`` its changes leave out what the service works
        out (see :func:`_compact`), otherwise they go as frozen (the written-out form).
        Both mean the same changes: the id was derived and recorded at freeze."""
        store, config = self.store, self.engine.config
        device_id = store.meta.device_id()
        document: dict[str, Any] = {
            "protocol_version": self.protocol_version,
            "client_version": __version__,
            "mission_code": config.mission_code,
            "device_id": device_id,
            "catalogue_version": store.catalogue.version,
            "client_time": self.engine._clock().isoformat(),
            "pending_count": store.outbox.pending_count(),
            "rejected_count": self.state.unresolved_rejected_count(),
            "last_sync": store.meta.get("sync.last_success") or None,
            "cursor": store.server_state.cursor(),
            "pull_limit": self.pull_limit,
            "feedback_since": self.state.last_feedback_id(config.server_url),
            "review_since": store.reviews.last_id(config.server_url),
        }
        # Zero counts and cursors and no last sync are left out: each hello is paid for
        # on a slow link.
        document = {key: value for key, value in document.items()
                    if key not in HELLO_OMITTED_AT or value != HELLO_OMITTED_AT[key]}
        if batch is not None:
            self.state.count_attempt(batch.batch_id)
            self.counts["sent"] += batch.change_count
            body = _decode(batch.body)
            # The batch's own device id: its content hash was fixed when it was frozen.
            document["device_id"] = body.get("device_id", device_id)
            document["batch"] = {"batch_id": batch.batch_id, "changes": [
                _compact(change, batch.batch_id, document["catalogue_version"])
                if compact else change for change in body["changes"]]}
        return document

    def _reply(self, answer: dict[str, Any]) -> ExchangeReply:
        try:
            reply = ExchangeReply.model_validate(answer)
        except ValidationError:
            raise SyncStop("server", "the service's answer to the sync exchange is not "
                                     "understood; nothing was changed here") from None
        if reply.status == "upgrade_required":
            raise SyncStop("upgrade", reply.message or "the Secretariat asks for a newer "
                                                       "FocalPoint")
        if reply.status == "halt":
            raise SyncStop("halt", reply.message or "the Secretariat has paused sync")
        if reply.clock_warning:
            self.engine._clock_warning = reply.clock_warning
        return reply

    # --- the answer ----------------------------------------------------------------------

    def _acknowledge(self, batch: BatchRecord, ack: Acknowledgement, switched: bool) -> None:
        """Mark exactly what the service acknowledged, in one transaction: synced and
        refused changes, the new service versions, and patches to send again whole."""
        sent = {c["seq"]: c for c in _decode(batch.body)["changes"]}
        results = {r.seq: r for r in ack.results}
        if ack.batch_id != batch.batch_id or sorted(results) != sorted(sent) or sorted(
                results) != self.state.batch_seqs(batch.batch_id):
            raise SyncStop("server", f"the acknowledgement of batch {batch.batch_id} does "
                                     "not match the batch sent; the batch stays queued")
        rows = {seq: (etype, eid, op, payload)
                for seq, etype, eid, op, payload in self.store.db.execute(
                    "SELECT seq, entity_type, entity_id, op, payload FROM outbox "
                    "WHERE batch_id = ?", [batch.batch_id])}
        synced = [s for s, r in results.items() if r.status == "accepted"]
        whole = [s for s, r in results.items()
                 if r.status == "rejected" and sent[s]["op"] == "patch"]
        rejected = {s: r.message or "refused by the Secretariat" for s, r in results.items()
                    if r.status == "rejected" and s not in whole}
        # Changes the service took for replays of this device's older ones: after a
        # restore from a backup they are new edits, sent again under the new device id.
        replayed = [s for s in synced if switched and not results[s].applied
                    and results[s].message.startswith("superseded")]
        with self.store.db.atomic():
            # The copies first: a patch sent again whole still settles its conflict, which
            # the acknowledgement then leaves "resolving" (only a final refusal reopens it).
            self.state.requeue_copies(whole, full_state=True)
            self.state.requeue_copies(replayed, full_state=False)
            self.state.acknowledge(
                batch.batch_id, synced,
                {**rejected, **{s: f"sent again whole: {results[s].message}" for s in whole}},
                ack.model_dump_json())
            for seq in synced:
                result = results[seq]
                if result.applied and result.version is not None and not result.merged:
                    etype, eid, op, payload = rows[seq]
                    self.store.server_state.put(etype, eid, result.version, op,
                                                json.loads(payload))
        counts = self.counts
        counts["acknowledged"] += len(synced)
        counts["rejected"] += len(rejected)
        merged = sum(1 for s in synced if results[s].merged)
        self.engine._log("info", f"batch {batch.batch_id}: {len(synced)} accepted"
                         + (f" ({merged} merged with another device's changes)" if merged
                            else "") + f", {len(rejected)} refused"
                         + (f", {len(whole)} sent again whole" if whole else ""))
        for seq, message in sorted(rejected.items()):
            self.engine._log("error", f"change {seq} refused: {message}")

    def _pull(self, reply: ExchangeReply) -> bool:
        """Apply the feed page, catalogue and feedback; True if more pages wait."""
        engine = self.engine
        more = False
        if reply.feed is not None:
            feed = reply.feed
            before = self.store.server_state.cursor()
            page = apply_page(self.store, [i.model_dump(mode="json") for i in feed.items],
                              feed.cursor)
            self.pulled += len(feed.items)
            self.counts["received"] = self.pulled
            for problem in page.problems:
                engine._log("warning", problem)
            if page.updated or page.deleted or page.conflicts:
                engine._log("info", f"from other devices: {page.updated} updated, "
                                    f"{page.deleted} deleted, {page.conflicts} conflict(s)")
            if feed.more and self.store.server_state.cursor() <= before:
                raise SyncStop("server", "the service's feed does not advance; try again "
                                         "later")
            more = feed.more
        if reply.catalogue is not None:
            engine._take_catalogue(reply.catalogue)
        if reply.feedback is not None:
            engine._take_feedback(reply.feedback)
        return more


def _refused_as_a_whole(error: HttpError) -> bool:
    """A 422 from the service that names no change (no ``results``) and no known reason
    (no ``code``): the exchange itself was not understood."""
    return (error.status == 422 and error.from_service and not error.body.get("results")
            and not error.body.get("code"))


def _compact(change: dict[str, Any], batch_id: str, catalogue_version: str
             ) -> dict[str, Any]:
    """The change as it travels in an exchange: without what the service works out (an
    id derived from the batch's, the exchange's catalogue version). Computed from the
    frozen batch each time, so every resend means the same changes."""
    return {key: value for key, value in change.items()
            if not (key == "change_id" and value == derived_change_id(batch_id, change["seq"]))
            and not (key == "catalogue_version" and value == catalogue_version)}


def _decode(body: bytes) -> dict[str, Any]:
    from focalpoint.sync.engine import decode_batch_body

    return decode_batch_body(body)
