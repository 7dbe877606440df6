"""TLS: verification is always on; a custom CA bundle lets the client trust a private CA.
Also the retry policy around it: a refused certificate is final, Retry-After is capped."""

from __future__ import annotations

import datetime
import ipaddress
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from faults import FlakyProxy
from sync_helpers import FAST, wait_for

from focalpoint.secretariat.app import create_app
from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store
from focalpoint.sync.config import SyncConfig, save_sync_config
from focalpoint.sync.engine import SyncEngine, SyncResult
from focalpoint.sync.http import make_session

x509 = pytest.importorskip("cryptography.x509")


def self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "FocalPoint test Secretariat")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@pytest.fixture
def tls_service(tmp_path: Path, service_store: ServiceStore) -> Iterator[tuple[str, Path]]:
    cert, key = self_signed(tmp_path)
    config = uvicorn.Config(create_app(service_store), host="127.0.0.1", port=0,
                            log_level="warning", lifespan="off",
                            ssl_certfile=str(cert), ssl_keyfile=str(key))
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_for(lambda: server.started or not thread.is_alive(), what="uvicorn with TLS")
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"https://127.0.0.1:{port}", cert
    server.should_exit = True
    thread.join(timeout=10)


def sync(store: Store, url: str, token: str, ca_bundle: str) -> SyncResult:
    config = save_sync_config(store, SyncConfig(server_url=url, mission_code="DEMO",
                                                ca_bundle=ca_bundle), force=True)
    return SyncEngine(store, config, token, policy=FAST,
                      session_factory=lambda: make_session(FAST)).run()


def test_unknown_ca_is_refused_then_trusted_with_a_bundle(
        demo_store: Store, tls_service: tuple[str, Path], demo_token: str,
        service_store: ServiceStore) -> None:
    url, cert = tls_service
    port = int(url.rsplit(":", 1)[1])
    with FlakyProxy(port) as counter:  # passes the TLS bytes through, counts connections
        refused = sync(demo_store, counter.url.replace("http:", "https:"), demo_token, "")
        assert counter.connections == 1, "a refused certificate is not retried"
    assert refused.kind == "server" and "certificate could not be verified" in refused.message
    assert service_store.export_document("DEMO")["activities"] == []
    trusted = sync(demo_store, url, demo_token, str(cert))
    assert trusted.ok, trusted
    assert len(service_store.export_document("DEMO")["activities"]) == \
        demo_store.activities.total()


def test_only_certificate_failures_are_final() -> None:
    import ssl

    from urllib3.exceptions import MaxRetryError, SSLError

    retry = FAST.retry()
    refused = SSLError(ssl.SSLCertVerificationError(1, "certificate verify failed"))
    with pytest.raises(MaxRetryError):
        retry.increment("POST", "/api/v1/batches", error=refused)
    cut = SSLError(ssl.SSLEOFError(8, "EOF occurred in violation of protocol"))
    assert retry.increment("POST", "/api/v1/batches", error=cut).total == FAST.attempts - 1


@pytest.mark.parametrize(("header", "seconds"), [
    ("86400", FAST.backoff_max), ("0", 0.0), ("Wed, 21 Oct 2099 07:28:00 GMT", FAST.backoff_max),
    ("soon", None)])
def test_retry_after_is_capped_and_garbage_ignored(header: str, seconds: float | None) -> None:
    from urllib3.response import HTTPResponse

    answer = HTTPResponse(body=b"", headers={"Retry-After": header}, status=503)
    assert FAST.retry().get_retry_after(answer) == seconds


def test_no_4xx_is_retried_even_with_retry_after() -> None:
    retry = FAST.retry()
    assert not any(retry.is_retry("POST", status, has_retry_after=True)
                   for status in (400, 401, 403, 409, 413, 422, 423, 429))
    assert all(retry.is_retry("POST", status) for status in (500, 502, 503, 504))
