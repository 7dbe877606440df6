"""Files of the store that only their owner may read: created 0600 whatever the umask.

The store holds a mission's activity data (partners, victims' support projects), and its
key file says how its key is obtained. SQLite creates a new database file with mode 0644
(less the umask), and gives a ``-wal``/``-shm`` file the mode of its database file; so a
database file that exists, empty, with mode 0600 before SQLite opens it makes the whole
family private. ``fchmod`` after ``open`` makes the mode independent of the umask (which
can only take bits away, and some desktop sessions set 0000 or 0002).
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

PRIVATE_MODE = 0o600
#: The files SQLite and the key file keep beside a store, by suffix of its name.
FAMILY_SUFFIXES = ("", "-wal", "-shm", "-journal", ".keyinfo")

log = logging.getLogger(__name__)


def _private_handle(path: Path, flags: int) -> int:
    handle = os.open(path, flags | os.O_WRONLY, PRIVATE_MODE)
    if hasattr(os, "fchmod"):  # not on Windows, where the user's profile folder is private
        os.fchmod(handle, PRIVATE_MODE)
    return handle


def create_private(path: Path | str) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist (SQLite then fills it).
    An existing store is made private with its -wal/-shm/key file (:func:`tighten`): one
    written by an older FocalPoint, or copied in, may be readable by every user.
    SQLite's special names (``:memory:``, ``file:`` URIs) are left alone."""
    name = str(path)
    if name == ":memory:" or name.startswith("file:") or not name:
        return
    try:
        handle = _private_handle(Path(name), os.O_CREAT | os.O_EXCL)
    except FileExistsError:
        tighten(Path(name))
        return
    os.close(handle)


def tighten(path: Path) -> list[Path]:
    """Take group and other permissions off the store ``path`` and the files beside it that
    belong to it; the ones changed. A file this user cannot change (another owner, a
    read-only medium) is left as it is and logged: opening the store must not fail for it."""
    changed = []
    for suffix in FAMILY_SUFFIXES:
        member = path.with_name(path.name + suffix)
        try:
            mode = member.stat().st_mode
            if not stat.S_ISREG(mode) or not mode & 0o077:
                continue
            member.chmod(stat.S_IMODE(mode) & 0o700)
        except FileNotFoundError:
            continue
        except OSError as error:
            log.warning("could not make %s private: %s", member, error)
            continue
        log.info("made %s readable by its owner only (it was %o)", member, stat.S_IMODE(mode))
        changed.append(member)
    return changed


def write_private_text(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path``, which is created or truncated with mode 0600."""
    handle = _private_handle(path, os.O_CREAT | os.O_TRUNC)
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(text)
