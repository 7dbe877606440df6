"""A throw-away PostgreSQL server for the test session: its own data folder, 127.0.0.1 only.

The server binaries come from Debian's ``postgresql`` package (``scripts/setup.sh`` installs
it for ``./test``) under ``/usr/lib/postgresql/<version>/bin``. ``initdb`` refuses to run as
root, and ``./test`` runs as root on CI, so as root the server runs as the ``postgres``
system user (``nobody`` where there is none) through ``runuser``. The port is one the OS
gave as free; the password is random and only ever in memory and in the URL objects.

Durability settings stay at PostgreSQL's defaults except ``fsync`` (off: the tests kill
service processes, never the machine, and fsync would only slow them down).
``synchronous_commit`` stays ``on``, which the store checks on every connection.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, create_engine


class PostgresUnavailable(RuntimeError):
    """Why no server could be started here (printed as the skip reason)."""


def _binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    if not found:
        raise PostgresUnavailable("no PostgreSQL server binaries under /usr/lib/postgresql "
                                  "(apt-get install postgresql)")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    folder: Path
    port: int
    user: str
    password: str
    bin: Path
    run_as: str | None

    def url(self, database: str = "postgres") -> URL:
        return URL.create("postgresql+psycopg", username=self.user, password=self.password,
                          host="127.0.0.1", port=self.port, database=database)

    def url_text(self, database: str = "postgres") -> str:
        return self.url(database).render_as_string(hide_password=False)

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = list(args)
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False,
                              cwd="/", timeout=120)

    @classmethod
    def start(cls, *, fsync: bool = False) -> PostgresServer:
        """A new server; ``fsync`` on for benchmarks of what production pays."""
        bin_dir = _binaries()
        run_as = None
        if os.geteuid() == 0:
            for candidate in ("postgres", "nobody"):
                try:
                    pwd.getpwnam(candidate)
                except KeyError:
                    continue
                run_as = candidate
                break
            if run_as is None or shutil.which("runuser") is None:
                raise PostgresUnavailable("running as root without a 'postgres' or 'nobody' "
                                          "user and runuser to start the server as")
        folder = Path(tempfile.mkdtemp(prefix="focalpoint-pg-"))
        if run_as:
            entry = pwd.getpwnam(run_as)
            os.chown(folder, entry.pw_uid, entry.pw_gid)
        server = cls(folder, _free_port(), "focalpoint", secrets.token_urlsafe(16), bin_dir,
                     run_as)
        pwfile = folder / "pw"
        pwfile.write_text(server.password + "\n", encoding="utf-8")
        if run_as:
            os.chown(pwfile, entry.pw_uid, entry.pw_gid)
        result = server._run(str(bin_dir / "initdb"), "-D", str(folder / "data"),
                             "-U", server.user, f"--pwfile={pwfile}", "--auth=scram-sha-256",
                             "--encoding=UTF8", "--locale=C.UTF-8")
        pwfile.unlink()
        if result.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            raise PostgresUnavailable(f"initdb failed: {result.stderr.strip()[-500:]}")
        options = (f"-c listen_addresses=127.0.0.1 -p {server.port} -k {folder} "
                   f"-c fsync={'on' if fsync else 'off'} -c max_connections=200 "
                   "-c shared_buffers=32MB")
        result = server._run(str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-w",
                             "-t", "120", "-l", str(folder / "log"), "-o", options, "start")
        if result.returncode != 0:
            log = (folder / "log").read_text(errors="replace")[-800:] \
                if (folder / "log").exists() else ""
            shutil.rmtree(folder, ignore_errors=True)
            raise PostgresUnavailable(f"pg_ctl start failed: {result.stderr.strip()} {log}")
        return server

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast",
                  "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def create_database(self, name: str) -> URL:
        """A new empty database (the test user owns it and may create ``unaccent``)."""
        engine = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
                connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        finally:
            engine.dispose()
        return self.url(name)
