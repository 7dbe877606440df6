"""Published Action Plan catalogue versions: seeded with the bundled one, never changed."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from focalpoint.catalogue import Catalogue
from focalpoint.secretariat.store.clock import utc_now
from focalpoint.secretariat.store.sql import insert_ignore
from focalpoint.secretariat.store.tables import catalogue_versions


def add_version(connection: Connection, catalogue: Catalogue) -> bool:
    """Publish ``catalogue`` after the others; False if that version exists already.

    Run inside a write transaction: the next position is read and used in it (on
    PostgreSQL a concurrent publisher of another version gets the unique violation on
    ``position`` and its transaction fails instead of sharing the place).
    """
    position = connection.execute(
        select(func.coalesce(func.max(catalogue_versions.c.position), 0) + 1)).scalar_one()
    return insert_ignore(connection, catalogue_versions, {
        "version": catalogue.version, "published_at": utc_now(),
        "data": catalogue.to_json(), "position": position}, keys=["version"]) == 1


def version_json(connection: Connection, version: str) -> str | None:
    return connection.execute(select(catalogue_versions.c.data)
                              .where(catalogue_versions.c.version == version)).scalar()


def versions(connection: Connection) -> list[tuple[str, str, str]]:
    """(version, published_at, json) in publication order."""
    rows = connection.execute(
        select(catalogue_versions.c.version, catalogue_versions.c.published_at,
               catalogue_versions.c.data).order_by(catalogue_versions.c.position))
    return [(row[0], row[1], row[2]) for row in rows]


def latest_version(connection: Connection) -> str | None:
    return connection.execute(select(catalogue_versions.c.version)
                              .order_by(catalogue_versions.c.position.desc()).limit(1)).scalar()
