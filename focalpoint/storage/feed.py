"""Applying a page of the mission's change feed (protocol 3) to the local store.

Why these rules: the feed brings the service's newest state of every entity another
device (or a merge) changed. Overwriting a local row that still has a change waiting to be
acknowledged, or whose newest change the service refused, would silently drop the user's
edit, so such a row is left alone: the queued (or, once fixed, the refused) change goes
with its old ``base_version`` and the service merges the two (the merged state then comes
back in a later page). Everything of one page — local rows,
``server_state``, conflicts and the cursor — commits in ONE transaction, so a cut or a
kill between pages resumes exactly after the last page applied, and a page applied twice
changes nothing (versions only move forward).

Items are plain dicts (``FeedItem.model_dump(mode="json")``): the store does not depend on
the sync package.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from focalpoint.validation import InvalidRecord

if TYPE_CHECKING:
    from focalpoint.storage.store import Store

log = logging.getLogger(__name__)


@dataclass
class PageResult:
    """What one page did (for the sync log and progress)."""

    updated: int = 0
    deleted: int = 0
    kept_local: int = 0
    skipped: int = 0
    conflicts: int = 0
    problems: list[str] = field(default_factory=list)


def apply_page(store: Store, items: Sequence[dict[str, Any]], cursor: int) -> PageResult:
    """Apply ``items`` and move the cursor to ``cursor``, all in one transaction."""
    result = PageResult()
    with store.db.atomic():
        for item in items:
            _apply_item(store, item, result)
        # As the service says, even lower: a service restored from an older backup answers
        # with its last number, so that what it stores next is not skipped.
        store.server_state.set_cursor(cursor)
    return result


def _apply_item(store: Store, item: dict[str, Any], result: PageResult) -> None:
    entity_type, entity_id = item["entity_type"], item["entity_id"]
    for conflict in item.get("conflicts") or []:
        if store.conflicts.upsert_from_feed(conflict):
            result.conflicts += 1
    version = int(item["version"])
    known = store.server_state.version(entity_type, entity_id)
    if known is not None and version <= known:
        result.skipped += 1  # our own acknowledged change, or a page seen before
        return
    if store.outbox.has_unsynced(entity_type, entity_id):
        # Our change goes with the base it was made on (server_state stays there, so the
        # batch built later says so, and a patch is relative to it): the service sees the
        # two as concurrent and merges; the merged version comes back in a later page.
        # A refused change counts too: the user's edit stays here, listed as refused, and
        # once fixed (or retried) it goes with that old base and merges the same way.
        result.kept_local += 1
        return
    store.server_state.put(entity_type, entity_id, version, item["op"], item["payload"],
                           int(item["server_seq"]))
    device_id = str(item.get("device_id") or "")
    try:
        with store.db.atomic():  # a savepoint: a bad item leaves the rest of the page
            if item["op"] == "delete":
                if _remove(store, entity_type, entity_id, device_id):
                    result.deleted += 1
            else:
                _write(store, entity_type, entity_id, item["payload"], device_id)
                result.updated += 1
    except (InvalidRecord, ValueError, KeyError, TypeError) as error:
        message = (f"the Secretariat's version {version} of {entity_type} {entity_id} "
                   f"could not be taken: {error}")
        log.warning(message)
        result.problems.append(message)


def _write(store: Store, entity_type: str, entity_id: str, payload: dict[str, Any],
           device_id: str) -> None:
    if entity_type == "activity":
        store.activities.apply_remote([{**payload, "id": entity_id}], device_id)
    elif entity_type == "response":
        store.responses.apply_remote(payload, device_id)
    elif entity_type == "mission":
        store.mission.apply_remote(entity_id, {k: v for k, v in payload.items() if k != "id"})
    else:
        raise ValueError(f"unknown entity type {entity_type!r}")


def _remove(store: Store, entity_type: str, entity_id: str, device_id: str) -> bool:
    if entity_type == "activity":
        return store.activities.remove_remote(entity_id, device_id)
    if entity_type == "response":
        return store.responses.remove_remote(entity_id, device_id)
    return False  # the mission profile is never deleted
