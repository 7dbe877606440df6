"""The Secretariat's store: SQLAlchemy Core over SQLite (default) or PostgreSQL, Alembic schema.

Kept apart from the client store on purpose (another database, another schema): the service
holds the data of every mission, keyed by mission code, while a client store holds one.

Layout, one job per module (another area adds its own module and Alembic revision):

- ``tables``: the tables (Core ``MetaData``) at the newest revision;
- ``migrations/``: the Alembic revisions, run in code by ``schema``;
- ``engine``: engines with each database's settings (durability, locking);
- ``service``: :class:`ServiceStore`, the object a process opens;
- ``catalogues``, ``missions``, ``feedback``, ``export``, ``ingest_queries``: the queries.

A batch applies at most once because its ``(mission_code, batch_id)`` PRIMARY KEY is
inserted in the same transaction as its changes, whatever the timing of two posts of it.
"""

from focalpoint.secretariat.store.clock import utc_now
from focalpoint.secretariat.store.errors import ServiceStoreError
from focalpoint.secretariat.store.missions import MissionRow
from focalpoint.secretariat.store.service import ServiceStore, default_service_db

__all__ = ["MissionRow", "ServiceStore", "ServiceStoreError", "default_service_db", "utc_now"]
