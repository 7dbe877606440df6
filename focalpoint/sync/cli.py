"""``focalpoint login / logout / sync / sync-status``.

The token is read from standard input (typed without echo at a terminal, or piped) and
kept in the OS keyring; it never appears on a command line. For scripted use on a machine
without a keyring, ``focalpoint sync`` (only) also takes the token from the environment
variable ``FOCALPOINT_TOKEN``.

``focalpoint sync`` exit codes: 0 every change acknowledged; 1 try again later (offline,
server trouble, cancelled); 3 the user must act (token refused, conflict, refused changes,
sync halted, upgrade needed); 2 bad input.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import replace
from typing import Any

from focalpoint.cli import UsageError, open_store
from focalpoint.console import print_json
from focalpoint.storage import Store, database
from focalpoint.sync import credentials
from focalpoint.sync.config import (
    DEFAULT_TIMEOUT_SECONDS,
    MAX_TIMEOUT_SECONDS,
    MIN_TIMEOUT_SECONDS,
    SyncConfig,
    check_server_url,
    check_timeout,
    load_sync_config,
    save_sync_config,
)
from focalpoint.sync.engine import (
    SyncEngine,
    feedback,
    handshake_document,
    rejected_changes,
    retry_rejected,
    sync_log,
    sync_status,
)
from focalpoint.sync.http import HttpError, RetryPolicy, SyncHttp, TransportError
from focalpoint.sync.protocol import TARGET_BATCH_BYTES
from focalpoint.sync.safety import UnsyncedChanges, guard_unsynced

TOKEN_ENV = "FOCALPOINT_TOKEN"
BATCH_BYTES_ENV = "FOCALPOINT_SYNC_BATCH_BYTES"
TIMEOUT_HELP = (f"give up on a request the server has not answered within SECONDS, retries "
                f"included ({MIN_TIMEOUT_SECONDS:g}-{MAX_TIMEOUT_SECONDS:g}; default "
                f"{DEFAULT_TIMEOUT_SECONDS:g}).")
EXIT_RETRY = 1
EXIT_ACTION = 3
_RETRY_KINDS = ("offline", "server", "cancelled")

NO_KEYRING_HELP = (
    "no system keyring is available on this machine, so the token cannot be kept safely. "
    "Install and unlock one (e.g. GNOME Keyring or KWallet; on a server, "
    "'apt install gnome-keyring' and run inside a D-Bus session), then sign in again. "
    f"For scripts, 'focalpoint sync' also reads the token from the {TOKEN_ENV} environment "
    "variable."
)


def _read_token() -> str:
    if sys.stdin is None:
        raise UsageError("no standard input to read the access token from")
    if sys.stdin.isatty():
        token = getpass.getpass("Access token from the Secretariat: ")
    else:
        token = sys.stdin.readline()
    if not token.strip():
        raise UsageError("no access token on standard input; paste the token the "
                         "Secretariat gave you (it is never passed as an argument)")
    return credentials.clean_token(token, "from standard input")


def _guard(store: Store, action: str, force: bool) -> None:
    try:
        backup = guard_unsynced(store, action, force=force)
    except UnsyncedChanges as error:
        raise UsageError(str(error)) from None
    if backup is not None:
        print(f"Unsynced changes remain; a backup of the store was written to {backup}",
              file=sys.stderr)


def _check_token(config: SyncConfig, token: str, store: Store) -> str:
    """'' if the service accepts the token; a warning if it could not be asked."""
    http = SyncHttp(config.server_url, token, ca_bundle=config.ca_bundle,
                    policy=RetryPolicy(total_timeout=config.timeout_seconds))
    try:
        http.post_json("/handshake", handshake_document(store, config.mission_code))
    except HttpError as error:
        if error.status in (401, 403):
            raise UsageError(f"the Secretariat refused this token: {error.detail}") from None
        return f"the server answered {error.status} ({error.detail}); the token was kept"
    except TransportError as error:
        return f"could not reach the server to check the token ({error}); it was kept"
    finally:
        http.close()
    return ""


def cmd_login(args: argparse.Namespace) -> int:
    server = check_server_url(args.server)
    code = args.mission_code.strip().upper()
    with open_store(args) as store:
        mission = store.mission.get()
        if mission and mission.code != code:
            raise UsageError(f"this store belongs to mission {mission.code}, not {code}")
        current = load_sync_config(store)
        if current.server_url and (current.server_url, current.mission_code) != (server, code):
            _guard(store, "changing the server or mission", args.force)
        token = _read_token()
        config = replace(current, server_url=server, mission_code=code,
                         ca_bundle=args.ca_bundle or current.ca_bundle,
                         timeout_seconds=current.timeout_seconds if args.timeout is None
                         else check_timeout(args.timeout))
        warning = "" if args.no_check else _check_token(config, token, store)
        save_sync_config(store, config, force=True)  # _guard above refused or backed up
        try:
            credentials.set_token(server, code, token)
        except credentials.CredentialsUnavailable:
            print(f"focalpoint: error: the server and mission were saved, but {NO_KEYRING_HELP}",
                  file=sys.stderr)
            return 1
        if warning:
            print(f"focalpoint: warning: {warning}", file=sys.stderr)
        print(f"Signed in to {server} as mission {code}; run 'focalpoint sync' to send "
              f"{store.outbox.pending_count()} pending change(s)")
    return 0


def cmd_logout(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        config = load_sync_config(store)
        if not config.server_url:
            print("Not signed in")
            return 0
        _guard(store, "signing out", args.force)
        try:
            removed = credentials.delete_token(config.server_url, config.mission_code)
        except credentials.CredentialsUnavailable:
            removed = False
        print(f"Signed out of {config.server_url}" + ("" if removed else " (no token was stored)"))
    return 0


def _token(config: SyncConfig) -> str:
    from_environment = os.environ.get(TOKEN_ENV, "")
    if from_environment.strip():
        return credentials.clean_token(from_environment, f"in {TOKEN_ENV}")
    try:
        stored = credentials.get_token(config.server_url, config.mission_code)
    except credentials.CredentialsUnavailable:
        raise UsageError(NO_KEYRING_HELP) from None
    if not stored:
        raise UsageError(f"no access token for mission {config.mission_code} at "
                         f"{config.server_url}; run 'focalpoint login --server "
                         f"{config.server_url} --mission-code {config.mission_code}'")
    return stored


def _batch_bytes() -> int:
    value = os.environ.get(BATCH_BYTES_ENV, "")
    if not value:
        return TARGET_BATCH_BYTES
    if not value.isdigit() or int(value) < 1024:
        raise UsageError(f"{BATCH_BYTES_ENV} must be a number of bytes, at least 1024")
    return int(value)


def cmd_sync(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        config = load_sync_config(store)
        if args.server:
            config = replace(config, server_url=check_server_url(args.server))
        if args.timeout is not None:
            config = replace(config, timeout_seconds=check_timeout(args.timeout))
        if not config.configured:
            raise UsageError("sync is not set up; run 'focalpoint login --server URL "
                             "--mission-code CODE' first")
        token = _token(config)
        if args.retry_rejected:
            count = retry_rejected(store)
            print(f"{count} refused change(s) queued again", file=sys.stderr)
        engine = SyncEngine(store, config, token, batch_bytes=_batch_bytes())
        show = sys.stderr.isatty()

        def progress(done: int, total: int, message: str) -> None:
            if show:
                print(f"\r{message:70.70}", end="", file=sys.stderr, flush=True)

        try:
            result = engine.run(progress)
        except database.Error as error:  # disk full, store locked for too long, ...
            print(f"focalpoint: sync failed (local store): {error}; nothing was lost, "
                  "try again", file=sys.stderr)
            return EXIT_RETRY
        finally:
            if show:
                print(file=sys.stderr)
    if result.ok:
        print(f"Synced: {result.acknowledged} change(s) acknowledged"
              + (f", {result.received} received from the mission's other computers"
                 if result.received else "")
              + (f" ({result.message})" if result.message != "all changes acknowledged" else ""))
        return 0
    print(f"focalpoint: sync failed ({result.kind}): {result.message}", file=sys.stderr)
    return EXIT_RETRY if result.kind in _RETRY_KINDS else EXIT_ACTION


def cmd_sync_status(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        config = load_sync_config(store)
        status = sync_status(store)
        refused = rejected_changes(store)
        comments = feedback(store)
        entries = sync_log(store, args.log) if args.log else []
        if args.json:
            data: dict[str, Any] = {
                "server_url": config.server_url, "mission_code": config.mission_code,
                "pending": status.pending, "rejected": status.rejected,
                "last_success": status.last_success, "last_error": status.last_error,
                "refused_changes": refused,
                "feedback": [c.__dict__ for c in comments],
                "log": [e.__dict__ for e in entries],
            }
            print_json(data)
            return 0
        print(f"Server: {config.server_url or '(not signed in)'}  mission: "
              f"{config.mission_code or '—'}")
        print(f"Pending changes: {status.pending}   refused: {status.rejected}")
        print(f"Last successful sync: {status.last_success or 'never'}")
        if status.last_error:
            print(f"Last problem: {status.last_error}")
        for change in refused:
            print(f"  refused {change['entity_type']} {change['entity_id']}: {change['error']}")
        for comment in comments:
            about = f" ({comment.entity_type} {comment.entity_id})" if comment.entity_id else ""
            print(f"  Secretariat {comment.created_at}{about}: {comment.message}")
        for entry in reversed(entries):
            print(f"  {entry.at} {entry.level:7} {entry.message}")
    return 0


def register(sub: Any) -> None:
    """Add the sync commands to ``focalpoint``'s sub-command parser."""
    p = sub.add_parser("login", help="connect this store to the Secretariat (token on stdin)")
    p.add_argument("--server", required=True, metavar="URL",
                   help="e.g. https://focalpoint.secretariat.example.org")
    p.add_argument("--mission-code", required=True, metavar="CODE")
    p.add_argument("--ca-bundle", metavar="PEM", default="",
                   help="the Secretariat's CA certificates, if not in the system store")
    p.add_argument("--no-check", action="store_true",
                   help="do not ask the server whether the token is valid")
    p.add_argument("--force", action="store_true",
                   help="switch server/mission even with unsynced changes (backup first)")
    p.add_argument("--timeout", type=float, metavar="SECONDS", help=TIMEOUT_HELP
                   + " Kept in the store's sync settings.")
    p.set_defaults(handler=cmd_login)

    p = sub.add_parser("logout", help="forget the access token")
    p.add_argument("--force", action="store_true",
                   help="sign out even with unsynced changes (a backup is written first)")
    p.set_defaults(handler=cmd_logout)

    p = sub.add_parser("sync", help="send pending changes and fetch Secretariat updates now")
    p.add_argument("--server", metavar="URL", help="use this server for this run")
    p.add_argument("--retry-rejected", action="store_true",
                   help="queue changes the Secretariat refused again before syncing")
    p.add_argument("--timeout", type=float, metavar="SECONDS",
                   help=TIMEOUT_HELP + " For this run; the default is the sync settings' "
                   "(see login --timeout).")
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser("sync-status", help="pending and refused changes, feedback, sync log")
    p.add_argument("--log", type=int, default=0, metavar="N", help="show the last N log lines")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sync_status)
