"""Full-text search of activities with each engine's own index; filter columns.

``activities`` gains ``status``, ``activity_type``, ``forms`` (a JSON list) and
``search_text`` (title, description, partners, locations and outcome, case-folded), filled
from the stored documents. The index itself is the engine's:

- SQLite: an FTS5 table over ``search_text`` (``unicode61 remove_diacritics 2``, as on the
  desktop), kept up to date by triggers on ``activities``;
- PostgreSQL: a generated ``search_vector`` column, ``to_tsvector('simple',
  unaccent(search_text))``, with a GIN index. ``unaccent`` is not IMMUTABLE, which a
  generated column needs, so it is called through ``focalpoint_unaccent``, the usual
  immutable wrapper that names its dictionary. ``CREATE EXTENSION unaccent`` needs the
  database owner (it is a trusted extension since PostgreSQL 13).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from focalpoint.secretariat.store.search_text import columns_of

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE activities_fts USING fts5(search_text, content='activities', "
    "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER activities_fts_insert AFTER INSERT ON activities BEGIN "
    "INSERT INTO activities_fts (rowid, search_text) VALUES (new.rowid, new.search_text); END",
    "CREATE TRIGGER activities_fts_delete AFTER DELETE ON activities BEGIN "
    "INSERT INTO activities_fts (activities_fts, rowid, search_text) "
    "VALUES ('delete', old.rowid, old.search_text); END",
    "CREATE TRIGGER activities_fts_update AFTER UPDATE ON activities BEGIN "
    "INSERT INTO activities_fts (activities_fts, rowid, search_text) "
    "VALUES ('delete', old.rowid, old.search_text); "
    "INSERT INTO activities_fts (rowid, search_text) VALUES (new.rowid, new.search_text); END",
    "INSERT INTO activities_fts (activities_fts) VALUES ('rebuild')",
]
POSTGRESQL_SEARCH = [
    "CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public",
    "CREATE OR REPLACE FUNCTION focalpoint_unaccent(text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
    "AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$",
    "ALTER TABLE activities ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple'::regconfig, focalpoint_unaccent(search_text))) STORED",
    "CREATE INDEX idx_activities_search ON activities USING gin (search_vector)",
]


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("activities", sa.Column("status", sa.Text, nullable=False,
                                          server_default=""))
    op.add_column("activities", sa.Column("activity_type", sa.Text, nullable=False,
                                          server_default=""))
    op.add_column("activities", sa.Column("forms", sa.Text, nullable=False,
                                          server_default="[]"))
    op.add_column("activities", sa.Column("search_text", sa.Text, nullable=False,
                                          server_default=""))
    activities = sa.table("activities", sa.column("mission_code"), sa.column("id"),
                          sa.column("data"), sa.column("status"), sa.column("activity_type"),
                          sa.column("forms"), sa.column("search_text"))
    rows = bind.execute(sa.select(activities.c.mission_code, activities.c.id,
                                  activities.c.data)).all()
    for mission_code, activity_id, data in rows:
        bind.execute(activities.update().where(activities.c.mission_code == mission_code,
                                               activities.c.id == activity_id)
                     .values(**columns_of(json.loads(data))))
    op.create_index("idx_activities_mission_start", "activities",
                    ["mission_code", "start_date"])
    for statement in SQLITE_FTS if bind.dialect.name == "sqlite" else POSTGRESQL_SEARCH:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("the service store is never downgraded; restore the backup")
