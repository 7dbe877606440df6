"""pytest-timeout ends a hung test with a traceback, and the servers of its fixtures (the
session's PostgreSQL, a uvicorn service) still shut down.

``test_hangs`` hangs for ever on purpose; it runs only inside the pytest that the real
test starts, with a short timeout for the call alone (setup may take as long as it takes on
a loaded machine), so nothing here depends on how fast the machine is.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from postgres_server import PostgresServer
from sync_helpers import Service

RECORD_ENV = "FOCALPOINT_HANG_RECORD"
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(RECORD_ENV not in os.environ,
                    reason="hangs on purpose: run by test_a_hang_times_out_and_servers_stop")
@pytest.mark.parametrize("engine_name", ["postgresql"])
def test_hangs(service: Service, postgres_server: PostgresServer, engine_name: str) -> None:
    Path(os.environ[RECORD_ENV]).write_text(json.dumps(
        {"port": service.port, "postgres": str(postgres_server.folder)}), encoding="utf-8")
    threading.Event().wait()  # a hang: never set


@pytest.mark.slow
def test_a_hang_times_out_and_servers_stop(tmp_path: Path) -> None:
    record = tmp_path / "record.json"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", f"{Path(__file__).relative_to(ROOT)}::test_hangs",
         "-q", "-p", "no:cacheprovider", "-o", "timeout=2", "-o", "timeout_func_only=true",
         f"--basetemp={tmp_path / 'inner'}"],
        cwd=ROOT, env={**os.environ, RECORD_ENV: str(record)}, capture_output=True,
        text=True, check=False)
    output = result.stdout + result.stderr
    if not record.exists() and "skipped" in output.lower():
        pytest.skip(f"no PostgreSQL server for the inner run: {output[-300:]}")
    assert record.exists(), output
    assert result.returncode == 1, output
    assert "Timeout (>2.0s)" in output and "threading.Event().wait()" in output, output
    started = json.loads(record.read_text(encoding="utf-8"))
    # The fixtures' teardown ran: PostgreSQL stopped (its folder is removed after pg_ctl
    # stop) and the uvicorn service no longer accepts connections.
    assert not Path(started["postgres"]).exists()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", started["port"]), timeout=10).close()
