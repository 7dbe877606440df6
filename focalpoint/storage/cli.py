"""Store commands: ``encrypt`` (an older plain store into an encrypted one), ``history``
(an entity's recorded versions) and ``retention`` (what is kept, and for how long)."""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path
from typing import Any

from focalpoint.console import print_json
from focalpoint.passphrase import terminal_passphrase
from focalpoint.paths import default_store_path
from focalpoint.storage.activities import NotFound
from focalpoint.storage.conversion import encrypt_store
from focalpoint.storage.retention import Retention, load_retention, prune, save_retention


def cmd_encrypt(args: argparse.Namespace) -> int:
    path = Path(args.db) if args.db else default_store_path()
    result = encrypt_store(path, terminal_passphrase, keep_backup=args.keep_plain_backup)
    where = (
        "the system keyring"
        if result.source == "keyring"
        else "the passphrase (asked at every start; it cannot be recovered)"
    )
    print(f"{path} is now encrypted; its key comes from {where}.")
    print(f"Keep {path.name}.keyinfo beside it (no secret, but the store needs it).")
    if result.backup is not None:
        print(f"The plain copy was kept as {result.backup}: delete it once you have checked.")
    for copy in result.encrypted_copies:
        print(f"The automatic copy {copy.name} was encrypted too.")
    for copy in result.plain_copies:
        print(f"Warning: {copy} is an older automatic copy that could not be encrypted and "
              "is NOT encrypted; delete it if you do not need it.")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    """The recorded versions of an activity or a questionnaire response."""
    from focalpoint.cli import UsageError, open_store

    with open_store(args) as store:
        versions = store.activities.versions(args.id) or store.responses.versions(args.id)
        if not versions and not _exists(store, args.id):
            raise UsageError(f"no activity or questionnaire response with id {args.id}")
        if args.json:
            print_json([dataclasses.asdict(v) for v in versions])
            return 0
        if not versions:
            print(f"no recorded versions for {args.id}")
        for version in versions:
            print(f"#{version.id}  {version.at}  {version.op:8}  {version.who} on "
                  f"{version.device}")
            for field, (old, new) in version.changes.items():
                print(f"    {field}: {_short(old)} -> {_short(new)}")
    return 0


def _exists(store: Any, entity_id: str) -> bool:
    """Whether the id names an activity or a response (one recorded before history began)."""
    for repository in (store.activities, store.responses):
        try:
            repository.get(entity_id)
        except NotFound:
            continue
        return True
    return False


def _short(value: Any, width: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_retention(args: argparse.Namespace) -> int:
    """Show or set how long acknowledged changes and how many versions are kept."""
    from focalpoint.cli import open_store

    with open_store(args) as store:
        current = load_retention(store.db)
        if args.synced_days is not None or args.versions is not None:
            current = Retention(
                current.synced_days if args.synced_days is None else args.synced_days,
                current.versions_per_entity if args.versions is None else args.versions,
            )
            save_retention(store.db, current)
            pruned = prune(store.db)
            print(f"pruned {pruned.changes} acknowledged change(s), {pruned.batches} "
                  f"batch(es), {pruned.versions} old version(s)")
        print(f"acknowledged changes are kept {current.synced_days} day(s); "
              f"{current.versions_per_entity} version(s) per activity or response")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser(
        "encrypt",
        help="encrypt an older plain store in place (a copy is kept until the new file is "
        "checked)",
    )
    p.add_argument(
        "--keep-plain-backup",
        action="store_true",
        help="keep the plain (unencrypted) copy taken before converting",
    )
    p.set_defaults(handler=cmd_encrypt)

    p = sub.add_parser("history", help="the recorded versions of an activity or a response")
    p.add_argument("id")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser(
        "retention",
        help="show or set how long acknowledged changes and how many versions are kept",
    )
    p.add_argument("--synced-days", type=int, metavar="N",
                   help="days an acknowledged change and its batch are kept (default 30)")
    p.add_argument("--versions", type=int, metavar="N",
                   help="versions kept per activity or response (default 1000)")
    p.set_defaults(handler=cmd_retention)
