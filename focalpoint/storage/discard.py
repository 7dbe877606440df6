"""Deleting a store file that was never completed (a failed creation, conversion or
restore), with its key: the one way to do it, in the one safe order.

Why one helper: three places did this by hand, each with its own list of files (one forgot
the rollback ``-journal``) and with the key forgotten first. A kill between the two steps
then left a ``.restoring`` database without its key, which the next restore took for an
unfinished one to resume, and failed to open. Here the database files go first, then the
key file and its keyring entry: whatever step a kill interrupts, what is left is at worst a
key file without a database, which the next creation simply replaces (``create_key``
writes a new key file), never a database nobody can open.
"""

from __future__ import annotations

from pathlib import Path

from focalpoint.storage.encryption import KEYINFO_SUFFIX, forget_key
from focalpoint.storage.private_files import FAMILY_SUFFIXES

#: The database's own files (SQLite's), without its key file.
DATABASE_SUFFIXES = tuple(suffix for suffix in FAMILY_SUFFIXES if suffix != KEYINFO_SUFFIX)


def discard_unfinished(path: Path) -> None:
    """Delete the never-completed store ``path``: its database files, then its key (key
    file and keyring entry). Only for a store nobody uses: never call it on a real store."""
    for suffix in DATABASE_SUFFIXES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    forget_key(path)
