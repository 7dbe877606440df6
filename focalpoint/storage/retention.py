"""Keeping the store's size bounded: what the Secretariat has acknowledged goes, in time.

The outbox and the stored batch bodies exist to deliver changes exactly once; once the
Secretariat has acknowledged them, they are only bookkeeping. They are kept for a
retention period (default :data:`DEFAULT_SYNCED_DAYS` days after the acknowledgement, to
help support and for a second look at what was sent) and then deleted. The history of
edits lives in the ``versions`` table; it keeps the newest :data:`DEFAULT_VERSIONS`
versions of each activity or response, which bounds it too.

Never pruned: anything not yet acknowledged — pending or refused changes, open or refused
batches — and a synced change that still resolves an older refused one (without it, the
refused change would look unresolved again).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlite_utils

from focalpoint.storage.mission import Meta

DEFAULT_SYNCED_DAYS = 30
DEFAULT_VERSIONS = 1000
SYNCED_DAYS_KEY = "retention.synced_days"
VERSIONS_KEY = "retention.versions_per_entity"


@dataclass(frozen=True)
class Retention:
    synced_days: int = DEFAULT_SYNCED_DAYS
    versions_per_entity: int = DEFAULT_VERSIONS


@dataclass(frozen=True)
class Pruned:
    changes: int
    batches: int
    versions: int


def _setting(db: sqlite_utils.Database, key: str, default: int) -> int:
    try:
        return max(0, int(Meta(db).get(key, str(default)) or default))
    except ValueError:
        return default


def load_retention(db: sqlite_utils.Database) -> Retention:
    return Retention(
        _setting(db, SYNCED_DAYS_KEY, DEFAULT_SYNCED_DAYS),
        _setting(db, VERSIONS_KEY, DEFAULT_VERSIONS),
    )


def save_retention(db: sqlite_utils.Database, retention: Retention) -> None:
    if retention.synced_days < 0 or retention.versions_per_entity < 1:
        raise ValueError("retention: days must be 0 or more, versions 1 or more")
    meta = Meta(db)
    with db.atomic():
        meta.set(SYNCED_DAYS_KEY, str(retention.synced_days))
        meta.set(VERSIONS_KEY, str(retention.versions_per_entity))


def prune(db: sqlite_utils.Database, now: datetime | None = None) -> Pruned:
    """Delete acknowledged outbox rows and batches past the retention period, and versions
    beyond the per-entity limit; one transaction."""
    retention = load_retention(db)
    cutoff = ((now or datetime.now(UTC)) - timedelta(days=retention.synced_days)).isoformat(
        timespec="seconds"
    )
    with db.atomic():
        changes = db.execute(
            "DELETE FROM outbox WHERE state = 'synced' AND synced_at IS NOT NULL "
            "AND synced_at < ? AND NOT EXISTS (SELECT 1 FROM outbox r WHERE "
            "r.state = 'rejected' AND r.entity_type = outbox.entity_type "
            "AND r.entity_id = outbox.entity_id AND r.seq < outbox.seq)",
            [cutoff],
        ).rowcount
        batches = db.execute(
            "DELETE FROM sync_batches WHERE state = 'acknowledged' AND finished_at IS NOT NULL "
            "AND finished_at < ? AND NOT EXISTS (SELECT 1 FROM outbox o "
            "WHERE o.batch_id = sync_batches.batch_id AND o.state != 'synced')",
            [cutoff],
        ).rowcount
        versions = db.execute(
            "DELETE FROM versions WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER "
            "(PARTITION BY entity_type, entity_id ORDER BY id DESC) AS n FROM versions) "
            "WHERE n > ?)",
            [retention.versions_per_entity],
        ).rowcount
    return Pruned(changes, batches, versions)
