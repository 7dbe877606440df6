"""Every ``focalpoint`` command is documented in the README's command table (a command
nobody can find is a command nobody uses; as sqlite-utils tests its own CLI docs)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from focalpoint.cli import build_parser

README = Path(__file__).resolve().parent.parent / "README.md"


def _commands() -> list[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return sorted(action.choices)
    raise AssertionError("focalpoint has no sub-commands")


def test_every_command_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [name for name in _commands()
               if not re.search(rf"`focalpoint {re.escape(name)}\b|/ `{re.escape(name)}\b", text)]
    assert missing == [], f"commands missing from README.md: {', '.join(missing)}"
