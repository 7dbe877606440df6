"""Output helpers shared by the ``focalpoint`` and ``focalpoint-secretariat`` commands."""

from __future__ import annotations

import json
import os
import sys
from typing import Any


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def reader_went_away() -> int:
    """Handle ``BrokenPipeError`` (``command --json | head``): not an error, exit 0.

    Points stdout at devnull so the interpreter's final flush does not complain either.
    """
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
