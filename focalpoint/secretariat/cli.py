"""``focalpoint-secretariat``: run the receiving service and administer missions.

Exit codes: 0 success, 1 the store or the system failed, 2 bad input. A new token is
printed exactly once, on standard output, and only its hash is stored.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from focalpoint import __version__
from focalpoint.catalogue import CatalogueError, load_catalogue
from focalpoint.console import print_json, reader_went_away
from focalpoint.secretariat.store import ServiceStore, ServiceStoreError, default_service_db


def _store(args: argparse.Namespace, *, create: bool = False) -> ServiceStore:
    return ServiceStore.open(Path(args.db) if args.db else default_service_db(), create=create)


def _print_token(code: str, token: str) -> None:
    print(f"Access token for mission {code} (shown once; give it to the focal point over a "
          "secure channel):", file=sys.stderr)
    print(token)
    print(f"The focal point connects with: focalpoint login --server URL --mission-code {code} "
          "(and pastes the token)", file=sys.stderr)


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from focalpoint.secretariat.app import create_app
    except ImportError:
        print("focalpoint-secretariat: the service needs the 'secretariat' extra "
              "(pip install 'focalpoint[secretariat]')", file=sys.stderr)
        return 1
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        raise ServiceStoreError("--ssl-certfile and --ssl-keyfile go together")
    for option in (args.ssl_certfile, args.ssl_keyfile):
        if option and not Path(option).is_file():
            raise ServiceStoreError(f"{option} is not a file")
    store = _store(args, create=True)
    app = create_app(store, overview=not args.no_overview)
    scheme = "https" if args.ssl_certfile else "http"
    print(f"FocalPoint Secretariat {__version__} serving {store.location} on "
          f"{scheme}://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
        proxy_headers=bool(args.forwarded_allow_ips),
        forwarded_allow_ips=args.forwarded_allow_ips or None,
        log_level=args.log_level,
        timeout_keep_alive=30,
    )
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
    print(f"{mission['code']} — {mission['name']}: {len(document['activities'])} activities, "
          f"{len(document['responses'])} questionnaire responses")
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="focalpoint-secretariat",
        description="The Secretariat's receiving service for FocalPoint missions.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    db_help = f"the service's SQLite file (default: {default_service_db()})"
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    def add(name: str, help_text: str, handler: object) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--db", metavar="PATH", help=db_help)
        p.set_defaults(handler=handler)
        return p

    p = add("serve", "run the HTTP service", cmd_serve)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=tcp_port, default=8750)
    p.add_argument("--ssl-certfile", metavar="PEM")
    p.add_argument("--ssl-keyfile", metavar="PEM")
    p.add_argument("--forwarded-allow-ips", metavar="IPS", default="",
                   help="behind a reverse proxy: trust X-Forwarded-* from these addresses")
    p.add_argument("--no-overview", action="store_true", help="do not serve the HTML overview")
    p.add_argument("--log-level", default="info",
                   choices=["critical", "error", "warning", "info", "debug"])

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
    p = add("publish-catalogue", "publish a newer Action Plan catalogue file",
            cmd_publish_catalogue)
    p.add_argument("file")
    return parser


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
    except (ServiceStoreError, CatalogueError) as error:
        print(f"focalpoint-secretariat: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return reader_went_away()
    except OSError as error:
        print(f"focalpoint-secretariat: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
