"""Where this store syncs to, kept in the store itself (never the token).

The server address, mission code, interval and CA bundle belong to the store (a store
holds one mission), so the CLI, the GUI and the periodic sync all read the same values.
The access token is a secret and lives only in the OS keyring (:mod:`.credentials`).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from focalpoint.storage import Store

DEFAULT_INTERVAL_MINUTES = 15
MIN_INTERVAL_MINUTES = 1
MAX_INTERVAL_MINUTES = 24 * 60
#: How long one request to the service may take, retries included, before the sync stops
#: and says the link is down: a field user learns it within half a minute.
DEFAULT_TIMEOUT_SECONDS = 30.0
MIN_TIMEOUT_SECONDS = 5.0
MAX_TIMEOUT_SECONDS = 600.0


class SyncConfigError(ValueError):
    """A sync setting is invalid; the message names the setting."""


@dataclass(frozen=True)
class SyncConfig:
    server_url: str = ""
    mission_code: str = ""
    interval_minutes: int = DEFAULT_INTERVAL_MINUTES
    ca_bundle: str = ""
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS

    @property
    def configured(self) -> bool:
        return bool(self.server_url and self.mission_code)


def check_server_url(url: str) -> str:
    """A normalised server URL, or :class:`SyncConfigError` saying what is wrong."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise SyncConfigError(f"server URL {url!r} must look like https://secretariat.example.org")
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SyncConfigError(
            "server URL must use https:// (plain http is only allowed for 127.0.0.1)"
        )
    return url


def check_timeout(seconds: float) -> float:
    """The sync timeout if it is within bounds, or :class:`SyncConfigError`."""
    if not MIN_TIMEOUT_SECONDS <= seconds <= MAX_TIMEOUT_SECONDS:
        raise SyncConfigError(
            f"sync timeout must be between {MIN_TIMEOUT_SECONDS:g} and "
            f"{MAX_TIMEOUT_SECONDS:g} seconds")
    return float(seconds)


def _stored_timeout(text: str | None) -> float:
    try:
        return check_timeout(float(text)) if text else DEFAULT_TIMEOUT_SECONDS
    except (ValueError, SyncConfigError):
        return DEFAULT_TIMEOUT_SECONDS  # an unreadable value never stops a sync


def load_sync_config(store: Store) -> SyncConfig:
    meta = store.meta
    mission = store.mission.get()
    interval = meta.get("sync.interval_minutes")
    return SyncConfig(
        server_url=meta.get("sync.server_url", "") or "",
        mission_code=meta.get("sync.mission_code") or (mission.code if mission else ""),
        interval_minutes=int(interval) if interval else DEFAULT_INTERVAL_MINUTES,
        ca_bundle=meta.get("sync.ca_bundle", "") or "",
        timeout_seconds=_stored_timeout(meta.get("sync.timeout_seconds")),
    )


def save_sync_config(
    store: Store, config: SyncConfig, *, force: bool = False
) -> SyncConfig:
    """Validate and store; raises :class:`SyncConfigError` and stores nothing if invalid.

    Pointing the store at another server or mission while changes are unsynced is refused
    (:class:`focalpoint.sync.safety.UnsyncedChanges`, a SyncConfigError) unless ``force``;
    a caller that forces should first back the store up (``safety.guard_unsynced``).
    """
    url = check_server_url(config.server_url) if config.server_url else ""
    code = config.mission_code.strip().upper()
    current = load_sync_config(store)
    if not force and current.server_url and (current.server_url, current.mission_code) != (
            url, code):
        from focalpoint.sync.safety import guard_unsynced

        guard_unsynced(store, "changing the server or mission")
    if not MIN_INTERVAL_MINUTES <= config.interval_minutes <= MAX_INTERVAL_MINUTES:
        raise SyncConfigError(
            f"sync interval must be between {MIN_INTERVAL_MINUTES} and "
            f"{MAX_INTERVAL_MINUTES} minutes"
        )
    if config.ca_bundle:
        from pathlib import Path

        if not Path(config.ca_bundle).is_file():
            raise SyncConfigError(f"CA bundle {config.ca_bundle!r} is not a file")
    cleaned = SyncConfig(
        url, code, config.interval_minutes, config.ca_bundle,
        check_timeout(config.timeout_seconds)
    )
    with store.db.atomic():
        store.meta.set("sync.server_url", cleaned.server_url)
        store.meta.set("sync.mission_code", cleaned.mission_code)
        store.meta.set("sync.interval_minutes", str(cleaned.interval_minutes))
        store.meta.set("sync.ca_bundle", cleaned.ca_bundle)
        store.meta.set("sync.timeout_seconds", f"{cleaned.timeout_seconds:g}")
    return cleaned
