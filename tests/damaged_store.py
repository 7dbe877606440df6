"""A store damaged where opening it does not look: only the integrity check finds it.

Used by the tests of the integrity check that runs after the window is shown: the damage
is in the ``versions`` table (the history of edits), which opening the store, reading its
mission and listing its activities never read.
"""

from __future__ import annotations

from pathlib import Path

from focalpoint.storage import Store

PAGE = 4096


def damaged_deep_inside(path: Path, activities: int = 30) -> bytes:
    """Create a store at ``path`` with ``activities`` activities and a healthy backup, then
    overwrite part of the first page of its ``versions`` table; returns the damaged bytes."""
    with Store.open(path) as store:
        store.mission.save({"code": "DEMO", "name": "Demo"})
        for number in range(activities):
            store.activities.save({"title": f"Training {number}", "activity_type": "training",
                                   "description": "x" * 300, "task_codes": ["III.10.2"]})
        store.backup(path.with_name(f"{path.stem}.v1-20260101T000000Z.backup.db"))
        page = int(store.db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'versions'").fetchone()[0])
    data = bytearray(path.read_bytes())
    start = (page - 1) * PAGE
    data[start + 1000:start + 3000] = b"\xff" * 2000
    path.write_bytes(bytes(data))
    return bytes(data)
