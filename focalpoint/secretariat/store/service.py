"""The service store: one object per process over SQLite (a file) or PostgreSQL (a URL).

Every request or command takes a connection from it: :meth:`ServiceStore.read` for reads,
:meth:`ServiceStore.write` for a transaction that writes (committed when the block ends,
rolled back on any exception; on SQLite it holds the write lock from its first statement,
so concurrent writers queue instead of failing halfway). The queries themselves live in the
modules next to this one, each taking the connection.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError

from focalpoint.catalogue import Catalogue, CatalogueError, load_catalogue
from focalpoint.domain import MissionProfile
from focalpoint.exchange import FORMAT, VERSION
from focalpoint.paths import data_dir
from focalpoint.secretariat.auth import IssuedToken, new_token
from focalpoint.secretariat.store import catalogues, export, feedback, missions, schema, search
from focalpoint.secretariat.store.clock import utc_now
from focalpoint.secretariat.store.engine import (
    describe,
    postgresql_engine,
    sqlite_engine,
    write_options,
)
from focalpoint.secretariat.store.errors import ServiceStoreError
from focalpoint.secretariat.store.missions import MissionRow
from focalpoint.secretariat.store.search import ActivityFilters, ActivityPage
from focalpoint.validation import InvalidRecord, parse


def default_service_db() -> Path:
    """``$FOCALPOINT_SECRETARIAT_DB``, else ``secretariat.db`` in the per-user data folder."""
    override = os.environ.get("FOCALPOINT_SECRETARIAT_DB")
    return Path(override).expanduser() if override else data_dir() / "secretariat.db"


class ServiceStore:
    """The service's database; hands out a connection per request or command."""

    def __init__(self, engine: Engine, *, path: Path | None = None, url: URL | None = None
                 ) -> None:
        self.engine = engine
        self.path = path
        self.url = url
        self.backup: Path | None = None
        self._catalogues: dict[str, Catalogue] = {}

    @property
    def location(self) -> str:
        """Where the data is, as it may be shown (a URL never with its password)."""
        return describe(self.url) if self.url is not None else str(self.path)

    @property
    def engine_name(self) -> str:
        return self.engine.dialect.name

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True) -> ServiceStore:
        """Open the SQLite file (creating and migrating if needed); seed the catalogue."""
        path = Path(path)
        if path.is_dir():
            raise ServiceStoreError(f"{path} is a folder, not a Secretariat store")
        if not path.exists():
            if not create:
                raise ServiceStoreError(
                    f"there is no Secretariat store at {path}; create one with "
                    f"'focalpoint-secretariat add-mission CODE NAME --db {path}'"
                )
            path.parent.mkdir(parents=True, exist_ok=True)
        store = cls(sqlite_engine(path), path=path)
        try:
            with store.engine.connect() as connection:
                check = connection.exec_driver_sql("PRAGMA quick_check").scalar()
                if check != "ok":
                    raise ServiceStoreError(f"{path}: the integrity check failed")
            store._prepare()
        except DBAPIError as error:
            store.close()
            raise ServiceStoreError(
                f"{path}: not a usable SQLite database ({error.orig})") from None
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open_url(cls, url: URL, *, pool_size: int = 5) -> ServiceStore:
        """Open a PostgreSQL database (it must exist; its tables are created if needed)."""
        store = cls(postgresql_engine(url, pool_size=pool_size), url=url)
        try:
            store._prepare()
        except DBAPIError as error:  # cannot connect, wrong password, no right to create
            store.close()
            raise ServiceStoreError(
                f"cannot use the database {store.location}: {first_line(error)}") from None
        except BaseException:
            store.close()
            raise
        return store

    def _prepare(self) -> None:
        self.backup = schema.upgrade(self.engine, where=self.location, sqlite_path=self.path)
        self._seed_catalogue()

    def close(self) -> None:
        self.engine.dispose()

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reads (its transaction is rolled back at the end)."""
        with self.engine.connect() as connection:
            yield connection

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """A connection in a write transaction, committed when the block ends normally."""
        with self.engine.connect().execution_options(**write_options()) as connection, \
                connection.begin():
            yield connection

    # --- catalogue ---------------------------------------------------------------------

    def _seed_catalogue(self) -> None:
        bundled = load_catalogue()
        with self.read() as connection:
            if catalogues.version_json(connection, bundled.version) is not None:
                return
        with self.write() as connection:
            if connection.dialect.name == "postgresql":
                schema.lock_schema(connection)
            catalogues.add_version(connection, bundled)

    def publish_catalogue(self, catalogue: Catalogue) -> bool:
        """Add a catalogue version; False if that version was already published."""
        with self.write() as connection:
            if connection.dialect.name == "postgresql":
                schema.lock_schema(connection)
            return catalogues.add_version(connection, catalogue)

    def catalogue(self, connection: Connection, version: str) -> Catalogue | None:
        """A published catalogue version (parsed once: published versions never change)."""
        if version in self._catalogues:
            return self._catalogues[version]
        data = catalogues.version_json(connection, version)
        if data is None:
            return None
        try:
            catalogue = Catalogue.from_json(data, source=f"catalogue version {version}")
        except CatalogueError:
            return None
        self._catalogues[version] = catalogue
        return catalogue

    @staticmethod
    def catalogue_versions(connection: Connection) -> list[tuple[str, str, str]]:
        """(version, published_at, json) oldest first."""
        return catalogues.versions(connection)

    def latest_catalogue(self, connection: Connection) -> Catalogue:
        latest_version = catalogues.latest_version(connection)
        latest = self.catalogue(connection, latest_version) if latest_version else None
        return latest or load_catalogue()

    # --- missions and tokens -----------------------------------------------------------

    def add_mission(self, code: str, name: str) -> IssuedToken:
        """Create a mission and its first token (returned once, stored only as a hash)."""
        try:
            profile = parse(MissionProfile, {"code": code, "name": name})
        except InvalidRecord as error:
            raise ServiceStoreError(str(error)) from None
        issued = new_token()
        with self.write() as connection:
            if missions.exists(connection, profile.code):
                raise ServiceStoreError(
                    f"mission {profile.code} exists already; use 'issue-token {profile.code}' "
                    "for a new token"
                )
            missions.insert(connection, profile.code, profile.name)
            missions.insert_token(connection, profile.code, issued)
        return issued

    def issue_token(self, code: str) -> IssuedToken:
        issued = new_token()
        with self.write() as connection:
            missions.require(connection, code.upper())
            missions.insert_token(connection, code.upper(), issued)
        return issued

    def revoke_tokens(self, code: str) -> int:
        """Revoke every active token of the mission; returns how many."""
        with self.write() as connection:
            missions.require(connection, code.upper())
            return missions.revoke_tokens(connection, code.upper())

    def set_halt(self, code: str, message: str) -> None:
        """Tell the mission's clients to stop syncing (empty message: resume)."""
        with self.write() as connection:
            missions.require(connection, code.upper())
            missions.set_halt(connection, code.upper(), message.strip())

    def add_feedback(self, code: str, message: str, author: str = "",
                     entity_type: str = "", entity_id: str = "") -> int:
        message = message.strip()
        if not message:
            raise ServiceStoreError("the feedback message is empty")
        with self.write() as connection:
            missions.require(connection, code.upper())
            return feedback.add(connection, code.upper(), message, author, entity_type,
                                entity_id)

    def missions(self) -> list[MissionRow]:
        with self.read() as connection:
            return missions.listing(connection)

    # --- search ------------------------------------------------------------------------

    def search_activities(self, mission: str | None, text: str = "",
                          filters: ActivityFilters | None = None, page: int = 1,
                          page_size: int = 50) -> ActivityPage:
        """Full-text search with filters over one mission (or all: None); see ``search``."""
        with self.read() as connection:
            return search.search_activities(connection, mission, text, filters, page,
                                            page_size)

    # --- export ------------------------------------------------------------------------

    def export_document(self, code: str) -> dict[str, Any]:
        """The mission's data as received, in the ``focalpoint export`` format.

        Activities come in the client's export order (start date, then id; undated last)
        with task codes in catalogue order, so the two documents compare equal. Responses
        are added under ``responses`` (the client's file format ignores unknown keys).
        """
        code = code.upper()
        with self.read() as connection:
            missions.require(connection, code)
            mission_code, name, profile_json = missions.profile_row(connection, code)
            catalogue = self.latest_catalogue(connection)
            order = {c: i for i, c in enumerate(catalogue.task_codes())}
            activities = export.activity_documents(connection, code)
            for activity in activities:
                activity["task_codes"] = sorted(activity["task_codes"],
                                                key=lambda c: order.get(c, len(order)))
            responses = export.response_documents(connection, code)
        profile = json.loads(profile_json) if profile_json else {"code": mission_code,
                                                                  "name": name}
        return {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": utc_now(),
            "mission": profile,
            "activities": activities,
            "responses": responses,
        }


def first_line(error: Exception) -> str:
    """The database's own message, first line only (never a URL or a password)."""
    orig = getattr(error, "orig", None) or error
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__

