"""``copy-to``: move a whole service store into another database (SQLite into PostgreSQL).

All or nothing: every row of every table is inserted in ONE transaction on the target,
the row counts of source and target are compared table by table inside it, and only then
is it committed. A target that already holds missions or batches is refused (copying is
for moving, never for merging). Rows are read and written in chunks, so a large store is
not held in memory at once.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, delete, func, select, text

from focalpoint.secretariat.store.errors import ServiceStoreError
from focalpoint.secretariat.store.schema import lock_schema
from focalpoint.secretariat.store.service import ServiceStore
from focalpoint.secretariat.store.tables import catalogue_versions, metadata

CHUNK = 1000
Progress = Callable[[str, int], None]


def _count(connection: Connection, table_name: str) -> int:
    table = metadata.tables[table_name]
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def copy_store(source: ServiceStore, target: ServiceStore,
               progress: Progress | None = None) -> dict[str, int]:
    """Copy everything from ``source`` into the empty ``target``; returns rows per table."""
    counts: dict[str, int] = {}
    with source.read() as reader, target.write() as writer:
        lock_schema(writer)
        for table in metadata.sorted_tables:
            if table is not catalogue_versions and _count(writer, table.name):
                raise ServiceStoreError(
                    f"{target.location} already holds data (table {table.name}); copy-to "
                    "only fills an empty store — nothing was copied")
        writer.execute(delete(catalogue_versions))  # the bundled one, seeded on open
        for table in metadata.sorted_tables:
            copied = 0
            result = reader.execution_options(yield_per=CHUNK).execute(select(table))
            for chunk in result.mappings().partitions():
                writer.execute(table.insert(), [dict(row) for row in chunk])
                copied += len(chunk)
                if progress:
                    progress(table.name, copied)
            counts[table.name] = copied
        for table in metadata.sorted_tables:
            expected, found = _count(reader, table.name), _count(writer, table.name)
            if expected != found or found != counts[table.name]:
                raise ServiceStoreError(
                    f"table {table.name}: {expected} rows in the source but {found} in the "
                    "target; nothing was copied")
        if writer.dialect.name == "postgresql":
            # Feedback ids were copied as they were; the next one continues after them.
            writer.execute(text("SELECT setval(pg_get_serial_sequence('feedback', 'id'), "
                                "coalesce((SELECT max(id) FROM feedback), 0) + 1, false)"))
    return counts
