"""The Secretariat staff's web workspace: server-rendered pages beside ``/api/v1``.

Layout: :mod:`.services` builds the services once per application; :mod:`.security` holds
sessions, CSRF and roles as FastAPI dependencies; :mod:`.rendering` the Jinja2 environment
(autoescaping on); ``routes/`` one router per area, each route a few lines calling a
service. Templates and the stylesheet are files in this package (no CDN, no script).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from focalpoint.secretariat.store import ServiceStore
from focalpoint.secretariat.web.services import WorkspaceSettings, build_services

STATIC = Path(__file__).parent / "static"


def mount_workspace(app: FastAPI, store: ServiceStore,
                    settings: WorkspaceSettings | None = None) -> None:
    """Add the staff pages (``/``, ``/login``, ``/missions/...``, ``/analysis``,
    ``/admin/...``) to ``app``."""
    from focalpoint.secretariat.web import errors
    from focalpoint.secretariat.web.routes import (
        admin,
        analysis,
        auth,
        feedback,
        missions,
        responses,
    )

    app.state.workspace = build_services(store, settings or WorkspaceSettings())
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    errors.install(app)
    for module in (auth, missions, responses, feedback, analysis, admin):
        app.include_router(module.router)
