"""``focalpoint-secretariat``: run the receiving service and administer missions.

Exit codes: 0 success, 1 the store or the system failed, 2 bad input. A new token is
printed exactly once, on standard output, and only its hash is stored.

Where the data is: ``--db PATH`` (a SQLite file, the default), or ``--database-url
postgresql://USER@HOST/DB`` or ``$FOCALPOINT_SECRETARIAT_DATABASE_URL`` (PostgreSQL). A
password never goes on the command line (every user of the machine can read it there): it
comes from the environment variable's URL, ``~/.pgpass`` or libpq's ``PGPASSWORD``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import URL
from sqlalchemy.exc import DBAPIError

from focalpoint import __version__
from focalpoint.catalogue import CatalogueError, load_catalogue
from focalpoint.console import print_json, reader_went_away
from focalpoint.secretariat import analysis_cli
from focalpoint.secretariat.accounts import AccountError, Actor, StaffAccounts
from focalpoint.secretariat.store import ServiceStore, ServiceStoreError, default_service_db
from focalpoint.secretariat.store.engine import (
    DATABASE_URL_ENV,
    DatabaseUrlError,
    database_url_from_env,
    parse_database_url,
)
from focalpoint.secretariat.store.service import first_line


def _database_url(args: argparse.Namespace) -> URL | None:
    """The PostgreSQL URL to use: ``--database-url``, else the environment (unless --db)."""
    if args.database_url is not None:
        return args.database_url  # type: ignore[no-any-return]
    if args.db:
        return None
    from_env = database_url_from_env()
    if from_env is None:
        return None
    try:
        return parse_database_url(from_env)
    except DatabaseUrlError as error:
        raise ServiceStoreError(f"${DATABASE_URL_ENV}: {error}") from None


def _store(args: argparse.Namespace, *, create: bool = False) -> ServiceStore:
    url = _database_url(args)
    if url is not None:
        return ServiceStore.open_url(url)
    return ServiceStore.open(Path(args.db) if args.db else default_service_db(), create=create)


def database_url_argument(text: str) -> URL:
    """``--database-url`` for argparse: a usage error for a bad URL or one with a password
    (the message never repeats the URL)."""
    try:
        url = parse_database_url(text)
    except DatabaseUrlError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    if url.password is not None:
        raise argparse.ArgumentTypeError(
            "the URL contains a password, and a command line can be read by every user of "
            "this machine; leave it out and put it in ~/.pgpass or PGPASSWORD, or give the "
            f"whole URL in ${DATABASE_URL_ENV}")
    return url


def _print_token(code: str, token: str) -> None:
    print(f"Access token for mission {code} (shown once; give it to the focal point over a "
          "secure channel):", file=sys.stderr)
    print(token)
    print(f"The focal point connects with: focalpoint login --server URL --mission-code {code} "
          "(and pastes the token)", file=sys.stderr)


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from focalpoint.secretariat.app import create_app
        from focalpoint.secretariat.server import ServerLimits, serve, server_config
        from focalpoint.secretariat.web.services import workspace_settings
    except ImportError:
        print("focalpoint-secretariat: the service needs the 'secretariat' extra "
              "(pip install 'focalpoint[secretariat]')", file=sys.stderr)
        return 1
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        raise ServiceStoreError("--ssl-certfile and --ssl-keyfile go together")
    for option in (args.ssl_certfile, args.ssl_keyfile):
        if option and not Path(option).is_file():
            raise ServiceStoreError(f"{option} is not a file")
    if args.workers > 1 and _database_url(args) is None:
        raise ServiceStoreError(
            f"--workers {args.workers} needs PostgreSQL (--database-url): a SQLite store has "
            "one writer at a time, so more workers would only queue on its lock; serve it "
            "with one worker")
    if args.silent_days < 1 or args.session_idle_minutes < 1:
        raise ServiceStoreError("--silent-days and --session-idle-minutes must be at least 1")
    store = _store(args, create=True)  # creates or upgrades the schema, once, before workers
    scheme = "https" if args.ssl_certfile else "http"
    print(f"FocalPoint Secretariat {__version__} serving {store.location} on "
          f"{scheme}://{args.host}:{args.port}/"
          + (f" with {args.workers} workers" if args.workers > 1 else ""), file=sys.stderr)
    app: Any
    if args.workers > 1:
        assert store.url is not None
        from focalpoint.secretariat.worker import IDLE_MINUTES_ENV, OVERVIEW_ENV, SILENT_DAYS_ENV

        os.environ[DATABASE_URL_ENV] = store.url.render_as_string(hide_password=False)
        os.environ[OVERVIEW_ENV] = "0" if args.no_overview else "1"
        os.environ[SILENT_DAYS_ENV] = str(args.silent_days)
        os.environ[IDLE_MINUTES_ENV] = str(args.session_idle_minutes)
        store.close()
        app = "focalpoint.secretariat.worker:create_worker_app"
    else:
        app = create_app(store, overview=not args.no_overview,
                         workspace=workspace_settings(args.silent_days,
                                                      args.session_idle_minutes))
    limits = ServerLimits(header_timeout=args.header_timeout, body_timeout=args.body_timeout,
                          keep_alive=args.keep_alive, max_connections=args.max_connections)
    serve(server_config(
        app,
        factory=args.workers > 1,
        workers=args.workers,
        host=args.host,
        port=args.port,
        limits=limits,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
        proxy_headers=bool(args.forwarded_allow_ips),
        forwarded_allow_ips=args.forwarded_allow_ips or None,
        log_level=args.log_level,
    ))
    return 0


def cmd_add_mission(args: argparse.Namespace) -> int:
    issued = _store(args, create=True).add_mission(args.code, args.name)
    _print_token(args.code.upper(), issued.token)
    return 0


def cmd_issue_token(args: argparse.Namespace) -> int:
    issued = _store(args).issue_token(args.code)
    _print_token(args.code.upper(), issued.token)
    return 0


def cmd_revoke_token(args: argparse.Namespace) -> int:
    count = _store(args).revoke_tokens(args.code)
    print(f"Revoked {count} token(s) of mission {args.code.upper()}; issue a new one with "
          f"'focalpoint-secretariat issue-token {args.code.upper()}'")
    return 0


def cmd_missions(args: argparse.Namespace) -> int:
    for m in _store(args).missions():
        halted = f"  HALTED: {m.halt_message}" if m.halt_message else ""
        print(f"{m.code:12} {m.activities:6} activities  last sync {m.last_sync_at or 'never':25}"
              f" pending {m.pending_count if m.pending_count is not None else '?':>5}"
              f"  tokens {m.active_tokens}  {m.name}{halted}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    document = _store(args).export_document(args.mission)
    if args.json:
        print_json(document)
        return 0
    mission = document["mission"]
    responses = document["responses"]
    # A synced draft is no submission: the count says how many of each there are.
    submitted = sum(1 for r in responses if r.get("status") == "submitted")
    drafts = len(responses) - submitted
    print(f"{mission['code']} — {mission['name']}: {len(document['activities'])} activities, "
          f"{len(responses)} questionnaire response{'' if len(responses) == 1 else 's'} "
          f"({submitted} submitted, {drafts} draft{'' if drafts == 1 else 's'})")
    for activity in document["activities"]:
        print(f"  {activity['id']}  {activity.get('start_date') or '—':10}  "
              f"{','.join(activity['task_codes']):20.20}  {activity['title']}")
    for response in document["responses"]:
        print(f"  questionnaire {response['period_start']}–{response['period_end']}: "
              f"{response['status']}")
    return 0


def cmd_halt(args: argparse.Namespace) -> int:
    _store(args).set_halt(args.code, args.message)
    print(f"Sync of mission {args.code.upper()} halted; clients will show: {args.message}")
    return 0


def cmd_resume(args: argparse.Namespace) -> int:
    _store(args).set_halt(args.code, "")
    print(f"Sync of mission {args.code.upper()} resumed")
    return 0


def cmd_feedback(args: argparse.Namespace) -> int:
    number = _store(args).add_feedback(args.code, args.message, author=args.author,
                                       entity_type="activity" if args.activity else "",
                                       entity_id=args.activity or "")
    print(f"Feedback {number} queued for mission {args.code.upper()}")
    return 0


def cmd_publish_catalogue(args: argparse.Namespace) -> int:
    catalogue = load_catalogue(Path(args.file))
    if _store(args).publish_catalogue(catalogue):
        print(f"Published catalogue version {catalogue.version}")
    else:
        print(f"Catalogue version {catalogue.version} was already published")
    return 0


def cmd_copy_to(args: argparse.Namespace) -> int:
    from focalpoint.secretariat.store.copy import copy_store

    target_url = args.to_database_url
    if target_url is None:
        target_url = _database_url(argparse.Namespace(database_url=None, db=None))
    if target_url is None:
        raise ServiceStoreError(f"copy-to needs the target: --database-url URL (or "
                                f"${DATABASE_URL_ENV})")
    source = ServiceStore.open(Path(args.db) if args.db else default_service_db(),
                               create=False)
    target = ServiceStore.open_url(target_url)
    try:
        print(f"Copying {source.location} into {target.location} …", file=sys.stderr)

        def progress(table: str, rows: int) -> None:
            if rows % 10_000 == 0:
                print(f"  {table}: {rows} rows", file=sys.stderr)

        counts = copy_store(source, target, progress)
    finally:
        source.close()
        target.close()
    for table, rows in counts.items():
        print(f"{table:20} {rows:8} rows")
    print(f"Copied {sum(counts.values())} rows; the counts of every table match. Serve the "
          "PostgreSQL store with --database-url from now on.", file=sys.stderr)
    return 0


def _accounts(args: argparse.Namespace) -> StaffAccounts:
    return StaffAccounts(_store(args, create=True))


def _cli_actor() -> Actor:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return Actor(None, f"command line ({user})", user, "admin", "local")


def read_password(prompt: str = "Password") -> str:
    """The password from standard input: asked twice on a terminal, else the first line."""
    if sys.stdin.isatty():
        first = getpass.getpass(f"{prompt}: ")
        if getpass.getpass(f"{prompt} again: ") != first:
            raise AccountError("the two passwords differ; nothing was changed")
        return first
    line = sys.stdin.readline()
    if not line:
        raise AccountError("no password on standard input; nothing was changed")
    return line.rstrip("\r\n")


def cmd_add_staff(args: argparse.Namespace) -> int:
    accounts = _accounts(args)
    accounts.add_staff(args.email, args.name, args.role, read_password(), _cli_actor())
    print(f"Added {args.role} {args.email.strip().lower()}")
    return 0


def cmd_staff(args: argparse.Namespace) -> int:
    for account in _accounts(args).staff():
        state = "active" if account.active else "DISABLED"
        print(f"{account.email:40} {account.role:8} {state:9} {account.name}")
    return 0


def cmd_disable_staff(args: argparse.Namespace) -> int:
    _accounts(args).set_active(args.email, False, _cli_actor())
    print(f"Disabled {args.email.strip().lower()}; their sessions are revoked")
    return 0


def cmd_reset_password(args: argparse.Namespace) -> int:
    _accounts(args).reset_password(args.email, read_password("New password"), _cli_actor())
    print(f"Password of {args.email.strip().lower()} changed; their sessions are revoked")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    rows, _total = _accounts(args).audit(limit=args.limit)
    if args.json:
        print_json([row.__dict__ for row in rows])
        return 0
    for row in reversed(rows):
        print(f"{row.at}  {row.actor:30} {row.address:15} {row.action:20} {row.target}"
              f"{'  ' + row.detail if row.detail else ''}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="focalpoint-secretariat",
        description="The Secretariat's receiving service for FocalPoint missions.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    db_help = f"the service's SQLite file (default: {default_service_db()})"
    url_help = (f"use PostgreSQL instead: postgresql://USER@HOST[:PORT]/DB, no password "
                f"(default: ${DATABASE_URL_ENV} if set)")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    def add(name: str, help_text: str, handler: object) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        where = p.add_mutually_exclusive_group()
        where.add_argument("--db", metavar="PATH", help=db_help)
        where.add_argument("--database-url", metavar="URL", type=database_url_argument,
                           help=url_help)
        p.set_defaults(handler=handler)
        return p

    p = add("serve", "run the HTTP service", cmd_serve)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=tcp_port, default=8750)
    p.add_argument("--ssl-certfile", metavar="PEM")
    p.add_argument("--ssl-keyfile", metavar="PEM")
    p.add_argument("--forwarded-allow-ips", metavar="IPS", default="",
                   help="behind a reverse proxy: trust X-Forwarded-* from these addresses")
    p.add_argument("--no-overview", action="store_true",
                   help="do not serve the staff pages (only the missions' API)")
    p.add_argument("--workers", type=worker_count, default=1, metavar="N",
                   help="worker processes (PostgreSQL only; SQLite has one writer)")
    p.add_argument("--silent-days", type=int, default=14, metavar="DAYS",
                   help="flag a mission silent after this many days without sync (default 14)")
    p.add_argument("--session-idle-minutes", type=int, default=30, metavar="MINUTES",
                   help="a staff session ends after this long without a request (default 30)")
    p.add_argument("--log-level", default="info",
                   choices=["critical", "error", "warning", "info", "debug"])
    limits = p.add_argument_group(
        "limits against slow or too many clients (see docs/sync.md)")
    limits.add_argument("--header-timeout", type=positive_seconds, default=15.0,
                        metavar="SECONDS", help="time a client has to send a request's "
                        "headers; then 408 and the connection is closed (default: 15)")
    limits.add_argument("--body-timeout", type=positive_seconds, default=120.0,
                        metavar="SECONDS", help="time a client has to send a request's "
                        "body once the headers are in (default: 120)")
    limits.add_argument("--keep-alive", type=whole_number(1), default=30, metavar="SECONDS",
                        help="how long an idle connection stays open between requests "
                        "(default: 30)")
    limits.add_argument("--max-connections", type=whole_number(2), default=100, metavar="N",
                        help="connections open at once; a request beyond it gets 503 "
                        "(default: 100)")

    p = add("add-mission", "register a mission and print its first access token", cmd_add_mission)
    p.add_argument("code")
    p.add_argument("name")
    p = add("issue-token", "print a new access token for a mission", cmd_issue_token)
    p.add_argument("code")
    p = add("revoke-token", "revoke every access token of a mission", cmd_revoke_token)
    p.add_argument("code")
    add("missions", "list missions with their last sync and backlog", cmd_missions)
    p = add("export", "print a mission's data as received", cmd_export)
    p.add_argument("--mission", required=True, metavar="CODE")
    p.add_argument("--json", action="store_true", help="the focalpoint export JSON format")
    p = add("halt", "tell a mission's clients to stop syncing, with a message", cmd_halt)
    p.add_argument("code")
    p.add_argument("message")
    p = add("resume", "let a halted mission sync again", cmd_resume)
    p.add_argument("code")
    p = add("add-feedback", "leave a comment for a mission (sent on its next sync)",
            cmd_feedback)
    p.add_argument("code")
    p.add_argument("message")
    p.add_argument("--author", default="")
    p.add_argument("--activity", metavar="ID", help="the activity the comment is about")
    p = add("add-staff", "add a staff account (password from standard input)", cmd_add_staff)
    p.add_argument("email")
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, choices=["admin", "analyst"])
    add("staff", "list the staff accounts", cmd_staff)
    p = add("disable-staff", "disable a staff account and end its sessions", cmd_disable_staff)
    p.add_argument("email")
    p = add("reset-password", "set a new password (from standard input), ending its sessions",
            cmd_reset_password)
    p.add_argument("email")
    p = add("audit", "print the audit log of staff actions (oldest of the last N first)",
            cmd_audit)
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p = add("publish-catalogue", "publish a newer Action Plan catalogue file",
            cmd_publish_catalogue)
    p.add_argument("file")

    p = sub.add_parser("copy-to", help="copy the whole SQLite store into an empty PostgreSQL "
                       "database (all or nothing, row counts compared)")
    p.add_argument("--db", metavar="PATH",
                   help=f"the SQLite store to copy (default: {default_service_db()})")
    p.add_argument("--database-url", dest="to_database_url", metavar="URL",
                   type=database_url_argument, help="the PostgreSQL database to fill, no "
                   f"password (default: ${DATABASE_URL_ENV})")
    p.set_defaults(handler=cmd_copy_to)
    analysis_cli.register(add, _store)
    analysis_cli.register_report(add, _store)
    return parser


def worker_count(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of workers") from None
    if not 1 <= count <= 64:
        raise argparse.ArgumentTypeError(f"{count} workers: choose 1 to 64")
    return count


def positive_seconds(text: str) -> float:
    """A number of seconds above 0, for argparse."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < seconds <= 24 * 3600:
        raise argparse.ArgumentTypeError(f"{text} must be above 0 and at most a day")
    return seconds


def whole_number(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``minimum``."""
    def parse(text: str) -> int:
        if not text.strip().isdigit() or int(text) < minimum:
            raise argparse.ArgumentTypeError(f"{text!r} must be a whole number of at least "
                                             f"{minimum}")
        return int(text)
    return parse


def tcp_port(text: str) -> int:
    """A port number for argparse: a usage error, not a traceback from the socket layer."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port {port} is outside 1-65535")
    return port


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        result: int = args.handler(args)
        return result
    except (ServiceStoreError, CatalogueError, AccountError) as error:
        print(f"focalpoint-secretariat: error: {error}", file=sys.stderr)
        return 2
    except DBAPIError as error:  # the database went away or refused mid-command
        print(f"focalpoint-secretariat: error: the database failed: {first_line(error)}; "
              "nothing was changed", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return reader_went_away()
    except OSError as error:
        print(f"focalpoint-secretariat: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
