"""``focalpoint-secretariat``: administration commands, the real ``serve`` process, overview."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from sync_helpers import Service, query, run_sync, wait_for

from focalpoint.catalogue import Catalogue, load_catalogue
from focalpoint.secretariat.auth import hash_token
from focalpoint.secretariat.cli import main
from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store

ROOT = Path(__file__).resolve().parents[2]


def test_add_mission_prints_the_token_once_and_stores_its_hash(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "svc.db"
    assert main(["add-mission", "omik", "OSCE Mission in Kosovo", "--db", str(db)]) == 0
    captured = capsys.readouterr()
    token = captured.out.strip()
    assert re.fullmatch(r"fp1_[0-9a-f]{16}_[A-Za-z0-9_-]{43}", token)
    assert "focalpoint login" in captured.err
    assert token.encode() not in db.read_bytes()
    assert query(ServiceStore.open(db), "SELECT token_hash FROM tokens")[0][0] == \
        hash_token(token)
    assert main(["add-mission", "OMIK", "Again", "--db", str(db)]) == 2
    assert "exists already" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "words"), [
    (["add-mission", "a", "Name"], "code"),
    (["add-mission", "BAD CODE!", "Name"], "code"),
    (["revoke-token", "NOPE"], "no mission NOPE"),
    (["export", "--mission", "NOPE"], "no mission NOPE"),
    (["halt", "NOPE", "why"], "no mission NOPE"),
    (["add-feedback", "DEMO", "   "], "empty"),
    (["publish-catalogue", "/nonexistent/catalogue.json"], "cannot read"),
    (["serve", "--ssl-certfile", "/nonexistent.pem"], "go together"),
])
def test_bad_input_is_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      argv: list[str], words: str) -> None:
    db = tmp_path / "svc.db"
    ServiceStore.open(db).add_mission("DEMO", "Demo")
    assert main([*argv, "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("focalpoint-secretariat: error:") and words in err
    assert "Traceback" not in err


def test_missing_store_is_not_created_by_export(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--mission", "DEMO", "--db", str(tmp_path / "none.db")]) == 2
    assert "no Secretariat store" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_admin_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "svc.db")
    assert main(["add-mission", "DEMO", "Demo", "--db", db]) == 0
    assert main(["issue-token", "DEMO", "--db", db]) == 0
    assert main(["revoke-token", "DEMO", "--db", db]) == 0
    assert "Revoked 2 token(s)" in capsys.readouterr().out
    assert main(["halt", "DEMO", "Migration", "--db", db]) == 0
    assert main(["missions", "--db", db]) == 0
    assert "HALTED: Migration" in capsys.readouterr().out
    assert main(["resume", "DEMO", "--db", db]) == 0
    assert main(["add-feedback", "DEMO", "Thanks", "--author", "TNTF", "--db", db]) == 0
    newer = Catalogue.model_validate({**load_catalogue().model_dump(), "version": "2007.1"})
    path = tmp_path / "cat.json"
    path.write_text(newer.to_json(), encoding="utf-8")
    assert main(["publish-catalogue", str(path), "--db", db]) == 0
    assert main(["publish-catalogue", str(path), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Published catalogue version 2007.1" in out and "already published" in out
    assert main(["export", "--mission", "DEMO", "--db", db]) == 0
    assert "0 activities" in capsys.readouterr().out


def test_pages_need_a_login_and_the_api_is_listed(demo_store: Store, service: Service,
                                                  demo_token: str) -> None:
    assert run_sync(demo_store, service.url, demo_token).ok
    page = requests.get(service.url + "/", timeout=5, allow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/login"
    assert "OSCE Demo" not in page.text
    schema = requests.get(service.url + "/api/v1/openapi.json", timeout=5).json()
    assert {"/api/v1/batches", "/api/v1/handshake", "/api/v1/catalogue", "/api/v1/feedback",
            "/api/v1/health"} <= set(schema["paths"])


@pytest.mark.slow
def test_serve_process_logs_no_token(tmp_path: Path, demo_store: Store,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "svc.db"
    assert main(["add-mission", "DEMO", "Demo", "--db", str(db)]) == 0
    token = capsys.readouterr().out.strip()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log_path = tmp_path / "serve.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "focalpoint.secretariat.cli", "serve", "--db", str(db),
             "--port", str(port), "--log-level", "debug"],
            stdout=log, stderr=subprocess.STDOUT,
            env=dict(os.environ, PYTHONPATH=str(ROOT)))
        try:
            url = f"http://127.0.0.1:{port}"

            def up() -> bool:
                assert server.poll() is None, log_path.read_text()
                try:
                    return requests.get(url + "/api/v1/health", timeout=1).ok
                except requests.ConnectionError:
                    return False

            wait_for(up, timeout=30, what="the service process")
            assert run_sync(demo_store, url, token).ok
            assert run_sync(demo_store, url, "fp1_0000000000000000_" + "q" * 43).kind == "auth"
        finally:
            server.terminate()
            server.wait(timeout=10)
    text = log_path.read_text(encoding="utf-8", errors="replace")
    assert "POST /api/v1/sync" in text  # the access log is there...
    assert token not in text and token.split("_", 2)[2] not in text  # ...without the token
    assert json.loads(json.dumps(ServiceStore.open(db).export_document("DEMO")))["activities"]


@pytest.mark.parametrize("port", ["99999", "0", "http"])
def test_serve_refuses_a_bad_port_as_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], port: str
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["serve", "--db", str(tmp_path / "s.db"), "--port", port])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "--port" in err and "Traceback" not in err
