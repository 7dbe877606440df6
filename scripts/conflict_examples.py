"""Example conflicts for the screenshots: the clashes a second computer of the demo mission
could cause, received as a sync's feed page brings them (``ConflictInfo`` as JSON).

Used by ``screenshots.py`` and ``guide_screenshots.py`` so both show the same situation.
"""

from __future__ import annotations

from typing import Any

OTHER_DEVICE = "0b7c3a0e-5f7e-4a53-9d43-3c1d8d1e2f10"


def add_example_conflicts(store: Any) -> None:
    """Two activities changed on this and another computer, one deleted elsewhere."""
    from focalpoint.domain import new_id
    from focalpoint.sync.protocol import ConflictInfo

    me = store.meta.device_id()
    first, second, third = store.activities.ids()[4:7]
    one = store.activities.get(first).model_dump(mode="json")
    store.activities.save({**one, "title": one["title"] + " (Pristina)",
                           "partners": [*one["partners"], "UNHCR"]})
    two = store.activities.get(second).model_dump(mode="json")
    store.activities.save({**two, "status": "completed"})
    items = [
        (first, "fields", "", [
            {"field": "title", "base": one["title"], "current": one["title"] + " (Prizren)",
             "current_device_id": OTHER_DEVICE, "incoming": one["title"] + " (Pristina)",
             "incoming_device_id": me},
            {"field": "partners", "base": one["partners"],
             "current": [*one["partners"], "IOM"], "current_device_id": OTHER_DEVICE,
             "incoming": [*one["partners"], "UNHCR"], "incoming_device_id": me}]),
        (second, "fields", "", [
            {"field": "status", "base": two["status"], "current": "cancelled",
             "current_device_id": OTHER_DEVICE, "incoming": "completed",
             "incoming_device_id": me}]),
        (third, "delete", OTHER_DEVICE, []),
    ]
    with store.db.atomic():
        for minute, (entity_id, kind, deleted_by, values) in enumerate(items):
            store.conflicts.upsert_from_feed(ConflictInfo.model_validate({
                "id": new_id(), "kind": kind, "entity_type": "activity",
                "entity_id": entity_id, "opened_at": f"2026-11-30T09:{minute:02d}:00Z",
                "opened_version": 3, "values": values, "deleted_by_device_id": deleted_by,
                "status": "open"}).model_dump(mode="json"))
