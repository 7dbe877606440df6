"""Core constructs that differ in spelling between the engines, chosen by the connection.

``INSERT ... ON CONFLICT`` exists on both SQLite and PostgreSQL with the same meaning; Core
has it in each dialect's own ``insert``. These helpers pick the right one, so a query is
written once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite

# Built statements by (dialect, table, columns, keys): building an ON CONFLICT construct
# costs more than running it, and ingestion runs several per change.
_STATEMENTS: dict[tuple[Any, ...], Any] = {}


def _insert(connection: Connection, table: Table) -> Any:
    if connection.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def insert_ignore(connection: Connection, table: Table,
                  values: Mapping[str, Any] | Sequence[Mapping[str, Any]],
                  keys: list[str] | None = None) -> int:
    """Insert unless a row with the same ``keys`` (default: the primary key) exists
    (``INSERT ... ON CONFLICT (keys) DO NOTHING``); another unique violation still fails.

    Returns how many rows were inserted (from ``RETURNING``: psycopg's rowcount is -1 for
    such a statement).
    """
    keys = keys or [c.name for c in table.primary_key.columns]
    cache_key = ("ignore", connection.dialect.name, table.name, tuple(keys))
    statement = _STATEMENTS.get(cache_key)
    if statement is None:
        statement = (_insert(connection, table).on_conflict_do_nothing(index_elements=keys)
                     .returning(*table.primary_key.columns))
        _STATEMENTS[cache_key] = statement
    return len(connection.execute(statement, values).all())


def upsert(connection: Connection, table: Table,
           values: Mapping[str, Any] | Sequence[Mapping[str, Any]],
           keys: Iterable[str], update: Mapping[str, Any] | None = None) -> None:
    """Insert, or update the row with the same ``keys``: every other given column takes the
    new value, unless ``update`` says what to set (it may refer to ``excluded``)."""
    keys = list(keys)
    if update is not None:  # a statement of its own (not cached: the values may differ)
        statement = _insert(connection, table)
        assignments = {name: value(statement.excluded) if callable(value) else value
                       for name, value in update.items()}
        connection.execute(statement.on_conflict_do_update(index_elements=keys,
                                                           set_=assignments), values)
        return
    names = tuple(values if isinstance(values, Mapping) else values[0])
    cache_key = ("upsert", connection.dialect.name, table.name, tuple(keys), names)
    built = _STATEMENTS.get(cache_key)
    if built is None:
        statement = _insert(connection, table)
        built = statement.on_conflict_do_update(index_elements=keys, set_={
            name: statement.excluded[name] for name in names if name not in keys})
        _STATEMENTS[cache_key] = built
    connection.execute(built, values)


def binary(connection: Connection, column: Any) -> Any:
    """``column`` compared byte by byte, as SQLite does and as the client sorts.

    A PostgreSQL database's default collation (e.g. ``en_US.UTF-8``) may order ``-`` and
    digits differently, which would change the order of ids and dates in an export.
    """
    return column.collate("C") if connection.dialect.name == "postgresql" else column


#: INTEGER columns are 32-bit on PostgreSQL; the wire allows numbers up to 2**63 - 1.
MAX_INTEGER = 2**31 - 1


def clamp_integer(value: int) -> int:
    """A number from the wire as a bound for an INTEGER column: a larger one cannot be
    bound on PostgreSQL (the request failed with a 500), and no stored value is above it."""
    return min(value, MAX_INTEGER)
