"""The service against its own OpenAPI schema, with schemathesis (every check, 0 failures).

The schema at /api/v1/openapi.json is what clients and tools read; schemathesis generates
requests from it (valid ones, and invalid ones on purpose), sends them to a real service
on 127.0.0.1 with a real mission token, and checks every answer against the schema:
status codes and bodies as documented, no 5xx, invalid data refused, valid data accepted,
401 without the token, 405 for other methods. Bounded (a fixed number of examples per
operation, a fixed seed) so it is repeatable and quick; set FOCALPOINT_SCHEMATHESIS_SEED
to explore other inputs and FOCALPOINT_SCHEMATHESIS_EXAMPLES for more of them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import requests
from sync_helpers import Service

CONFIG = Path(__file__).with_name("schemathesis.toml")
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


def references(node: Any) -> Iterator[str]:
    """Every ``$ref`` in a part of the schema."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from references(value)
    elif isinstance(node, list):
        for item in node:
            yield from references(item)


def resolves(schema: dict[str, Any], ref: str) -> bool:
    if not ref.startswith("#/"):
        return False
    node: Any = schema
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def test_the_schema_describes_what_the_service_does(service: Service, demo_token: str) -> None:
    schema = requests.get(f"{service.url}/api/v1/openapi.json", timeout=10).json()
    batches = schema["paths"]["/api/v1/batches"]["post"]
    assert batches["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Batch"}
    assert {"400", "401", "403", "409", "413", "415", "422", "423"} <= set(batches["responses"])
    refs = {r["content"]["application/json"]["schema"]["$ref"]
            for code, r in batches["responses"].items() if code != "200"}
    assert refs == {"#/components/schemas/ErrorBody"}
    assert "HTTPValidationError" not in schema["components"]["schemas"]
    sync = schema["paths"]["/api/v1/sync"]["post"]
    assert sync["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Exchange"}
    assert {"400", "401", "403", "409", "413", "415", "422"} <= set(sync["responses"])
    assert "ExchangeBatch" in schema["components"]["schemas"]
    handshake = schema["paths"]["/api/v1/handshake"]["post"]
    assert handshake["requestBody"]["required"] is True
    assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    assert all(path.startswith("/api/v1/") for path in schema["paths"])
    unresolved = sorted({ref for ref in references(schema) if not resolves(schema, ref)})
    assert unresolved == []  # every part of every operation can be generated and checked
    # A GET with a bad parameter and no token is refused for the token first.
    answer = requests.get(f"{service.url}/api/v1/feedback", params={"since": "x"}, timeout=10)
    assert answer.status_code == 401 and isinstance(answer.json()["detail"], str)
    answer = requests.get(f"{service.url}/api/v1/feedback", params={"since": "x"}, timeout=10,
                          headers={"Authorization": f"Bearer {demo_token}"})
    assert answer.status_code == 422 and set(answer.json()) == {"detail"}


def test_schemathesis_finds_no_failure(service: Service, demo_token: str,
                                       tmp_path: Path) -> None:
    command = [
        str(SCHEMATHESIS), "--config-file", str(CONFIG), "--no-color", "run",
        f"{service.url}/api/v1/openapi.json",
        "--checks", "all",
        "--include-path-regex", "^/api/v1/",
        "--phases", "examples,coverage,fuzzing",
        "--max-examples", os.environ.get("FOCALPOINT_SCHEMATHESIS_EXAMPLES", "40"),
        "--seed", os.environ.get("FOCALPOINT_SCHEMATHESIS_SEED", "1"),
        "--workers", "1",
        "--request-timeout", "30",
        "--generation-database", "none",
        "--header", f"Authorization: Bearer {demo_token}",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=tmp_path,
                          env={**os.environ, "NO_COLOR": "1"})
    report = done.stdout + done.stderr
    assert demo_token not in report  # schemathesis filters the Authorization header
    assert done.returncode == 0, report
    assert "6 selected" in report and "failed" not in report.split("SUMMARY")[-1], report
    # Every operation tested whole: none had a part skipped for a reference that does not
    # resolve (schemathesis.toml also makes that warning fail the run).
    assert "Tested: 6" in report and "Unresolvable references" not in report, report


def test_staff_pages_stay_out_of_the_mission_api_schema(service_store: object) -> None:
    """Pages added to the same application (the staff web pages) are not mission API."""
    from focalpoint.secretariat.app import create_app

    app = create_app(service_store)  # type: ignore[arg-type]

    @app.get("/staff/missions")
    def staff_page() -> dict[str, str]:
        return {}

    paths = app.openapi()["paths"]
    assert "/staff/missions" not in paths and "/api/v1/batches" in paths
