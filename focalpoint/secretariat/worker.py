"""The application factory each uvicorn worker process calls under ``serve --workers N``.

uvicorn starts N fresh processes and has each import this module by name, so the settings
cannot be passed as objects: ``serve`` puts them in the environment first (the database URL,
possibly with its password, travels in ``$FOCALPOINT_SECRETARIAT_DATABASE_URL``, which
only the same user can read — never on a command line). The schema was brought up to date
by ``serve`` before the workers start; each worker only checks it and opens its pool.
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from focalpoint.secretariat.app import create_app
from focalpoint.secretariat.store import ServiceStore, ServiceStoreError
from focalpoint.secretariat.store.engine import DATABASE_URL_ENV, parse_database_url
from focalpoint.secretariat.web.services import workspace_settings

OVERVIEW_ENV = "FOCALPOINT_SECRETARIAT_OVERVIEW"
SILENT_DAYS_ENV = "FOCALPOINT_SECRETARIAT_SILENT_DAYS"
IDLE_MINUTES_ENV = "FOCALPOINT_SECRETARIAT_SESSION_IDLE_MINUTES"


def create_worker_app() -> FastAPI:
    text = os.environ.get(DATABASE_URL_ENV)
    if not text:
        raise ServiceStoreError(f"${DATABASE_URL_ENV} is not set for the worker")
    store = ServiceStore.open_url(parse_database_url(text))
    settings = workspace_settings(int(os.environ.get(SILENT_DAYS_ENV, "14")),
                                  int(os.environ.get(IDLE_MINUTES_ENV, "30")))
    return create_app(store, overview=os.environ.get(OVERVIEW_ENV, "1") == "1",
                      workspace=settings)
