"""The demo mission: real activity examples from the 2006 OSCE report, in one store.

Used by ``focalpoint demo``, the screenshots, the benchmarks and many tests, so that what
people look at is the kind of data a focal point really keeps.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from focalpoint.resources import RESOURCES_DIR
from focalpoint.storage import Store

DEMO_FILE = RESOURCES_DIR / "demo" / "demo_mission.json"


@cache
def demo_document() -> dict[str, Any]:
    with DEMO_FILE.open(encoding="utf-8") as handle:
        document: dict[str, Any] = json.load(handle)
    return document


def load_demo(store: Store) -> int:
    """Fill ``store`` with the demo mission; returns the number of activities written."""
    document = demo_document()
    store.mission.save(document["mission"])
    activities = store.activities.save_many(document["activities"])
    store.responses.save_draft(document["questionnaire"])
    return len(activities)
