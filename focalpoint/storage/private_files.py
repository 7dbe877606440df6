"""Files of the store that only their owner may read: created 0600 whatever the umask.

The store holds a mission's activity data (partners, victims' support projects), and its
key file says how its key is obtained. SQLite creates a new database file with mode 0644
(less the umask), and gives a ``-wal``/``-shm`` file the mode of its database file; so a
database file that exists, empty, with mode 0600 before SQLite opens it makes the whole
family private. ``fchmod`` after ``open`` makes the mode independent of the umask (which
can only take bits away, and some desktop sessions set 0000 or 0002).
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_MODE = 0o600


def _private_handle(path: Path, flags: int) -> int:
    handle = os.open(path, flags | os.O_WRONLY, PRIVATE_MODE)
    if hasattr(os, "fchmod"):  # not on Windows, where the user's profile folder is private
        os.fchmod(handle, PRIVATE_MODE)
    return handle


def create_private(path: Path | str) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist (SQLite then fills it);
    an existing file and SQLite's special names (``:memory:``, ``file:`` URIs) are left."""
    name = str(path)
    if name == ":memory:" or name.startswith("file:") or not name:
        return
    try:
        handle = _private_handle(Path(name), os.O_CREAT | os.O_EXCL)
    except FileExistsError:
        return
    os.close(handle)


def write_private_text(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path``, which is created or truncated with mode 0600."""
    handle = _private_handle(path, os.O_CREAT | os.O_TRUNC)
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(text)
