"""Alembic's environment for the service store: always run in code, on a connection given.

:func:`focalpoint.secretariat.store.schema.upgrade` builds the Alembic ``Config`` itself and
passes the open connection in ``config.attributes["connection"]``; there is no alembic.ini
and no URL here, so a password never passes through Alembic's configuration.
"""

from __future__ import annotations

from alembic import context

from focalpoint.secretariat.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite changes tables by copying them
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
