"""``focalpoint conflicts / resolve / restore``: the multi-device commands (protocol 3).

``conflicts`` lists the clashes the Secretariat found between this mission's devices;
``resolve ID --keep mine|theirs|FIELD=VALUE`` settles one (the resolution syncs like any
change); ``restore`` builds a new store from the Secretariat's copy of the mission (token
on standard input, as ``login``). Bad input is exit 2 with one line naming the problem.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from focalpoint.cli import UsageError, open_store, terminal_passphrase
from focalpoint.console import print_json
from focalpoint.paths import default_store_path
from focalpoint.storage import NotFound
from focalpoint.storage.conflicts import Conflict, Keep, ResolutionError
from focalpoint.sync import credentials
from focalpoint.sync.cli import EXIT_ACTION, EXIT_RETRY, NO_KEYRING_HELP, TIMEOUT_HELP, _read_token
from focalpoint.sync.config import SyncConfig, check_server_url, check_timeout
from focalpoint.sync.protocol import DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT
from focalpoint.sync.restore import RestoreError, partial_path, restore_store

_RETRY_KINDS = ("offline", "server", "cancelled")
#: Records per page of a restore (each page is committed with its cursor); for tests/tuning.
PAGE_SIZE_ENV = "FOCALPOINT_RESTORE_PAGE_SIZE"


def _conflict_json(conflict: Conflict, label: str, device_id: str) -> dict[str, Any]:
    return {
        "id": conflict.id, "kind": conflict.kind, "entity_type": conflict.entity_type,
        "entity_id": conflict.entity_id, "label": label, "opened_at": conflict.opened_at,
        "status": conflict.status,
        "refusal": conflict.refusal,
        "deleted_here": conflict.mine_deletes(device_id),
        "deleted_by_device_id": conflict.deleted_by_device_id,
        "fields": [{"field": f.field, "base": f.base, "mine": f.mine(device_id),
                    "theirs": f.theirs(device_id)} for f in conflict.fields],
    }


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        device_id = store.meta.device_id()
        found = store.conflicts.list_open()
        if args.json:
            print_json([_conflict_json(c, store.conflicts.label(c), device_id) for c in found])
            return 0
        if not found:
            print("No open conflicts")
            return 0
        for conflict in found:
            label = store.conflicts.label(conflict)
            print(f"{conflict.id[:8]}  {conflict.entity_type} \"{label}\"  "
                  f"(opened {conflict.opened_at})")
            if conflict.refusal:
                print(f"    your last resolution was refused by the Secretariat: "
                      f"{conflict.refusal}; choose again")
            if conflict.kind == "delete":
                who = "this device" if conflict.mine_deletes(device_id) else "another device"
                print(f"    deleted on {who} while edited on another; it is kept until you "
                      "choose (mine / theirs)")
            for item in conflict.fields:
                print(f"    {item.field}: mine {_short(item.mine(device_id))}  |  "
                      f"theirs {_short(item.theirs(device_id))}")
        print(f"{len(found)} open conflict(s); settle one with 'focalpoint resolve ID --keep "
              "mine|theirs|FIELD=VALUE'")
    return 0


def _parse_value(raw: str, sample: Any) -> Any:
    """A command-line value in the type the field holds: text stays text; lists, numbers,
    true/false and null are JSON (``partners=["IOM","UNHCR"]``)."""
    if isinstance(sample, str) or (sample is None and not raw.strip().startswith(("[", "{"))):
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        raise UsageError(f"{raw!r} is not a JSON value (lists are written like "
                         "[\"IOM\", \"UNHCR\"])") from None


def _keep(conflict: Conflict, values: list[str]) -> Keep:
    if len(values) == 1 and values[0] in ("mine", "theirs"):
        return values[0]  # type: ignore[return-value]
    if any(v in ("mine", "theirs") for v in values):
        raise UsageError("--keep mine or --keep theirs stands alone, without FIELD=VALUE")
    if conflict.kind == "delete":
        raise UsageError("a deletion conflict is settled with --keep mine or --keep theirs")
    samples = {f.field: f.current if f.current is not None else f.incoming
               for f in conflict.fields}
    chosen: dict[str, Any] = {}
    for value in values:
        name, sep, raw = value.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--keep {value!r}: expected mine, theirs or FIELD=VALUE")
        name = name.strip()
        if name not in samples:
            raise UsageError(f"--keep {name}: not a field of this conflict (its fields: "
                             f"{', '.join(sorted(samples))})")
        chosen[name] = _parse_value(raw, samples[name])
    return chosen


def cmd_resolve(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            conflict = store.conflicts.find(args.id)
        except NotFound as error:
            raise UsageError(str(error)) from None
        keep = _keep(conflict, args.keep)
        try:
            resolved = store.conflicts.resolve(conflict.id, keep)
        except ResolutionError as error:
            raise UsageError(str(error)) from None
        print(f"Conflict {resolved.id[:8]} settled ({store.conflicts.label(resolved)}); "
              "the resolution goes to the Secretariat with the next sync")
    return 0


def _page_size() -> int:
    value = os.environ.get(PAGE_SIZE_ENV, "")
    if not value:
        return DEFAULT_PULL_LIMIT
    if not value.isdigit() or not 1 <= int(value) <= MAX_PULL_LIMIT:
        raise UsageError(f"{PAGE_SIZE_ENV} must be a number of records, 1-{MAX_PULL_LIMIT}")
    return int(value)


def cmd_restore(args: argparse.Namespace) -> int:
    server = check_server_url(args.server)
    code = args.mission_code.strip().upper()
    if not code:
        raise UsageError("--mission-code must not be empty")
    target = Path(args.db) if args.db else default_store_path()
    if target.exists():
        raise UsageError(f"{target} already exists; a restore never overwrites a store "
                         "(choose another --db, or move that file away)")
    timeout = 30.0 if args.timeout is None else check_timeout(args.timeout)
    token = _read_token()
    config = SyncConfig(server_url=server, mission_code=code, ca_bundle=args.ca_bundle,
                        timeout_seconds=timeout)
    if partial_path(target).exists():
        print(f"Continuing the restore in {partial_path(target)}", file=sys.stderr)
    show = sys.stderr.isatty()

    def progress(pages: int, items: int, message: str) -> None:
        if show:
            print(f"\r{message:70.70}", end="", file=sys.stderr, flush=True)

    try:
        result = restore_store(target, config, token, progress=progress,
                               ask=terminal_passphrase, pull_limit=_page_size())
    except RestoreError as error:
        if error.kind == "exists":
            raise UsageError(error.message) from None
        print(f"focalpoint: restore stopped ({error.kind}): {error.message}", file=sys.stderr)
        return EXIT_RETRY if error.kind in _RETRY_KINDS else EXIT_ACTION
    finally:
        if show:
            print(file=sys.stderr)
    print(f"Restored {result.activities} activities, {result.responses} questionnaire "
          f"response(s) and {result.feedback} comment(s) into {result.path}; it syncs as a "
          "new device")
    try:
        credentials.set_token(server, code, token)
    except credentials.CredentialsUnavailable:
        print(f"focalpoint: warning: the store is restored, but {NO_KEYRING_HELP}",
              file=sys.stderr)
    return 0


def register(sub: Any) -> None:
    """Add the conflict and restore commands to ``focalpoint``'s sub-command parser."""
    p = sub.add_parser("conflicts", help="clashes between this mission's devices, to settle")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_conflicts)

    p = sub.add_parser("resolve", help="settle a conflict: keep mine, theirs, or given values")
    p.add_argument("id", metavar="ID", help="the conflict's id (or its first characters)")
    p.add_argument("--keep", required=True, action="append", metavar="mine|theirs|FIELD=VALUE",
                   help="mine, theirs, or FIELD=VALUE (repeat for several fields; lists as "
                        "JSON)")
    p.set_defaults(handler=cmd_resolve)

    p = sub.add_parser("restore", help="create this store from the Secretariat's copy of the "
                                       "mission (token on stdin)")
    p.add_argument("--server", required=True, metavar="URL")
    p.add_argument("--mission-code", required=True, metavar="CODE")
    p.add_argument("--ca-bundle", metavar="PEM", default="",
                   help="the Secretariat's CA certificates, if not in the system store")
    p.add_argument("--timeout", type=float, metavar="SECONDS", help=TIMEOUT_HELP)
    p.set_defaults(handler=cmd_restore)
