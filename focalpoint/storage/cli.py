"""``focalpoint encrypt``: convert an older plain store into an encrypted one."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from focalpoint.passphrase import terminal_passphrase
from focalpoint.paths import default_store_path
from focalpoint.storage.conversion import encrypt_store


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
