"""The Secretariat's service: the missions' sync API, its own store, the staff workspace.

``store/`` holds every query (SQLAlchemy Core, Alembic revisions); ``web/`` the staff
pages; ``accounts``, ``review``, ``administration`` and ``browsing`` the services that the
pages and the command line call.

It shares only the domain, validation, catalogue and wire-protocol modules with the
desktop client; FastAPI and uvicorn come with the ``secretariat`` extra.
"""
