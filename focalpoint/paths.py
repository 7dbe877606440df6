"""Where FocalPoint keeps its files on this machine.

Everything lives in the per-user data directory (platformdirs), which can be moved with
the ``FOCALPOINT_DATA_DIR`` environment variable (used by tests, screenshots and people
who keep their store on an encrypted volume).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "FocalPoint"
APP_AUTHOR = "OSCE"


def data_dir() -> Path:
    override = os.environ.get("FOCALPOINT_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_store_path() -> Path:
    return data_dir() / "focalpoint.db"


def log_dir() -> Path:
    return data_dir() / "logs"


def backup_dir() -> Path:
    return data_dir() / "backups"


def shown_path(path: Path | str) -> str:
    """``path`` as the dialogs show it: under the home folder as ``~/…`` (POSIX), so the
    text is short, the same on every computer and names no user; elsewhere as it is."""
    text = str(path)
    if os.name != "posix":
        return text
    home = str(Path.home())
    if home not in ("", "/") and (text == home or text.startswith(home + "/")):
        return "~" + text[len(home):]
    return text
