"""The mission profile (one per store) and the store's own settings in ``meta``."""

from __future__ import annotations

import sqlite_utils

from focalpoint.catalogue import Catalogue
from focalpoint.domain import MissionProfile, new_id
from focalpoint.storage.database import utc_now
from focalpoint.storage.outbox import record_change
from focalpoint.validation import parse


class MissionRepository:
    def __init__(self, db: sqlite_utils.Database, catalogue: Catalogue) -> None:
        self.db = db
        self.catalogue = catalogue

    def get(self) -> MissionProfile | None:
        rows = list(
            self.db.query(
                "SELECT code, name, focal_point_name, focal_point_post, is_field_operation "
                "FROM mission LIMIT 1"
            )
        )
        if not rows:
            return None
        row = rows[0]
        row["is_field_operation"] = bool(row["is_field_operation"])
        return MissionProfile.model_validate(row)

    def save(self, data: MissionProfile | dict[str, object]) -> MissionProfile:
        profile = parse(MissionProfile, data)
        with self.db.atomic():
            row = self.db.execute("SELECT id FROM mission LIMIT 1").fetchone()
            mission_id = row[0] if row else new_id()
            values = profile.model_dump()
            values.update(
                id=mission_id,
                updated_at=utc_now(),
                is_field_operation=int(profile.is_field_operation),
            )
            self.db.execute(
                "INSERT OR REPLACE INTO mission (id, code, name, focal_point_name, "
                "focal_point_post, is_field_operation, updated_at) VALUES (:id, :code, :name, "
                ":focal_point_name, :focal_point_post, :is_field_operation, :updated_at)",
                values,
            )
            record_change(
                self.db,
                "mission",
                mission_id,
                "upsert",
                profile.model_dump(mode="json"),
                self.catalogue.version,
            )
        return profile

    def apply_remote(self, mission_id: str, payload: dict[str, object]) -> None:
        """Take the mission profile as the service holds it (no outbox row). A store has
        one profile: the service's entity id replaces a locally made one, so the next local
        edit is a change of the same entity. Caller holds the transaction."""
        profile = parse(MissionProfile, payload)
        values = profile.model_dump()
        values.update(id=mission_id, updated_at=utc_now(),
                      is_field_operation=int(profile.is_field_operation))
        self.db.execute("DELETE FROM mission WHERE id != ?", [mission_id])
        self.db.execute(
            "INSERT OR REPLACE INTO mission (id, code, name, focal_point_name, "
            "focal_point_post, is_field_operation, updated_at) VALUES (:id, :code, :name, "
            ":focal_point_name, :focal_point_post, :is_field_operation, :updated_at)",
            values,
        )

    def entity_id(self) -> str | None:
        row = self.db.execute("SELECT id FROM mission LIMIT 1").fetchone()
        return str(row[0]) if row else None


class Meta:
    """Small key/value settings that belong to the store itself (device id, versions)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def device_id(self) -> str:
        """This store's identity towards the Secretariat, created once.

        Read without a transaction when it exists (nearly always): a write lock taken
        just to read it would wait behind every writer, and for the start-up integrity
        check (see ``focalpoint.storage.integrity``).
        """
        value = self.get("device_id")
        if value is not None:
            return value
        with self.db.atomic():
            value = self.get("device_id")
            if value is None:
                value = new_id()
                self.set("device_id", value)
        return value
