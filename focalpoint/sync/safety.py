"""Never lose unsynced data when the sync settings change.

Signing out, pointing the store at another server or mission, or resetting the sync
settings while changes are still waiting (pending, in an unacknowledged batch, or refused
and not yet fixed) is refused; with ``force`` a backup copy of the whole store is written
first and its path returned, so the caller can say where the data is.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path

from focalpoint.paths import backup_dir
from focalpoint.storage import Store
from focalpoint.storage.sync_state import SyncState
from focalpoint.sync.config import SyncConfigError


class UnsyncedChanges(SyncConfigError):
    """The action would leave unsynced changes behind; the message says what to do.

    A :class:`SyncConfigError`, so a settings form that already reports invalid settings
    reports this refusal the same way.
    """


def unsynced_count(store: Store) -> int:
    return store.outbox.pending_count() + SyncState(store.db).unresolved_rejected_count()


def guard_unsynced(store: Store, action: str, *, force: bool = False) -> Path | None:
    """Refuse ``action`` while changes are unsynced, or (``force``) back the store up first.

    Returns the backup path when one was written, None when nothing was waiting.
    """
    waiting = unsynced_count(store)
    if not waiting:
        return None
    if not force:
        raise UnsyncedChanges(
            f"{waiting} change(s) have not reached the Secretariat yet; {action} is refused so "
            "that they are not lost. Sync first ('focalpoint sync'), or repeat with --force to "
            "write a backup of the store and go ahead."
        )
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    stem = store.path.stem if store.path else "memory"
    dest = backup_dir() / f"{stem}-before-{action.replace(' ', '-')}-{stamp}.db"
    return store.backup(dest)


def reset_sync_settings(store: Store, *, force: bool = False) -> Path | None:
    """Forget server, mission and token (guarded like sign-out); returns the backup, if any.

    Local data is kept; only the sync settings and the keyring entry go.
    """
    from focalpoint.sync import credentials
    from focalpoint.sync.config import load_sync_config

    backup = guard_unsynced(store, "resetting the sync settings", force=force)
    config = load_sync_config(store)
    if config.server_url:
        with contextlib.suppress(credentials.CredentialsUnavailable):
            credentials.delete_token(config.server_url, config.mission_code)
    with store.db.atomic():
        store.db.execute("DELETE FROM meta WHERE key IN ('sync.server_url', "
                         "'sync.mission_code', 'sync.ca_bundle', 'sync.interval_minutes')")
    return backup
