"""What of an activity full-text search looks at, the same for both engines and the desktop.

The desktop indexes title, description, partners, locations and outcome (FTS5,
``unicode61 remove_diacritics 2``); the service indexes the same fields. The text is
case-folded here in Python, so case never depends on the database's locale (a PostgreSQL
database created with ``LC_CTYPE=C`` does not lower-case Cyrillic); accents are removed
by the engine (``remove_diacritics`` / ``unaccent``).
"""

from __future__ import annotations

import json
import re
from typing import Any

FIELDS = ("title", "description", "partners", "locations", "outcome")
_WORD = re.compile(r"\w+", re.UNICODE)


def search_text(activity: dict[str, Any]) -> str:
    parts: list[str] = []
    for name in FIELDS:
        value = activity.get(name)
        if isinstance(value, list):
            parts.extend(str(v) for v in value)
        elif value:
            parts.append(str(value))
    return "\n".join(parts).casefold()


def words(text: str) -> list[str]:
    """The words a person typed, case-folded; punctuation and operators are dropped, so
    no input can make a query syntax error."""
    return _WORD.findall(text.casefold())


def columns_of(activity: dict[str, Any]) -> dict[str, Any]:
    """The plain columns search filters on, taken from the activity document."""
    return {"status": str(activity.get("status") or ""),
            "activity_type": str(activity.get("activity_type") or ""),
            "forms": json.dumps(sorted(activity.get("forms") or [])),
            "search_text": search_text(activity)}
