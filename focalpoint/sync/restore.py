"""Restore a mission's store from the Secretariat (a new laptop after a theft or a breakdown).

Why it works the way it does: the service's change feed is compacted (each entity's newest
version), so pulling it from cursor 0 IS the mission's data — activities, questionnaire
responses (drafts too), the mission profile — and the same exchange brings feedback and
review decisions. The pull is written to ``<db>.restoring``, a normal (encrypted) store,
one page per transaction together with its cursor, so a restore cut or killed half-way
resumes from the last page when the same command runs again; only when the last page is
in is the file renamed to ``<db>`` — there is never a half store at ``<db>``. The restored
store is a NEW device (a fresh device id) and queues nothing: what came from the service
is not sent back.

Plain Python with progress and cancel callbacks, so the GUI runs it in a worker.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from focalpoint import __version__
from focalpoint.storage import Store
from focalpoint.storage.database import _sync_folder as sync_folder
from focalpoint.storage.discard import discard_unfinished
from focalpoint.storage.encryption import (
    KEYINFO_SUFFIX,
    AskPassphrase,
    Kdf,
    copy_keyinfo,
)
from focalpoint.storage.feed import apply_page
from focalpoint.storage.sync_state import SyncState
from focalpoint.sync.config import SyncConfig, save_sync_config
from focalpoint.sync.credentials import InvalidToken
from focalpoint.sync.http import (
    CertificateError,
    HttpError,
    RetryPolicy,
    SessionFactory,
    SyncHttp,
    TransportError,
)
from focalpoint.sync.protocol import DEFAULT_PULL_LIMIT, PROTOCOL_VERSION, ExchangeReply

PARTIAL_SUFFIX = ".restoring"
META_SOURCE = "restore.source"
META_LAST_SUCCESS = "sync.last_success"

#: ``progress(pages, items, message)``.
RestoreProgress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class RestoreError(Exception):
    """The restore stopped; ``kind`` as a sync result ("exists", "offline", "auth",
    "server", "cancelled", ...). Whatever was pulled stays in ``<db>.restoring`` and the
    same restore continues from there."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    activities: int
    responses: int
    feedback: int
    pages: int
    resumed: bool
    device_id: str


def partial_path(target: Path) -> Path:
    return target.with_name(target.name + PARTIAL_SUFFIX)


def restore_store(target: Path | str, config: SyncConfig, token: str, *,
                  progress: RestoreProgress | None = None,
                  cancelled: Cancelled | None = None,
                  session_factory: SessionFactory | None = None,
                  policy: RetryPolicy | None = None,
                  ask: AskPassphrase | None = None, kdf: Kdf | None = None,
                  pull_limit: int = DEFAULT_PULL_LIMIT) -> RestoreResult:
    """Pull the mission into a new store at ``target`` (resuming a killed restore)."""
    target = Path(target)
    progress = progress or (lambda _pages, _items, _message: None)
    cancelled = cancelled or (lambda: False)
    if target.exists():
        raise RestoreError("exists", f"{target} already exists; a restore never overwrites a "
                                     "store (choose another --db, or move that file away)")
    if not config.configured:
        raise RestoreError("auth", "the server address and mission code are needed")
    partial = partial_path(target)
    resumed = partial.exists()
    # The mission, not the address: the same restore may go on through another address
    # (a proxy, a new name); the feed position itself is tied to the address (bind()).
    source = config.mission_code.upper()
    store = Store.open(partial, ask=ask, kdf=kdf)
    discard = False
    try:
        marker = store.meta.get(META_SOURCE)
        if resumed and marker != source:
            raise RestoreError("exists", f"{partial} holds an unfinished restore of mission "
                               f"{marker or '(unknown)'}, not of {source}; delete it to "
                               "start again")
        if marker is None:
            store.meta.set(META_SOURCE, source)
            save_sync_config(store, config, force=True)
        store.server_state.bind(config.server_url, config.mission_code)
        pages = _pull_all(store, config, token, progress, cancelled, session_factory,
                          policy or RetryPolicy(total_timeout=max(config.timeout_seconds, 1.0)),
                          pull_limit)
        if store.outbox.pending_count():  # never: a restore writes no outbox row
            raise RestoreError("server", "the restored store would send changes back")
        with store.db.atomic():
            store.db.execute("DELETE FROM meta WHERE key = ?", [META_SOURCE])
            store.db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                "SET value = excluded.value",
                [META_LAST_SUCCESS, datetime.now(UTC).replace(microsecond=0).isoformat()])
        result = RestoreResult(
            path=target, activities=store.activities.total(),
            responses=len(store.responses.list()),
            feedback=len(SyncState(store.db).feedback()), pages=pages, resumed=resumed,
            device_id=store.meta.device_id())
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        encrypted = store.encrypted
    except BaseException:
        # A first attempt refused before any page came in (a wrong token, no connection,
        # an old service) leaves nothing behind: an empty ``.restoring`` would later be
        # announced as an unfinished restore, and its key would linger in the keyring.
        discard = not resumed and store.server_state.cursor() == 0
        raise
    finally:
        store.close()
        if discard:
            discard_unfinished(partial)  # a ``.restoring`` that received nothing
    _publish(partial, target, encrypted)
    return result


def _pull_all(store: Store, config: SyncConfig, token: str, progress: RestoreProgress,
              cancelled: Cancelled, session_factory: SessionFactory | None,
              policy: RetryPolicy, pull_limit: int) -> int:
    try:
        http = SyncHttp(config.server_url, token, ca_bundle=config.ca_bundle, policy=policy,
                        session_factory=session_factory)
    except InvalidToken as error:
        raise RestoreError("auth", str(error)) from None
    pages = 0
    items = 0
    try:
        while True:
            if cancelled():
                raise RestoreError("cancelled", "restore cancelled; run it again to continue "
                                                "where it stopped")
            reply = _exchange(http, store, config, pull_limit)
            feed = reply.feed
            if feed is None:
                raise RestoreError("server", "the service sent no data to restore")
            before = store.server_state.cursor()
            with store.db.atomic():  # the page, its feedback and its cursor: one commit
                apply_page(store, [i.model_dump(mode="json") for i in feed.items], feed.cursor)
                if reply.feedback is not None:
                    _keep_feedback(store, config.server_url, reply)
                for version in (reply.catalogue.versions if reply.catalogue else []):
                    SyncState(store.db).store_catalogue(
                        version.version, version.published_at.isoformat(), version.catalogue)
            pages += 1
            items += len(feed.items)
            progress(pages, items, f"{items} records received")
            if not feed.more:
                return pages
            if store.server_state.cursor() <= before:
                raise RestoreError("server", "the service's feed does not advance")
    except CertificateError as error:
        raise RestoreError("server", str(error)) from None
    except TransportError as error:
        raise RestoreError("offline", f"cannot reach {config.server_url}: {error}; what was "
                                      "received is kept, run the restore again to continue") \
            from None
    except HttpError as error:
        if error.status == 404:
            raise RestoreError("upgrade", "this Secretariat's service cannot restore a store "
                                          "(it predates sync protocol 3)") from None
        if error.status in (401, 403):
            raise RestoreError("auth", f"the Secretariat refused the access token: "
                                       f"{error.detail}") from None
        raise RestoreError("server", f"the server answered {error.status}: "
                                     f"{error.detail}") from None
    finally:
        http.close()


def _exchange(http: SyncHttp, store: Store, config: SyncConfig,
              pull_limit: int) -> ExchangeReply:
    """A pure pull: the hello of a new device, no batch, the cursor reached so far."""
    state = SyncState(store.db)
    document: dict[str, Any] = {
        "protocol_version": PROTOCOL_VERSION,
        "client_version": __version__,
        "mission_code": config.mission_code,
        "device_id": store.meta.device_id(),
        "catalogue_version": store.catalogue.version,
        "client_time": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "pending_count": 0,
        "cursor": store.server_state.cursor(),
        "pull_limit": pull_limit,
        "feedback_since": state.last_feedback_id(config.server_url),
        "review_since": store.reviews.last_id(config.server_url),
    }
    try:
        reply = ExchangeReply.model_validate(http.post_json("/sync", document))
    except ValidationError:
        raise RestoreError("server", "the service's answer is not understood; is the "
                                     "address that of a FocalPoint Secretariat?") from None
    if reply.status == "upgrade_required":
        raise RestoreError("upgrade", reply.message or "the Secretariat asks for a newer "
                                                       "FocalPoint")
    if reply.status == "halt":
        raise RestoreError("halt", reply.message or "the Secretariat has paused sync")
    return reply


def _keep_feedback(store: Store, server_url: str, reply: ExchangeReply) -> None:
    """Comments and review decisions, as they are: a restore re-opens nothing (the
    drafts a returned questionnaire led to are in the feed already)."""
    assert reply.feedback is not None
    if reply.feedback.items:
        SyncState(store.db).store_feedback(
            server_url, [i.model_dump(mode="json") for i in reply.feedback.items])
    if reply.feedback.reviews:
        store.reviews.store(server_url, [r.model_dump(mode="json")
                                         for r in reply.feedback.reviews])


def _publish(partial: Path, target: Path, encrypted: bool) -> None:
    """Make the complete restore the store at ``target`` in one rename.

    The key file is copied first (a kill before the rename leaves ``.restoring`` with its
    own key file, to be resumed); the store's rename is the one atomic step."""
    for suffix in ("-wal", "-shm"):
        side = partial.with_name(partial.name + suffix)
        if side.exists() and side.stat().st_size == 0:
            side.unlink()
    if encrypted:
        copy_keyinfo(partial, target)
    os.replace(partial, target)
    sync_folder(target.parent)
    partial.with_name(partial.name + KEYINFO_SUFFIX).unlink(missing_ok=True)
