"""What the OpenAPI schema says about the mission API, so that it says what the service does.

FastAPI derives a schema from the route signatures, and for this service that schema
would be wrong in three ways: the POST routes read their (gzip-able) body themselves, so
no request body would be declared; every error answer is ``{"detail": "..."}`` (the
:class:`~focalpoint.sync.protocol.ErrorBody`), not FastAPI's ``HTTPValidationError``; and
the statuses the routes answer besides 200 and 422 would be missing. This module states
them, and ``tests/sync/test_sync_openapi.py`` runs schemathesis against the result.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from focalpoint.sync.protocol import API_PREFIX, Batch, ErrorBody, Exchange, Handshake

#: The mission token, as FastAPI reads (and documents) it: ``Authorization: Bearer fp1_…``.
#: ``auto_error=False``: a missing or malformed header is answered by the service's own
#: 401 (with its message), not FastAPI's.
Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(HTTPBearer(
    auto_error=False, description="The mission's access token (fp1_…), issued by the "
    "Secretariat with `focalpoint-secretariat add-mission` or `issue-token`."))]

_ERRORS: dict[int, str] = {
    400: "The body is not UTF-8 JSON, not valid gzip, has bytes after its gzip stream, "
         "or is nested too deeply.",
    401: "The access token is missing, unknown or revoked.",
    403: "The token belongs to another mission than the one named in the body.",
    409: "This batch id was already received with different content; it is not applied "
         "again. On /sync also `code: device_restored`: the batch reuses sequence numbers "
         "this device id already used (a store restored from a backup); nothing was applied.",
    413: "The body, its decompressed size or its number of changes is over the limits "
         "(see the handshake's `limits`).",
    415: "A Content-Type other than application/json (UTF-8), or a Content-Encoding "
         "other than gzip.",
    422: "The body or a parameter is invalid; `detail` names the field. For a batch whose "
         "every change was refused, `results` gives the reason per change; "
         "`code: protocol_version` means the client must be upgraded.",
    423: "The Secretariat has halted sync for this mission; `detail` is its message.",
}


def _responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ErrorBody, "description": _ERRORS[status]}
            for status in statuses}


def get_responses() -> dict[int | str, dict[str, Any]]:
    """The error answers of an authenticated GET with query parameters."""
    return _responses(401, 422)


def post_documentation(model: type[BaseModel]) -> dict[str, Any]:
    """Keyword arguments for ``app.post``: the request body it reads, and its errors."""
    statuses: tuple[int, ...] = (400, 401, 403, 413, 415, 422)
    if model is Batch:
        statuses = (400, 401, 403, 409, 413, 415, 422, 423)
    elif model is Exchange:  # a halted mission is answered in the reply's status
        statuses = (400, 401, 403, 409, 413, 415, 422)
    return {
        "responses": _responses(*statuses),
        "openapi_extra": {"requestBody": {
            "required": True,
            "description": "JSON (UTF-8), usually sent with `Content-Encoding: gzip`.",
            "content": {"application/json": {
                "schema": {"$ref": f"#/components/schemas/{model.__name__}"}}},
        }},
    }


def install_openapi(app: FastAPI) -> None:
    """Make ``/api/v1/openapi.json`` the schema of the mission API: only its paths (staff
    pages elsewhere in the same application are not part of it), with the request models
    (and what they refer to) in its components."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = generate()
        schema["paths"] = {path: item for path, item in schema.get("paths", {}).items()
                           if path.startswith(f"{API_PREFIX}/")}
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in (Handshake, Batch, Exchange):
            model_schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
            for name, definition in model_schema.pop("$defs", {}).items():
                components.setdefault(name, definition)
            components[model.__name__] = model_schema
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
