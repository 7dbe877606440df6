"""The Secretariat's receiving service: HTTP API, its own SQLite store and a staff overview.

It shares only the domain, validation, catalogue and wire-protocol modules with the
desktop client; FastAPI and uvicorn come with the ``secretariat`` extra.
"""
