"""``focalpoint recovery-key show|enter``: the store's key on paper, and back.

``show`` prints the recovery key of a store whose key is in the keyring, only on a terminal
unless ``--yes`` (the code opens the store and every backup of it: it must not land in a
log or a file by accident). ``enter`` reads a recovery key from standard input and puts
the key in this computer's keyring for the store or backup given by ``--db``, after
checking that it opens that file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from focalpoint.paths import default_store_path
from focalpoint.storage.encryption import is_plain_file, read_keyinfo
from focalpoint.storage.recovery_key import (
    GROUP_CHARS,
    GROUPS,
    PREFIX,
    enter_code,
    lines,
    recovery_code,
)

WARNING = (
    "This recovery key opens the store {name} and every backup of it, on any computer. "
    "Write it down or print it, and keep it apart from this laptop (not in a file on it)."
)
PASSPHRASE_NOTE = (
    "{name} is encrypted with a passphrase, not a key kept in the keyring: the passphrase "
    "is its recovery key, and there is nothing else to write down. Keep the passphrase "
    "safe: without it the store and its backups cannot be opened."
)


def _path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_store_path()


def _characters(code: str) -> int:
    """How many characters of groups ``code`` holds so far (without the prefix)."""
    text = "".join(code.upper().replace("-", " ").split())
    return len(text[len(PREFIX):] if text.startswith(PREFIX) else text)


def cmd_show(args: argparse.Namespace) -> int:
    from focalpoint.cli import UsageError, open_store

    path = _path(args)
    if path.is_file() and not is_plain_file(path) and read_keyinfo(path).source == "passphrase":
        print(PASSPHRASE_NOTE.format(name=path.name), file=sys.stderr)
        return 1
    if not args.yes and not sys.stdout.isatty():
        raise UsageError(
            "the recovery key is printed only on a terminal, since it opens the store and "
            "its backups; add --yes to send it into a pipe or a file on purpose"
        )
    with open_store(args) as store:
        code = recovery_code(path, store.key)
    print(WARNING.format(name=path.name), file=sys.stderr)
    print("\n".join(lines(code)))
    return 0


def cmd_enter(args: argparse.Namespace) -> int:
    path = _path(args)
    if sys.stdin.isatty():
        print(f"Type the recovery key of {path.name} (FP1-…), then Enter:", file=sys.stderr)
        code = ""
        while _characters(code) < GROUPS * GROUP_CHARS:  # it may be typed over two lines
            line = sys.stdin.readline()
            if not line.strip():
                break
            code += " " + line.strip()
    else:
        code = sys.stdin.read()
    entered = enter_code(path, code)
    if entered.outcome == "present":
        print(f"This computer's keyring already holds the key of {path.name}; nothing changed.")
    else:
        print(f"The key of {path.name} is now in this computer's keyring: FocalPoint opens "
              "it here (and every backup of it).")
    return 0


def register(sub: Any) -> None:
    group = sub.add_parser(
        "recovery-key",
        help="show the store's recovery key (to write down), or enter one on a new computer",
        description="The recovery key is the store's encryption key as a code to write "
        "down. Shown on the computer whose keyring holds the key, entered on a new computer "
        "it lets that one open the store and its backups. A store encrypted with a "
        "passphrase has no recovery key: its passphrase is one.",
    )
    group.set_defaults(handler=lambda _args: _usage(group))
    actions = group.add_subparsers(title="recovery key commands", metavar="ACTION")
    p = actions.add_parser("show", help="print the recovery key of the store (--db)")
    p.add_argument("--yes", action="store_true",
                   help="print it even when standard output is not a terminal")
    p.set_defaults(handler=cmd_show)
    p = actions.add_parser(
        "enter",
        help="read a recovery key from standard input and keep the key in this computer's "
        "keyring for the store or backup --db (checked to open it first)",
    )
    p.set_defaults(handler=cmd_enter)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2
