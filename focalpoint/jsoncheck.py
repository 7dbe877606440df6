"""Parsing JSON from outside (an import file, a request body) into data that is safe to keep.

``json.loads`` accepts things no FocalPoint data ever contains and that break later, far
from the input: a lone UTF-16 surrogate (``"\\ud800"``) cannot be encoded as UTF-8, so it
fails when hashed or stored; a NUL character truncates text in other tools; nesting a few
hundred levels deep passes the parser but exceeds pydantic's and ``json.dumps``' recursion
limits (and ``json.loads`` itself raises ``RecursionError`` at about a thousand). So input
is parsed here, once, and refused with a message naming the first offending place (as a
path like ``changes[0].payload.title``) before anything else sees it.

The walk is iterative, so checking a deeply nested document cannot itself overflow.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: Deeper than any FocalPoint document (a submitted questionnaire snapshot inside a batch
#: is about 8 levels), shallow enough that validation and serialisation never recurse far.
MAX_DEPTH = 64

_FORBIDDEN = re.compile("[\x00\ud800-\udfff]")


class JsonInputError(ValueError):
    """The text is not JSON FocalPoint can keep; the message names the place and the reason."""

    def __init__(self, message: str, path: str = "", *, kind: str = "text") -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.reason = message
        #: ``text`` (a string that cannot be kept), ``depth``, ``syntax`` or ``encoding``.
        self.kind = kind


def _path(parent: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{parent}[{key}]"
    return f"{parent}.{key}" if parent else key


def _string_problem(text: str) -> str:
    found = _FORBIDDEN.search(text)
    if found is None:
        return ""
    if found.group() == "\x00":
        return "contains a NUL character (U+0000), which text here may not contain"
    return (f"contains a lone surrogate (U+{ord(found.group()):04X}), which is not a "
            "character and cannot be stored as UTF-8")


def check_value(value: Any, *, max_depth: int = MAX_DEPTH, root: str = "") -> None:
    """Raise :class:`JsonInputError` for the first string or key that cannot be kept, or
    for nesting deeper than ``max_depth``; return quietly for anything else."""
    stack: list[tuple[Any, str, int]] = [(value, root, 1)]
    while stack:
        item, path, depth = stack.pop()
        if isinstance(item, str):
            problem = _string_problem(item)
            if problem:
                raise JsonInputError(problem, path)
            continue
        if not isinstance(item, (dict, list)):
            continue
        if depth > max_depth:
            raise JsonInputError(f"is nested more than {max_depth} levels deep", path,
                                 kind="depth")
        if isinstance(item, dict):
            children: list[tuple[Any, str, int]] = []
            for key, child in item.items():
                child_path = _path(path, key)
                problem = _string_problem(key)
                if problem:
                    raise JsonInputError(f"a key {problem}", path or "(top level)")
                children.append((child, child_path, depth + 1))
            stack.extend(reversed(children))
        else:
            stack.extend((child, _path(path, i), depth + 1)
                         for i, child in reversed(list(enumerate(item))))


def loads(text: str | bytes, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse ``text`` (bytes must be UTF-8) and :func:`check_value` the result.

    Raises :class:`JsonInputError` for anything that is not UTF-8 JSON FocalPoint can keep
    (``json.loads`` alone would also accept UTF-16 and UTF-32 bytes).
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise JsonInputError(f"is not UTF-8 text ({error.reason} at byte "
                                 f"{error.start}); JSON must be sent as UTF-8",
                                 kind="encoding") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        # json's own message may end in " at" already ("Invalid control character at").
        reason = error.msg.removesuffix(" at")
        raise JsonInputError(f"is not valid JSON ({reason} at line {error.lineno}, "
                             f"column {error.colno})", kind="syntax") from None
    except RecursionError:
        raise JsonInputError(f"is nested more than {max_depth} levels deep",
                             kind="depth") from None
    check_value(value, max_depth=max_depth)
    return value
